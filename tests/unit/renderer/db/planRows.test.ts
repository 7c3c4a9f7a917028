// Week-bucket storage of sessions, study log and ratings: same records back, range reads across weeks, only changed weeks written.
import { Dexie } from 'dexie'
import type { DBCore, DBCoreMutateRequest } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBackupRepository, dumpAll } from '../../../../src/renderer/src/db/backupRepository'
import { PlannerDB, type SessionRecord } from '../../../../src/renderer/src/db/PlannerDB'
import {
  addPlanRows,
  readPlanRows,
  replacePlanRows,
  SESSIONS,
  STUDY_LOG,
  WEEK_MS,
  weekOf
} from '../../../../src/renderer/src/db/planRows'
import { createRepositories } from '../../../../src/renderer/src/db/repositories'
import { dumpStoredDatabase } from '../../../../src/renderer/src/db/storageSafety'
import { serializeBackup } from '../../../../src/shared/backup'
import { buildBackupData, sortedByKey } from '../../shared/backup/backupFixtures'

const HOUR = 3_600_000
/** A week boundary of the buckets (a multiple of 7 days from the epoch) in 2027. */
const BOUNDARY = weekOf(Date.UTC(2027, 0, 10)) + WEEK_MS

let db: PlannerDB
/** Every write that reached IndexedDB, as '<table> <type> <row count>'. */
let writes: string[]

beforeEach(async () => {
  db = new PlannerDB(`rows-${Math.random()}`)
  writes = []
  // A DBCore layer that records writes on their way down to IndexedDB; the rows themselves are stored unchanged.
  db.use({
    stack: 'dbcore',
    name: 'write-log',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => (
            writes.push(
              `${name} ${request.type} ${'keys' in request && request.keys ? request.keys.length : 'values' in request ? request.values.length : 0}`
            ),
            table.mutate(request)
          )
        }
      }
    })
  })
  await db.open()
})

afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

function session(planId: string, n: number, startMs: number, minutes = 60): SessionRecord {
  const sessionId = `t${n}:study:0`
  return {
    id: `${planId}/${sessionId}`,
    planId,
    sessionId,
    topicId: `t${n}`,
    stageId: 's1',
    kind: 'study',
    status: 'planned',
    pinned: false,
    startMs,
    endMs: startMs + minutes * 60_000,
    localStart: '2027-01-01T00:00',
    localEnd: '2027-01-01T01:00',
    minutes
  }
}

const replace = (planId: string, rows: SessionRecord[]) =>
  db.transaction('rw', db.sessionWeeks, () => replacePlanRows(db, SESSIONS, planId, rows))

describe('week-bucket rows', () => {
  it('reads back exactly the records written, by start time, and a range across a week boundary', async () => {
    const late = session('p', 1, BOUNDARY - 30 * 60_000, 90) // starts in one week, ends in the next
    const rows = [
      session('p', 3, BOUNDARY + 2 * HOUR),
      late,
      session('p', 0, BOUNDARY - 3 * WEEK_MS),
      session('p', 2, BOUNDARY + HOUR)
    ]
    await replace('p', rows)
    expect(await db.sessionWeeks.count()).toBe(3)
    expect(await readPlanRows(db, SESSIONS, 'p')).toEqual([...rows].sort((a, b) => a.startMs - b.startMs))

    const repos = createRepositories(db)
    const week = await repos.plans.sessionsBetween('p', BOUNDARY, BOUNDARY + WEEK_MS)
    expect(week.map((row) => row.topicId)).toEqual(['t1', 't2', 't3'])
    expect(await repos.plans.sessionsBetween('p', BOUNDARY + 90 * 60_000, BOUNDARY + 2 * HOUR)).toEqual([rows[3]])
  })

  it('rewrites only the weeks whose records changed, and deletes a week left empty', async () => {
    const stored = [0, 1, 2, 3].map((week) => session('p', week, BOUNDARY + week * WEEK_MS + HOUR))
    const realWrites = () => writes.filter((write) => !write.endsWith(' 0'))
    await replace('p', stored)
    expect(realWrites()).toEqual(['sessionWeeks put 4'])

    writes = []
    const shorter = [stored[0]!, { ...stored[1]!, minutes: 30 }, stored[2]!, stored[3]!]
    await replace('p', shorter)
    expect(realWrites()).toEqual(['sessionWeeks put 1'])

    // Week 3's only session moves into week 2: week 3's row goes, week 2's is rewritten, weeks 0 and 1 stay.
    writes = []
    const moved = {
      ...stored[3]!,
      startMs: stored[3]!.startMs - WEEK_MS + HOUR,
      endMs: stored[3]!.endMs - WEEK_MS + HOUR
    }
    await replace('p', [shorter[0]!, shorter[1]!, shorter[2]!, moved])
    expect(realWrites()).toEqual(['sessionWeeks delete 1', 'sessionWeeks put 1'])
    expect((await db.sessionWeeks.toArray()).map((bucket) => bucket.rows.length)).toEqual([1, 1, 2])

    writes = []
    await replace('p', await readPlanRows(db, SESSIONS, 'p'))
    expect(realWrites()).toEqual([])
  })

  it('keeps plans apart, including a plan whose id starts with another plan id', async () => {
    await replace('p', [session('p', 0, BOUNDARY)])
    await replace('p/x', [session('p/x', 0, BOUNDARY)])
    await replace('p', [])
    expect(await readPlanRows(db, SESSIONS, 'p')).toEqual([])
    expect(await readPlanRows(db, SESSIONS, 'p/x')).toEqual([session('p/x', 0, BOUNDARY)])
    await expect(replace('p', [session('p/x', 1, BOUNDARY)])).rejects.toThrow(/must belong to it/)
  })

  it('adds a study-log line to its week and refuses an id already stored there', async () => {
    const line = {
      id: 'log-1',
      planId: 'p',
      sessionId: 'p/t0:study:0',
      topicId: 't0',
      actualMinutes: 30,
      loggedAtMs: BOUNDARY
    }
    const add = (rows: Array<typeof line>) =>
      db.transaction('rw', db.studyLogWeeks, () => addPlanRows(db, STUDY_LOG, rows))
    await add([line])
    await add([{ ...line, id: 'log-0', loggedAtMs: BOUNDARY + HOUR }])
    expect((await readPlanRows(db, STUDY_LOG, 'p')).map((row) => row.id)).toEqual(['log-1', 'log-0'])
    await expect(add([{ ...line, loggedAtMs: BOUNDARY + 2 * HOUR }])).rejects.toThrow(/already stored/)
    expect(await db.studyLogWeeks.count()).toBe(1)
  })
})

describe('backups over week buckets', () => {
  it('a restore stores every record, a dump returns each table in id order, and counts are per record', async () => {
    const seed = buildBackupData({ plans: 3, sessionsPerPlan: 300, topics: 7, settings: 4 })
    const backup = createBackupRepository(db)
    const preview = backup.previewRestore(serializeBackup(seed, Date.UTC(2027, 5, 1)))
    if (!preview.ok) throw new Error(preview.error.message)
    await backup.applyRestore(preview.value, Date.UTC(2027, 5, 1))

    expect(await dumpAll(db)).toEqual(sortedByKey(seed))
    expect(await dumpStoredDatabase(db)).toEqual(sortedByKey(seed))
    expect(await backup.counts()).toEqual({
      roadmaps: 3,
      plans: 3,
      sessions: 900,
      studyLog: seed.studyLog.length,
      reviews: seed.reviews.length,
      notes: 3,
      settings: 4
    })
    expect(await db.sessionWeeks.count()).toBeLessThan(900 / 10)
    expect(await backup.holdsNoStudyData()).toBe(false)

    const repos = createRepositories(db)
    for (const plan of seed.plans) expect((await repos.plans.deletePlan(plan.id)).ok).toBe(true)
    expect([await db.sessionWeeks.count(), await db.studyLogWeeks.count(), await db.reviewWeeks.count()]).toEqual([
      0, 0, 0
    ])
    expect(await backup.holdsNoStudyData()).toBe(false) // the roadmaps are still there
  })

  it('finds a session by its global id, among plans whose ids are prefixes of one another', async () => {
    const plan = buildBackupData({ plans: 1, sessionsPerPlan: 0 }).plans[0]!
    await db.plans.bulkAdd([
      { ...plan, id: 'p' },
      { ...plan, id: 'p/x' }
    ])
    await replace('p', [{ ...session('p', 0, BOUNDARY), sessionId: 'x/t0:study:0', id: 'p/x/t0:study:0' }])
    await replace('p/x', [session('p/x', 0, BOUNDARY + HOUR)])
    const repos = createRepositories(db)
    expect((await repos.plans.getSession('p/x/t0:study:0'))?.planId).toBe('p')
    await replace('p', [])
    expect((await repos.plans.getSession('p/x/t0:study:0'))?.planId).toBe('p/x')
    expect(await repos.plans.getSession('q/t0:study:0')).toBeUndefined()
  })
})
