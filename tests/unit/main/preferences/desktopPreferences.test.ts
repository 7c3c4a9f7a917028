// Desktop preferences default sensibly, survive a restart, and a damaged file never resets the user's choice on disk.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createDesktopPreferencesStore, PREFERENCES_FILE } from '../../../../src/main/preferences/desktopPreferences'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'prefs-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const warnings: unknown[] = []
const logger = { info: () => {}, warn: (...args: unknown[]) => void warnings.push(args), error: () => {} }

describe('desktop preferences', () => {
  it('closes to tray and does not launch at login by default', async () => {
    const store = createDesktopPreferencesStore(tempDir(), logger)
    await store.load()
    expect(store.get()).toEqual({ closeToTray: true, launchAtLogin: false })
  })

  it('keeps a change across a restart', async () => {
    const dir = tempDir()
    await createDesktopPreferencesStore(dir, logger).update({ closeToTray: false })
    const restarted = createDesktopPreferencesStore(dir, logger)
    await restarted.load()
    expect(restarted.get()).toEqual({ closeToTray: false, launchAtLogin: false })
  })

  it('falls back to defaults on a damaged file, logs it, and leaves the file as it was', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, PREFERENCES_FILE), '{"closeToTray": "yes"')
    const store = createDesktopPreferencesStore(dir, logger)
    await store.load()
    expect(store.get()).toEqual({ closeToTray: true, launchAtLogin: false })
    expect(warnings.length).toBeGreaterThan(0)
    expect(readFileSync(join(dir, PREFERENCES_FILE), 'utf8')).toBe('{"closeToTray": "yes"')
  })
})
