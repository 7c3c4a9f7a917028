// One running copy of the app: a second launch focuses the first instead of opening a second database connection.
import type { App } from 'electron'

/** The part of Electron's `app` this module needs; a real App satisfies it. */
export interface SingleInstanceApp {
  requestSingleInstanceLock: App['requestSingleInstanceLock']
  quit: App['quit']
  on(event: 'second-instance', listener: () => void): unknown
}

/**
 * Takes the single-instance lock. Returns false (after asking the app to quit) when another instance holds it;
 * otherwise calls `onSecondInstance` whenever a later launch is refused, so the caller can focus its window.
 */
export function claimSingleInstance(app: SingleInstanceApp, onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', () => onSecondInstance())
  return true
}
