// Creates the main window with the secure preferences and loads the renderer from the app origin (or the dev server).
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { secureWebPreferences } from '../security/webPreferences'

/** Window options: a size that fits the calendar, hidden until painted so no white flash appears. */
export function mainWindowOptions(preloadPath: string, iconPath: string | undefined): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Study Planner',
    ...(iconPath ? { icon: iconPath } : {}),
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath)
  }
}

/** Brings the window to the front, restoring it if it was minimized or hidden to the tray. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
