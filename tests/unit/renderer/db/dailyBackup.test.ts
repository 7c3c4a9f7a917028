// The daily backup: one restorable backup a local day, its outcome kept for Settings, and failures not retried hourly forever.
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readBackup } from '../../../../src/shared/backup'
import {
  MAX_BACKUP_TEXT_LENGTH,
  SAVE_BACKUP_ERRORS,
  type BackupReason,
  type PlannerApi,
  type SaveBackupResult
} from '../../../../src/shared/ipc/contract'
import { dailyBackupIfDue, readDailyBackupStatus, retryDelayMs } from '../../../../src/renderer/src/db/dailyBackup'
import { PlannerDB } from '../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../src/renderer/src/db/repositories'
import { createElectronPlatform } from '../../../../src/renderer/src/platform/electronPlatform'
import { NOW, smallPlan } from './planFixtures'

const HOUR = 3_600_000
let db: PlannerDB
let repos: Repositories
let saved: Array<{ reason: BackupReason; text: string }>
/** What main answers next; a success unless a test says otherwise. */
let answer: (text: string) => SaveBackupResult
const platform = {
  saveBackup: async (reason: BackupReason, text: string) => {
    saved.push({ reason, text })
    return answer(text)
  },
  listBackups: async () => []
}
const due = (at: number) => dailyBackupIfDue(repos.backup, repos.settings, platform, at)

beforeEach(async () => {
  saved = []
  answer = (text) => ({ ok: true, backup: { name: 'x.json', reason: 'daily', createdAt: NOW, sizeBytes: text.length } })
  db = new PlannerDB(`daily-${Math.random()}`)
  await db.open()
  repos = createRepositories(db)
})

afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

describe('daily backup', () => {
  it('hands over one restorable daily backup per local day, none for an empty database, and records when', async () => {
    expect(await due(NOW)).toBe(false)
    await repos.plans.createPlan(smallPlan(), NOW)
    expect(await due(NOW)).toBe(true)
    expect(await due(NOW + 60_000)).toBe(false)
    expect(await due(NOW + 86_400_000)).toBe(true)
    expect(saved.map((entry) => entry.reason)).toEqual(['daily', 'daily'])
    const backup = readBackup(saved[0]!.text)
    expect(backup.ok && backup.value.summary.counts.plans).toBe(1)
    expect(await readDailyBackupStatus(repos.settings)).toEqual({ lastSuccessAt: NOW + 86_400_000, failure: null })
  })

  it('records a failure in plain words and waits 1, 2, 4... hours (at most a day) before trying again, not every hour', async () => {
    await repos.plans.createPlan(smallPlan(), NOW)
    answer = () => ({ ok: false, error: SAVE_BACKUP_ERRORS.tooLarge })
    // The app checks every hour while it stays open: 30 hours of checks.
    for (let hour = 0; hour < 30; hour += 1) await due(NOW + hour * HOUR)
    // Tries at 0, +1, +3 (2 later), +7 (4), +15 (8) and +31 would be next (16): five tries, not thirty.
    expect(saved).toHaveLength(5)
    const status = await readDailyBackupStatus(repos.settings)
    expect(status.lastSuccessAt).toBeNull()
    expect(status.failure).toMatchObject({ at: NOW + 15 * HOUR, attempts: 5 })
    expect(status.failure?.message).toMatch(/^Your data is too large for one backup \(\d+\.\d MB; at most 60 MB\)\./)
    expect([1, 2, 5, 6, 7, 20].map(retryDelayMs)).toEqual([1, 2, 16, 24, 24, 24].map((hours) => hours * HOUR))
  })

  it('after a failure, a later success clears it and keeps the time of the success', async () => {
    await repos.plans.createPlan(smallPlan(), NOW)
    answer = () => ({ ok: false, error: SAVE_BACKUP_ERRORS.notWritten })
    expect(await due(NOW)).toBe(false)
    expect((await readDailyBackupStatus(repos.settings)).failure?.message).toBe(
      'The backup could not be written to the disk. Check that the disk has free space.'
    )
    answer = (text) => ({
      ok: true,
      backup: { name: 'x.json', reason: 'daily', createdAt: NOW, sizeBytes: text.length }
    })
    expect(await due(NOW + HOUR)).toBe(true)
    expect(await readDailyBackupStatus(repos.settings)).toEqual({ lastSuccessAt: NOW + HOUR, failure: null })
  })
})

describe('saving a backup from the desktop app', () => {
  it('refuses a backup over the limit restore accepts before sending it, and answers a failed request instead of throwing', async () => {
    const sent: number[] = []
    let fail = false
    const planner = {
      saveBackup: async ({ text }: { text: string }) => {
        sent.push(text.length)
        if (fail) throw new Error('saveBackup: invalid payload')
        return { ok: true, backup: { name: 'x.json', reason: 'manual', createdAt: NOW, sizeBytes: text.length } }
      }
    } as unknown as PlannerApi
    const desktop = createElectronPlatform(planner)
    expect(await desktop.saveBackup('manual', 'x'.repeat(MAX_BACKUP_TEXT_LENGTH + 1))).toEqual({
      ok: false,
      error: SAVE_BACKUP_ERRORS.tooLarge
    })
    expect(sent).toEqual([])
    expect((await desktop.saveBackup('manual', '{}')).ok).toBe(true)
    fail = true
    expect(await desktop.saveBackup('manual', '{}')).toEqual({ ok: false, error: SAVE_BACKUP_ERRORS.notWritten })
    expect(sent).toEqual([2, 2])
  })
})

describe('the daily backup’s own state', () => {
  it('stays out of backups and survives a restore, so an older file cannot bring back that day’s state', async () => {
    await repos.plans.createPlan(smallPlan(), NOW)
    await repos.settings.set('ui.theme', 'dark')
    const older = await repos.backup.exportBackup(NOW)
    answer = () => ({ ok: false, error: SAVE_BACKUP_ERRORS.tooLarge })
    await due(NOW + HOUR)
    const failure = await readDailyBackupStatus(repos.settings)
    expect(failure.failure).not.toBeNull()
    // Written in the background, it is not part of what the learner has.
    const exported = readBackup(await repos.backup.exportBackup(NOW + HOUR))
    if (!exported.ok) throw new Error(exported.error.message)
    expect(exported.value.file.data.settings.map((row) => row.key)).toEqual(['ui.theme'])

    const restored = readBackup(older)
    if (!restored.ok) throw new Error(restored.error.message)
    await repos.backup.applyRestore(restored.value, NOW + 2 * HOUR)
    expect(await readDailyBackupStatus(repos.settings)).toEqual(failure)
    expect((await repos.backup.dumpAll()).settings.map((row) => row.key)).toEqual(['ui.theme'])
  })
})
