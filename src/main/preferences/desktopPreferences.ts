// Desktop preferences main needs before any window loads (close to tray, launch at login), kept in userData.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { DesktopPreferences } from '../../shared/ipc/contract'
import { writeFileAtomic } from '../fs/atomicFile'
import type { Logger } from '../reminders/ports'

export const PREFERENCES_FILE = 'desktop-preferences.json'
export const DEFAULT_DESKTOP_PREFERENCES: DesktopPreferences = { closeToTray: true, launchAtLogin: false }

const preferencesSchema = z.strictObject({ closeToTray: z.boolean(), launchAtLogin: z.boolean() })

export interface DesktopPreferencesStore {
  /** The current preferences (defaults until {@link load} read the file). */
  get(): DesktopPreferences
  /** Reads the file; a missing or malformed one leaves the defaults (and a malformed one is logged, not overwritten). */
  load(): Promise<void>
  /** Applies a change and writes it to disk atomically. */
  update(change: Partial<DesktopPreferences>): Promise<DesktopPreferences>
}

export function createDesktopPreferencesStore(dir: string, logger: Logger): DesktopPreferencesStore {
  const file = join(dir, PREFERENCES_FILE)
  let current = DEFAULT_DESKTOP_PREFERENCES
  return {
    get: () => current,
    async load() {
      let text: string
      try {
        text = await readFile(file, 'utf8')
      } catch {
        return
      }
      try {
        current = preferencesSchema.parse(JSON.parse(text))
      } catch (error) {
        logger.warn(`Ignoring malformed ${PREFERENCES_FILE}; using defaults`, error)
      }
    },
    async update(change) {
      const next = preferencesSchema.parse({ ...current, ...change })
      await writeFileAtomic(file, JSON.stringify(next))
      current = next
      return next
    }
  }
}
