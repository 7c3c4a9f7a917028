// Platform for a plain browser: the same UI without Electron, used by E2E tests and `npm run start:web`.
import type { Platform } from './Platform'

/** The browser has no main process; links open in a new tab, and only https ones, as in the desktop app. */
export function createBrowserPlatform(browserWindow: Window): Platform {
  return {
    kind: 'browser',
    getAppInfo: async () => ({
      version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
      platform: 'browser',
      notificationsSupported: 'Notification' in browserWindow
    }),
    openExternal: async (url) => {
      if (!isHttpsUrl(url)) return false
      browserWindow.open(url, '_blank', 'noopener,noreferrer')
      return true
    },
    // A browser has no notifications from main nor an application menu: nothing ever arrives on these.
    onOpenSession: () => () => {},
    onShowScreen: () => () => {}
  }
}

function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:'
  } catch {
    return false
  }
}
