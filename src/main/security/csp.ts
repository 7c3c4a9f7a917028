// The Content-Security-Policy: the strict production policy, the dev server's relaxation, and the response header.
import type { HeadersReceivedResponse } from 'electron'

/** A CSP as ordered directives, so variants are derived from one source rather than edited as strings. */
export type CspDirectives = ReadonlyArray<readonly [name: string, sources: readonly string[]]>

/** The production policy, directive by directive. */
export const PRODUCTION_CSP_DIRECTIVES: CspDirectives = [
  ['default-src', ["'none'"]],
  ['script-src', ["'self'"]],
  // The worker that reads untrusted files (renderer/src/files): same origin only. Stated, not left to script-src's fallback.
  ['worker-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]]
]

/** Joins directives into a header value: `name src src; name src`. */
export function serializeCsp(directives: CspDirectives): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ')
}

/** The production CSP string, used in index.html and as the app:// response header. */
export const PRODUCTION_CSP = serializeCsp(PRODUCTION_CSP_DIRECTIVES)

// Vite's HMR socket lives on the dev server's own host and port, over ws: (wss: when the server is https).
function hmrSocketOrigin(devServerUrl: string): string {
  const url = new URL(devServerUrl)
  const scheme = url.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${scheme}//${url.host}`
}

/**
 * The dev-server CSP: the production policy plus exactly two relaxations Vite needs: 'unsafe-inline' styles
 * (the dev server injects each CSS import as a <style>) and a connection to its HMR WebSocket.
 * Throws when `devServerUrl` does not parse, because a dev build with no usable policy should fail loudly.
 */
export function devCsp(devServerUrl: string): string {
  const socket = hmrSocketOrigin(devServerUrl)
  const relaxed = PRODUCTION_CSP_DIRECTIVES.map(([name, sources]): readonly [string, readonly string[]] => {
    if (name === 'style-src') return [name, [...sources, "'unsafe-inline'"]]
    if (name === 'connect-src') return [name, [...sources, socket]]
    return [name, sources]
  })
  return serializeCsp(relaxed)
}

/** The policy for this run: the dev relaxation only when a dev server URL is given. */
export function cspFor(devServerUrl: string | null | undefined): string {
  return devServerUrl ? devCsp(devServerUrl) : PRODUCTION_CSP
}

/** What the header listener reads from Electron's OnHeadersReceivedListenerDetails. */
export interface ResponseHeadersDetails {
  readonly url: string
  readonly responseHeaders?: Record<string, string[]>
}

/** The part of Electron's `session` the header installer needs; a real Session satisfies it. */
export interface CspSession {
  webRequest: {
    onHeadersReceived(
      listener: (details: ResponseHeadersDetails, callback: (response: HeadersReceivedResponse) => void) => void
    ): void
  }
}

/**
 * Response headers with any existing Content-Security-Policy (in any letter case) replaced by `csp`, so a server
 * cannot weaken the policy by sending its own.
 */
export function withCspHeader(headers: Record<string, string[]> | undefined, csp: string): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy')
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [csp] }
}

/**
 * Adds `csp` as a response header to every response whose URL `appliesTo` accepts (the renderer's own origins);
 * other responses pass through untouched. Needed for the dev server, whose pages Electron does not serve itself.
 */
export function installCspHeader(
  session: CspSession,
  options: { csp: string; appliesTo: (url: string) => boolean }
): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!options.appliesTo(details.url)) {
      callback({})
      return
    }
    callback({ responseHeaders: withCspHeader(details.responseHeaders, options.csp) })
  })
}
