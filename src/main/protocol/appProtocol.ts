// The app:// scheme: its privileges (registered before ready) and the handler that serves the built renderer.
import { readFile as readFileFromDisk, realpath as realpathOnDisk } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { CustomScheme, Privileges, Protocol } from 'electron'
import { APP_SCHEME } from '../security/appOrigin'
import { resolveAppPath } from './appPath'
import { contentTypeFor } from './contentTypes'

/** Standard + secure gives app://planner a real, stable origin (IndexedDB, fetch, code cache); CSP is never bypassed. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true
} as const satisfies Privileges

export const APP_CUSTOM_SCHEME: CustomScheme = { scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }

/** Declares app: as privileged. Electron requires this before the app's 'ready' event, and only once. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_CUSTOM_SCHEME])
}

/** Reads a whole file; node:fs/promises readFile by default, injectable for tests. */
export type FileReader = (filePath: string) => Promise<Uint8Array>

/** Resolves symlinks to a canonical path; node:fs/promises realpath by default (asar-aware under Electron). */
export type RealPathResolver = (filePath: string) => Promise<string>

export interface AppProtocolOptions {
  /** Absolute path of the built renderer (out/renderer). */
  readonly rootDir: string
  /** The Content-Security-Policy sent with every response. */
  readonly csp: string
  readonly readFile?: FileReader
  readonly realpath?: RealPathResolver
}

/** The part of a fetch Request the handler reads; Electron passes a full Request. */
export type AppRequest = Pick<Request, 'url' | 'method'>

export type AppProtocolHandler = (request: AppRequest) => Promise<Response>

// ENAMETOOLONG: a segment or path longer than the file system allows names no file, so it is missing, not a fault.
const MISSING_FILE_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG'])

function securityHeaders(csp: string, contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache'
  }
}

function errorResponse(status: number, csp: string, extra: Record<string, string> = {}): Response {
  const headers = { ...securityHeaders(csp, 'text/plain; charset=utf-8'), ...extra }
  return new Response(`${status}`, { status, headers })
}

function isMissingFileError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && MISSING_FILE_CODES.has(code)
}

function isInside(realRoot: string, realFile: string): boolean {
  const fromRoot = relative(realRoot, realFile)
  return fromRoot !== '' && fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot)
}

/** A protocol.handle callback serving files under `rootDir` for app://planner/..., with security headers on every response. */
export function createAppProtocolHandler(options: AppProtocolOptions): AppProtocolHandler {
  const readFile = options.readFile ?? readFileFromDisk
  const realpath = options.realpath ?? realpathOnDisk
  const { csp, rootDir } = options
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return errorResponse(405, csp, { Allow: 'GET, HEAD' })
    }
    const resolved = resolveAppPath(request.url, rootDir)
    if (!resolved.ok) return errorResponse(resolved.status, csp)
    let body: Uint8Array
    try {
      // The URL check above is lexical; a symlink inside the build (or planted there) could still lead out of it.
      // Both sides are resolved so a root reached through a symlink still matches; reading the resolved path
      // leaves no link of the request's own path to follow between the check and the read.
      const [realRoot, realFile] = await Promise.all([realpath(resolve(rootDir)), realpath(resolved.filePath)])
      if (!isInside(realRoot, realFile)) return errorResponse(403, csp)
      body = await readFile(realFile)
    } catch (error) {
      return errorResponse(isMissingFileError(error) ? 404 : 500, csp)
    }
    const headers = securityHeaders(csp, contentTypeFor(resolved.filePath))
    // Copying into a plain ArrayBuffer-backed array satisfies BodyInit in both the DOM and undici typings; the
    // renderer's files are small enough that the copy costs well under a millisecond.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers })
  }
}

/** Serves the renderer on app://; call after 'ready' (protocol.handle on the default session's protocol). */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options))
}
