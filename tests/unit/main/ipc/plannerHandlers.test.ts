// What the renderer gets back from main for each request, with the real reminder service, backup store and preferences.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackupStore } from '../../../../src/main/backups/backupStore'
import { createPlannerHandlers } from '../../../../src/main/ipc/plannerHandlers'
import { createDesktopPreferencesStore, PREFERENCES_FILE } from '../../../../src/main/preferences/desktopPreferences'
import { createReminderService } from '../../../../src/main/reminders/reminderService'
import { offlineCalendarSync } from '../../../support/calendarSync'

const silent = { info: () => {}, warn: () => {}, error: () => {} }
const dirs: string[] = []
const services: Array<{ stop(): Promise<void> }> = []
afterEach(async () => {
  for (const service of services.splice(0)) await service.stop()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function setUp(options: { failLaunchAtLogin?: boolean; failPreferencesWrite?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'handlers-'))
  dirs.push(dir)
  // A folder where the preferences file goes: its atomic write cannot replace it, as on a full or read-only disk.
  if (options.failPreferencesWrite) mkdirSync(join(dir, PREFERENCES_FILE))
  let now = Date.UTC(2027, 2, 1, 9, 0)
  const clock = { now: () => now }
  const reminders = createReminderService({
    dir: join(dir, 'reminders'),
    clock,
    notifier: { show: () => {} },
    logger: silent,
    fallbackZone: 'Europe/Rome'
  })
  services.push(reminders)
  await reminders.start()
  const preferences = createDesktopPreferencesStore(dir, silent)
  const launchAtLogin: boolean[] = []
  const handlers = createPlannerHandlers({
    appInfo: () => ({ version: '1.2.3', platform: 'linux', notifications: 'unsupported' }),
    openExternal: async () => true,
    reminders,
    preferences,
    applyLaunchAtLogin: async (enabled) => {
      if (options.failLaunchAtLogin) throw new Error('autostart folder is read-only')
      launchAtLogin.push(enabled)
    },
    trayAvailable: () => true,
    backups: createBackupStore({ dir: join(dir, 'backups'), clock, logger: silent }),
    calendarSync: offlineCalendarSync(dir)
  })
  return { handlers, preferences, launchAtLogin, reminders, advance: (ms: number) => (now += ms), clock }
}

describe('createPlannerHandlers', () => {
  it('pauses reminders for an hour and resumes them', async () => {
    const { handlers, clock } = await setUp()
    expect(await handlers.pauseReminders({ choice: 'hour' })).toBe(clock.now() + 3_600_000)
    expect((await handlers.getDesktopPreferences(undefined)).remindersPausedUntil).toBe(clock.now() + 3_600_000)
    expect(await handlers.pauseReminders({ choice: 'resume' })).toBeNull()
  })

  it('shows the running study timer in the tray tooltip, paused, and not once it stops', async () => {
    const { handlers, reminders, clock } = await setUp()
    const changes: string[] = []
    reminders.onChange(() => changes.push(reminders.tooltip()))
    // 09:00Z is 10:00 in Rome, the service's zone before any sync.
    const startedAtMs = clock.now()
    await handlers.setStudyTimer({ timer: { topicTitle: 'Recursion', startedAtMs, pausedAtMs: null } })
    expect(reminders.tooltip()).toBe('Study Planner\nStudying: Recursion since 10:00')
    await handlers.setStudyTimer({ timer: { topicTitle: 'Recursion', startedAtMs, pausedAtMs: startedAtMs + 60_000 } })
    expect(reminders.tooltip()).toBe('Study Planner\nPaused: Recursion')
    await handlers.setStudyTimer({ timer: null })
    expect(reminders.tooltip()).toBe('Study Planner')
    // Each change reaches the tray at once (it listens to onChange).
    expect(changes).toEqual([
      'Study Planner\nStudying: Recursion since 10:00',
      'Study Planner\nPaused: Recursion',
      'Study Planner'
    ])
  })

  it('tells Settings when the reminders were last synced, and when they may be out of date', async () => {
    const { handlers, advance, clock } = await setUp()
    const syncedAt = clock.now()
    expect(
      await handlers.syncReminders({
        zone: 'Europe/Rome',
        reminders: [],
        announce: true,
        digest: { enabled: false, time: '08:00' }
      })
    ).toMatchObject({ ok: true })
    expect(await handlers.getDesktopPreferences(undefined)).toMatchObject({
      remindersSyncedAt: syncedAt,
      remindersMayBeStale: false
    })
    advance(25 * 3_600_000)
    expect(await handlers.getDesktopPreferences(undefined)).toMatchObject({
      remindersSyncedAt: syncedAt,
      remindersMayBeStale: true
    })
  })

  it('turns on launch at login in the OS before remembering it', async () => {
    const { handlers, launchAtLogin, preferences } = await setUp()
    const status = await handlers.setDesktopPreferences({ launchAtLogin: true })
    expect(status).toMatchObject({ launchAtLogin: true, closeToTray: true, trayAvailable: true })
    expect(launchAtLogin).toEqual([true])
    expect(preferences.get().launchAtLogin).toBe(true)
  })

  it('remembers nothing when the OS refuses launch at login', async () => {
    const { handlers, preferences } = await setUp({ failLaunchAtLogin: true })
    await expect(handlers.setDesktopPreferences({ launchAtLogin: true })).rejects.toThrow(/read-only/)
    expect(preferences.get().launchAtLogin).toBe(false)
  })

  it('puts the login item back when the preference cannot be saved, so the OS and the app agree', async () => {
    const { handlers, preferences, launchAtLogin } = await setUp({ failPreferencesWrite: true })
    await expect(handlers.setDesktopPreferences({ launchAtLogin: true })).rejects.toThrow(
      /EISDIR|EEXIST|ENOTEMPTY|directory/
    )
    expect(preferences.get().launchAtLogin).toBe(false)
    expect(launchAtLogin).toEqual([true, false])
  })

  it('saves, lists and reads back a backup', async () => {
    const { handlers, advance } = await setUp()
    const text = JSON.stringify({ format: 'study-planner-backup', version: 1, exportedAt: 1, data: { plans: [] } })
    const saved = await handlers.saveBackup({ reason: 'daily', text })
    expect(saved.ok).toBe(true)
    advance(1000)
    await handlers.saveBackup({ reason: 'pre-upgrade', text })
    const listed = await handlers.listBackups(undefined)
    expect(listed.map((backup) => backup.reason)).toEqual(['pre-upgrade', 'daily'])
    const read = await handlers.readBackup({ name: listed[1]!.name })
    expect(read.ok && JSON.parse(read.text)).toEqual(JSON.parse(text))
    expect(await handlers.readBackup({ name: '../../etc/passwd' })).toEqual({ ok: false, error: 'invalid-name' })
  })

  it("reads back a backup as the file's exact text, not a re-serialised copy", async () => {
    const { handlers } = await setUp()
    // Indentation, key order, 1.0, a \u escape and a duplicate key: each would change if main parsed and re-stringified.
    const text =
      '{\n  "version": 1.0,\n  "format": "study-planner-backup",\n  "exportedAt": 1,\n  "note": "caf\\u00e9",\n  "data": { "plans": [], "plans": [1] }\n}\n'
    const saved = await handlers.saveBackup({ reason: 'manual', text })
    if (!saved.ok) throw new Error(`not saved: ${saved.error}`)
    const read = await handlers.readBackup({ name: saved.backup.name })
    expect(read).toEqual({ ok: true, text })
  })

  it('refuses a backup that is not a backup', async () => {
    const { handlers } = await setUp()
    const saved = await handlers.saveBackup({ reason: 'daily', text: '{"hello":"world"}' })
    expect(saved.ok).toBe(false)
    expect(await handlers.listBackups(undefined)).toEqual([])
  })
})
