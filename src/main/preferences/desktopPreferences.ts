// Desktop preferences main needs before any window loads (close to tray, launch at login), kept in userData.
import { join } from 'node:path'
import { z } from 'zod'
import type { DesktopPreferences } from '../../shared/ipc/contract'
import { createJsonFileStore } from '../fs/jsonFileStore'
import type { Logger } from '../reminders/ports'

export const PREFERENCES_FILE = 'desktop-preferences.json'
export const DEFAULT_DESKTOP_PREFERENCES: DesktopPreferences = { closeToTray: true, launchAtLogin: false }

const preferencesSchema = z.strictObject({ closeToTray: z.boolean(), launchAtLogin: z.boolean() })

export interface DesktopPreferencesStore {
  /** The current preferences (defaults until {@link load} read the file). */
  get(): DesktopPreferences
  /** Reads the file; a missing or malformed one leaves the defaults (a malformed one is logged, and replaced by the next update). */
  load(): Promise<void>
  /** Applies a change and writes it to disk atomically. */
  update(change: Partial<DesktopPreferences>): Promise<DesktopPreferences>
}

export function createDesktopPreferencesStore(dir: string, logger: Logger): DesktopPreferencesStore {
  const file = createJsonFileStore<DesktopPreferences>({
    path: join(dir, PREFERENCES_FILE),
    schema: preferencesSchema,
    fallback: DEFAULT_DESKTOP_PREFERENCES,
    onCorrupt: ({ reason, readError }) =>
      logger.warn(`Ignoring malformed ${PREFERENCES_FILE}; using defaults`, readError ?? reason)
  })
  let current = DEFAULT_DESKTOP_PREFERENCES
  return {
    get: () => current,
    async load() {
      current = (await file.load()).value
    },
    async update(change) {
      const next = preferencesSchema.parse({ ...current, ...change })
      await file.save(next)
      current = next
      return next
    }
  }
}
