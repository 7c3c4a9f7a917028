// Round trip: export a database of more than 10,000 records, wipe it, restore the file: every record comes back identical.
import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { PlannerDB } from '../../../../src/renderer/src/db/PlannerDB'
import { createBackupRepository, dumpAll } from '../../../../src/renderer/src/db/backupRepository'
import { REVIEWS, SESSIONS, STUDY_LOG, toWeekBuckets } from '../../../../src/renderer/src/db/planRows'
import { buildBackupData, recordCount } from './backupFixtures'

const dbName = `round-trip-${Math.random()}`
afterEach(() => Dexie.delete(dbName))

describe('backup round trip', () => {
  it('export, wipe, import gives identical data for more than 10,000 records', async () => {
    const data = buildBackupData({ plans: 4, sessionsPerPlan: 2_000, topics: 12, settings: 50 })
    expect(recordCount(data)).toBeGreaterThanOrEqual(10_000)
    const first = new PlannerDB(dbName)
    await first.transaction(
      'rw',
      [
        first.roadmaps,
        first.plans,
        first.sessionWeeks,
        first.studyLogWeeks,
        first.reviewWeeks,
        first.notes,
        first.settings
      ],
      async () => {
        await first.roadmaps.bulkAdd([...data.roadmaps])
        await first.plans.bulkAdd([...data.plans])
        await first.sessionWeeks.bulkAdd(toWeekBuckets(SESSIONS, data.sessions))
        await first.studyLogWeeks.bulkAdd(toWeekBuckets(STUDY_LOG, data.studyLog))
        await first.reviewWeeks.bulkAdd(toWeekBuckets(REVIEWS, data.reviews))
        await first.notes.bulkAdd([...data.notes])
        await first.settings.bulkAdd([...data.settings])
      }
    )
    const before = await dumpAll(first)
    const text = await createBackupRepository(first).exportBackup(Date.UTC(2027, 5, 1))
    first.close()

    await Dexie.delete(dbName)
    const second = new PlannerDB(dbName)
    expect(recordCount(await dumpAll(second))).toBe(0)
    const repository = createBackupRepository(second)
    const preview = repository.previewRestore(text)
    if (!preview.ok) throw new Error(`${preview.error.where}: ${preview.error.message}`)
    expect(preview.value.summary.counts.sessions).toBe(8_000)
    await repository.applyRestore(preview.value, Date.UTC(2027, 5, 2))
    const after = await dumpAll(second)
    second.close()

    expect(recordCount(after)).toBe(recordCount(data))
    expect(after).toEqual(before)
  }, 60_000)
})
