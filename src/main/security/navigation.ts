// Keeps every window on the app's own origin: blocks outside navigations and redirects, and denies new windows.
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron'
import { isAppUrl } from './appOrigin'
import { openExternalSafely, type ExternalOpener } from './externalLinks'

/** The part of Electron's navigation events the guard reads. */
export interface NavigationEvent {
  readonly url: string
  preventDefault(): void
}

/** The part of Electron's `webContents` the guards attach to; a real WebContents satisfies it. */
export interface GuardableWebContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void
}

/** Called with each blocked URL, e.g. to log it; must not throw. */
export type BlockedUrlReporter = (kind: 'navigation' | 'window-open', url: string) => void

/** A listener for will-navigate / will-redirect / will-frame-navigate that cancels anything off `allowedOrigins`. */
export function createNavigationGuard(
  allowedOrigins: readonly string[],
  onBlocked: BlockedUrlReporter = () => {}
): (event: NavigationEvent) => void {
  return (event) => {
    if (isAppUrl(event.url, allowedOrigins)) return
    event.preventDefault()
    onBlocked('navigation', event.url)
  }
}

/**
 * A setWindowOpenHandler callback: the app never opens Electron windows for the page, so it always denies; safe
 * https links are handed to the system browser instead.
 */
export function createWindowOpenHandler(
  shell: ExternalOpener,
  onBlocked: BlockedUrlReporter = () => {}
): (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse {
  return ({ url }) => {
    void openExternalSafely(url, shell).then((opened) => {
      if (!opened) onBlocked('window-open', url)
    })
    return { action: 'deny' }
  }
}

/** Attaches every navigation guard to one window's webContents. Call it for each window as it is created. */
export function guardWebContents(
  webContents: GuardableWebContents,
  options: { allowedOrigins: readonly string[]; shell: ExternalOpener; onBlocked?: BlockedUrlReporter }
): void {
  const guard = createNavigationGuard(options.allowedOrigins, options.onBlocked)
  webContents.on('will-navigate', guard)
  webContents.on('will-redirect', guard)
  webContents.on('will-frame-navigate', guard)
  // webviewTag is off, but refusing the attach as well costs nothing if a preference is ever flipped.
  webContents.on('will-attach-webview', (event) => event.preventDefault())
  webContents.setWindowOpenHandler(createWindowOpenHandler(options.shell, options.onBlocked))
}
