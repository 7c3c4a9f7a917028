// The one set of webPreferences every window gets, and a checker the Electron E2E test uses on live windows.
import type { WebPreferences } from 'electron'

/** The security-relevant preferences and the only values this app accepts for them. */
export const REQUIRED_WEB_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true
} as const satisfies WebPreferences

/** webPreferences for a BrowserWindow: the required values plus the preload script (enableBlinkFeatures stays unset). */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return { ...REQUIRED_WEB_PREFERENCES, preload: preloadPath }
}

/**
 * The names of preferences in `actual` that differ from the required values, plus enableBlinkFeatures when set;
 * empty when the window is configured securely. Takes a plain object, so it also works on preferences read across
 * Playwright's evaluate boundary.
 */
export function findInsecureWebPreferences(preferences: object): string[] {
  const actual = preferences as Readonly<Record<string, unknown>>
  const wrong = Object.entries(REQUIRED_WEB_PREFERENCES)
    .filter(([name, value]) => actual[name] !== value)
    .map(([name]) => name)
  const blink = actual['enableBlinkFeatures']
  if (blink !== undefined && blink !== '') wrong.push('enableBlinkFeatures')
  return wrong
}
