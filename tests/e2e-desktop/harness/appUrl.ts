// Chromium cannot be given the app's custom scheme through Playwright, so the page sees app://planner/… as an https
// origin that the harness routes entirely to main's protocol handler. Main only ever sees app:// URLs.

/** The page-side stand-in for app://planner: https (a secure context, like the privileged scheme) and never resolvable. */
export const PAGE_APP_ORIGIN = 'https://planner.invalid'
const APP_ORIGIN = 'app://planner'

/** A page served from another origin, with no preload: what a window's globals are compared against. */
export const REFERENCE_PAGE_URL = 'https://reference.invalid/'

/** The URL the page loads for a URL main asked for (app:// is mapped; anything else is left as it is). */
export function toPageUrl(url: string): string {
  return url.toLowerCase().startsWith(`${APP_ORIGIN}/`) ? `${PAGE_APP_ORIGIN}${url.slice(APP_ORIGIN.length)}` : url
}

/** The URL main sees for a URL of the page (the inverse of {@link toPageUrl}). */
export function toAppUrl(url: string): string {
  return url.startsWith(`${PAGE_APP_ORIGIN}/`) ? `${APP_ORIGIN}${url.slice(PAGE_APP_ORIGIN.length)}` : url
}

export function isPageAppUrl(url: string): boolean {
  return url.startsWith(`${PAGE_APP_ORIGIN}/`)
}
