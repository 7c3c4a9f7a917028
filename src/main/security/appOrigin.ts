// The renderer's origins (app://planner in production, the Vite dev server in development) and the test for them.
import { checkDevServerUrl } from './devServerUrl'
import { isCleanUrlText, tryParseUrl } from './urlText'

export const APP_SCHEME = 'app'
export const APP_HOST = 'planner'
/** Production origin; it must never change between releases, because IndexedDB data is keyed by origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The page the main window loads in production. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The origin of the Vite dev server from ELECTRON_RENDERER_URL, or null when it is unset or not a loopback
 * http(s) URL: a stray environment variable must not be able to make a remote site "the app". The rule is
 * `checkDevServerUrl`'s, so the page loaded and the origin trusted always agree.
 */
export function devServerOrigin(rendererUrl: string | undefined): string | null {
  const checked = checkDevServerUrl(rendererUrl)
  return checked.ok ? new URL(checked.url).origin : null
}

/** Every origin the renderer may be on: the production origin, plus the dev server when one is given. */
export function appOrigins(rendererUrl: string | undefined): readonly string[] {
  const dev = devServerOrigin(rendererUrl)
  return dev === null ? [APP_ORIGIN] : [APP_ORIGIN, dev]
}

/**
 * The comparable origin of a parsed URL. WHATWG gives custom schemes the opaque origin 'null', so for app: the
 * scheme and host are compared explicitly (lower-cased, as Chromium does for a standard scheme); userinfo never counts.
 */
export function originOf(url: URL): string | null {
  if (url.username !== '' || url.password !== '') return null
  if (url.protocol === `${APP_SCHEME}:`) {
    return url.host.toLowerCase() === APP_HOST ? APP_ORIGIN : null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  return url.origin
}

/** True when `raw` is a URL on one of `allowedOrigins` (exact origin match; no prefix or substring tests). */
export function isAppUrl(raw: unknown, allowedOrigins: readonly string[]): boolean {
  if (!isCleanUrlText(raw)) return false
  const url = tryParseUrl(raw)
  if (!url) return false
  const origin = originOf(url)
  return origin !== null && allowedOrigins.includes(origin)
}
