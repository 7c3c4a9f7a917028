// Storage safety: the restore offer for an empty database, and the persistence request (daily backups: dailyBackup.test.ts).
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BackupReason, BackupSummary } from '../../../../src/shared/ipc/contract'
import { PlannerDB } from '../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../src/renderer/src/db/repositories'
import { requestPersistence, restoreOffer } from '../../../../src/renderer/src/db/storageSafety'
import { NOW, smallPlan } from './planFixtures'

let db: PlannerDB
let repos: Repositories
let saved: Array<{ reason: BackupReason; text: string }>
const kept: BackupSummary[] = [
  { name: 'study-planner-daily-2026-12-31.json', reason: 'daily', createdAt: NOW - 1000, sizeBytes: 100 }
]
const platform = {
  saveBackup: async (reason: BackupReason, text: string) => {
    saved.push({ reason, text })
    return { ok: true as const, backup: { name: 'x.json', reason, createdAt: NOW, sizeBytes: text.length } }
  },
  listBackups: async () => kept
}

beforeEach(async () => {
  saved = []
  db = new PlannerDB(`safety-${Math.random()}`)
  await db.open()
  repos = createRepositories(db)
})

afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

function storage(persisted: boolean, grant: boolean): StorageManager {
  return { persisted: async () => persisted, persist: async () => grant } as unknown as StorageManager
}

describe('storage safety', () => {
  it('offers the kept backups only while the database holds no study data', async () => {
    await repos.settings.set('ui.lastScreen', 'calendar')
    expect(await restoreOffer(repos.backup, platform)).toEqual(kept)
    await repos.plans.createPlan(smallPlan(), NOW)
    expect(await restoreOffer(repos.backup, platform)).toEqual([])
  })

  it('reports whether the browser agreed to keep the data', async () => {
    expect(await requestPersistence(undefined)).toBe('unsupported')
    expect(await requestPersistence(storage(true, false))).toBe('granted')
    expect(await requestPersistence(storage(false, true))).toBe('granted')
    expect(await requestPersistence(storage(false, false))).toBe('denied')
  })
})
