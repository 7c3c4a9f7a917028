// Which dev server, if any, the window may load: ELECTRON_RENDERER_URL counts only in an unpackaged app, and only
// when it is an http(s) URL on this computer (localhost, 127.0.0.0/8, [::1]). Anything else is logged and ignored,
// so the app falls back to app://planner instead of trusting a stray environment variable as "the app".
import { isCleanUrlText, tryParseUrl } from './urlText'

const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/

/**
 * True for a host that can only be this computer, as the WHATWG parser writes it: `localhost`, an IPv4 address in
 * 127.0.0.0/8 (the parser has already turned `127.1` or `0x7f.1` into dotted decimal), or `[::1]`.
 */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || IPV4_LOOPBACK.test(hostname)
}

export type DevServerUrlCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly reason: string }

/** Checks a dev server URL; when it is acceptable, returns it as the parser writes it (the form that is loaded). */
export function checkDevServerUrl(raw: unknown): DevServerUrlCheck {
  if (!isCleanUrlText(raw))
    return { ok: false, reason: 'it is empty, too long, or contains spaces, control characters or backslashes' }
  const url = tryParseUrl(raw)
  if (!url) return { ok: false, reason: 'it is not a URL' }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: `its scheme ${JSON.stringify(url.protocol)} is not http: or https:` }
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'it carries a user name or password' }
  if (!isLoopbackHost(url.hostname))
    return {
      ok: false,
      reason: `its host ${JSON.stringify(url.hostname.slice(0, 100))} is not localhost, 127.0.0.0/8 or [::1]`
    }
  return { ok: true, url: url.href }
}

/**
 * The dev server URL the main window loads, or undefined for app://planner. `rendererUrl` is
 * process.env.ELECTRON_RENDERER_URL; a value that is set but not used is reported through `warn`.
 */
export function devServerUrlFrom(
  rendererUrl: string | undefined,
  options: { readonly isPackaged: boolean; readonly warn: (message: string) => void }
): string | undefined {
  if (rendererUrl === undefined) return undefined
  if (options.isPackaged) {
    options.warn('ELECTRON_RENDERER_URL is ignored: a packaged app loads only app://planner')
    return undefined
  }
  const checked = checkDevServerUrl(rendererUrl)
  if (checked.ok) return checked.url
  options.warn(`ELECTRON_RENDERER_URL is ignored because ${checked.reason}; loading app://planner instead`)
  return undefined
}
