// Maps an app://planner/<path> request URL to a file under the renderer's root, refusing anything that could escape it.
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { APP_HOST, APP_SCHEME } from '../security/appOrigin'
import { isCleanUrlText, tryParseUrl } from '../security/urlText'

/** The file to serve, or the HTTP status that refuses the request. */
export type AppPathResolution =
  | { readonly ok: true; readonly filePath: string; readonly isSpaFallback: boolean }
  | { readonly ok: false; readonly status: 400 | 403 }

export const INDEX_FILE = 'index.html'

// Chromium hands the handler canonical URLs, so encoded dots or separators and raw dot segments only appear when
// someone is probing for a traversal. Refusing them outright beats relying on any one parser's normalisation.
const ENCODED_TRICKS = /%(2e|2f|5c|00)/i
const DOT_SEGMENT = /\/\.{1,2}(?=[/?#]|$)/
const FORBIDDEN_IN_SEGMENT = /[/\\:\0]/

function refuse(status: 400 | 403): AppPathResolution {
  return { ok: false, status }
}

// Decoded path segments, or null when one is malformed or could name something outside the root.
function safeSegments(pathname: string): string[] | null {
  const segments: string[] = []
  for (const raw of pathname.split('/')) {
    if (raw === '') continue
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    // Leading-dot names cover '.', '..' and hidden files, none of which the renderer build serves.
    if (segment.startsWith('.') || FORBIDDEN_IN_SEGMENT.test(segment)) return null
    segments.push(segment)
  }
  return segments
}

/**
 * Resolves `rawUrl` to a file under `rootDir`. '/' and extension-less paths (client-side routes) fall back to
 * index.html. Refuses (400) malformed URLs, other schemes, traversal attempts in any spelling, and (403) any host
 * but 'planner', userinfo or a port.
 */
export function resolveAppPath(rawUrl: string, rootDir: string): AppPathResolution {
  if (!isCleanUrlText(rawUrl) || ENCODED_TRICKS.test(rawUrl) || DOT_SEGMENT.test(rawUrl)) return refuse(400)
  const url = tryParseUrl(rawUrl)
  if (!url || url.protocol !== `${APP_SCHEME}:`) return refuse(400)
  if (url.host.toLowerCase() !== APP_HOST || url.username !== '' || url.password !== '') return refuse(403)
  const segments = safeSegments(url.pathname)
  if (segments === null) return refuse(400)
  const root = resolve(rootDir)
  const last = segments[segments.length - 1]
  const isSpaFallback = last === undefined || extname(last) === ''
  const filePath = isSpaFallback ? join(root, INDEX_FILE) : join(root, ...segments)
  const fromRoot = relative(root, filePath)
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return refuse(403)
  return { ok: true, filePath, isSpaFallback }
}
