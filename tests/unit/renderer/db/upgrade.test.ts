// Schema upgrades: data written by every released schema opens with the current one unchanged; a failed upgrade changes nothing.
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { readBackup } from '../../../../src/shared/backup'
import { CURRENT_SCHEMA_VERSION, PlannerDB, SCHEMA_V3 } from '../../../../src/renderer/src/db/PlannerDB'
import { backUpBeforeUpgrade, storedSchemaVersion } from '../../../../src/renderer/src/db/storageSafety'
import { PlannerDBv1 } from './fixtures/schemaV1'

let dbName = ''
afterEach(() => Dexie.delete(dbName))

/** 5,000 preferences of every JSON shape, as version 1 stored them. */
function v1Records(): Array<{ key: string; value: unknown }> {
  return Array.from({ length: 5_000 }, (_, i) => ({
    key: `pref.${String(i).padStart(4, '0')}`,
    value: [i, `text ${i} é ✓`, i % 2 === 0, null, { nested: { list: [i, 'x'], at: i * 1.5 } }, [1, [2, [3]]]][i % 6]
  }))
}

async function fillV1(): Promise<Array<{ key: string; value: unknown }>> {
  const records = v1Records()
  const v1 = new PlannerDBv1(dbName)
  await v1.settings.bulkAdd(records)
  v1.close()
  return records
}

describe('schema upgrades', () => {
  it('opens a version 1 database of 5,000 records with the current schema: none lost or changed', async () => {
    dbName = `upgrade-${Math.random()}`
    const records = await fillV1()
    const db = new PlannerDB(dbName)
    await db.open()
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    expect(await db.settings.orderBy('key').toArray()).toEqual(records)
    expect(await db.plans.count()).toBe(0)
    db.close()
  })

  it('hands the platform a full backup before upgrading, and none when no upgrade is due', async () => {
    dbName = `upgrade-${Math.random()}`
    const records = await fillV1()
    const saved: Array<{ reason: string; text: string }> = []
    const platform = {
      saveBackup: async (reason: 'daily' | 'pre-upgrade', text: string) => {
        saved.push({ reason, text })
        return { ok: true as const, backup: { name: 'b.json', reason, createdAt: 0, sizeBytes: text.length } }
      },
      listBackups: async () => []
    }
    const db = new PlannerDB(dbName)
    expect(await backUpBeforeUpgrade(db, platform, Date.UTC(2027, 0, 1))).toEqual({ status: 'saved' })
    expect(saved.map((entry) => entry.reason)).toEqual(['pre-upgrade'])
    const backup = readBackup(saved[0]!.text)
    expect(backup.ok && backup.value.file.data.settings).toEqual(records)
    // The check itself never upgraded anything.
    expect(await storedSchemaVersion(dbName, indexedDB)).toBe(1)

    await db.open()
    expect(await backUpBeforeUpgrade(db, platform, Date.UTC(2027, 0, 1))).toEqual({ status: 'not-needed' })
    expect(saved).toHaveLength(1)
    db.close()
  })

  it('opens a newer version that keeps our tables without changing its version or its other tables', async () => {
    dbName = `upgrade-${Math.random()}`
    const newer = new Dexie(dbName)
    newer.version(7).stores({ ...SCHEMA_V3, futureTable: 'id' })
    await newer.open()
    await newer.table('futureTable').put({ id: 'kept' })
    await newer.table('settings').put({ key: 'ui.lastScreen', value: 'progress' })
    newer.close()

    const db = new PlannerDB(dbName)
    await db.open()
    expect(await db.settings.get('ui.lastScreen')).toEqual({ key: 'ui.lastScreen', value: 'progress' })
    db.close()
    expect(await storedSchemaVersion(dbName, indexedDB)).toBe(7)
    const reopened = new Dexie(dbName)
    await reopened.open()
    expect(await reopened.table('futureTable').toArray()).toEqual([{ id: 'kept' }])
    reopened.close()
  })

  it('drops version 3 undo steps (whole-plan copies) on the way to version 4, keeping every other row', async () => {
    dbName = `upgrade-${Math.random()}`
    // Version 3's stores as declared then; frozen here so a later edit of the live schema cannot change this test.
    const v3 = new Dexie(dbName)
    v3.version(3).stores({
      settings: 'key',
      roadmaps: 'id',
      plans: 'id, roadmapId',
      sessionWeeks: '[planId+weekMs]',
      studyLogWeeks: '[planId+weekMs]',
      reviewWeeks: '[planId+weekMs]',
      snapshots: 'id',
      notes: '[planId+topicId]',
      undoSteps: '++seq, planId'
    })
    await v3.open()
    const bucket = { planId: 'p', weekMs: 0, rows: [{ id: 'p/s1', planId: 'p', startMs: 1 }] }
    await v3.table('sessionWeeks').put(bucket)
    await v3.table('settings').put({ key: 'ui.lastScreen', value: 'calendar' })
    await v3
      .table('undoSteps')
      .add({ planId: 'p', label: 'Skip', atMs: 1, plan: { id: 'p' }, sessions: [], studyLog: [], reviews: [] })
    v3.close()

    const db = new PlannerDB(dbName)
    await db.open()
    expect(db.verno).toBe(4)
    expect(await db.undoSteps.count()).toBe(0)
    expect(await db.sessionWeeks.toArray()).toEqual([bucket])
    expect(await db.settings.get('ui.lastScreen')).toEqual({ key: 'ui.lastScreen', value: 'calendar' })
    db.close()
  })

  it('does not create a database when there is none', async () => {
    dbName = `upgrade-${Math.random()}`
    expect(await storedSchemaVersion(dbName, indexedDB)).toBe(0)
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(dbName)
  })

  it('an upgrade that throws leaves version 1 and all its data intact', async () => {
    dbName = `upgrade-${Math.random()}`
    const records = await fillV1()
    class FailingUpgradeDB extends PlannerDB {
      constructor(name: string) {
        super(name)
        // Writes first, then fails: the write must be rolled back with the new tables.
        this.version(CURRENT_SCHEMA_VERSION).upgrade(async (tx) => {
          await tx.table('settings').put({ key: 'pref.0000', value: 'overwritten' })
          throw new Error('upgrade failed halfway')
        })
      }
    }
    const failing = new FailingUpgradeDB(dbName)
    await expect(failing.open()).rejects.toThrow(/upgrade failed halfway/)
    failing.close()

    expect(await storedSchemaVersion(dbName, indexedDB)).toBe(1)
    const v1 = new PlannerDBv1(dbName)
    await v1.open()
    expect(v1.tables.map((table) => table.name)).toEqual(['settings'])
    expect(await v1.settings.orderBy('key').toArray()).toEqual(records)
    v1.close()
  })
})
