// The app's fixed identity: its name (which fixes the userData folder) and its Windows AppUserModelID.
import { join } from 'node:path'
import type { App } from 'electron'

/** The app name; userData is derived from it, so changing it would strand every user's data. */
export const APP_NAME = 'Study Planner'
/** Windows AppUserModelID: groups taskbar entries and is required for toast notifications; matches builder appId. */
export const APP_USER_MODEL_ID = 'app.studyplanner.desktop'

/** The part of Electron's `app` this module needs. */
export type IdentityApp = Pick<App, 'setName' | 'setPath' | 'getPath' | 'setAppUserModelId'>

/**
 * Sets the app name, pins userData to `<appData>/Study Planner` whatever package.json says, and on Windows sets
 * the AppUserModelID (the method is Windows-only). Call before `app` is ready and before anything reads userData.
 */
export function applyAppIdentity(app: IdentityApp, platform: NodeJS.Platform): void {
  app.setName(APP_NAME)
  app.setPath('userData', join(app.getPath('appData'), APP_NAME))
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
}
