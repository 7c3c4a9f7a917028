// Diagnostic write figures (run with DB_BENCH_DIAGNOSE=1): where 10,000 IndexedDB writes spend their time in this Chromium.
import { Dexie } from 'dexie'
import { buildSchedule } from '../../src/shared/scheduling/buildSchedule'
import { PlannerDB } from '../../src/renderer/src/db/PlannerDB'
import { journal, loadPlanState, planTables, toEngineSession } from '../../src/renderer/src/db/planState'
import { progressOf } from '../../src/shared/scheduling/replan'
import { createRepositories } from '../../src/renderer/src/db/repositories'
import { buildBackupData } from '../../tests/unit/shared/backup/backupFixtures'
import { createRegeneratePlan } from './regeneratePlan'

type Durability = 'strict' | 'default' | 'relaxed'
type Timer = (runs: number, warmup: number, fn: () => Promise<unknown>) => Promise<number>

/** Median over `runs` (after `warmup`) of the ms `fn` resolves, or of its whole duration when it resolves no number. */
const timer: Timer = async (runs, warmup, fn) => {
  const times: number[] = []
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now()
    const measured = await fn()
    if (i >= warmup) times.push(typeof measured === 'number' ? measured : performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const mid = Math.floor(times.length / 2)
  return Math.round((times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2) * 10) / 10
}

const SESSION_INDEXES = ['[planId+startMs]', '[planId+status]']

/** Opens a raw IndexedDB database with one store `rows` keyed by `id`, with the given compound indexes. */
function openRaw(name: string, indexes: readonly string[]): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1)
    request.addEventListener('upgradeneeded', () => {
      const store = request.result.createObjectStore('rows', { keyPath: 'id' })
      for (const index of indexes) store.createIndex(index, index.slice(1, -1).split('+'))
    })
    request.addEventListener('success', () => resolve(request.result))
    request.addEventListener('error', () => reject(request.error))
  })
}

function deleteRaw(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    request.addEventListener('success', () => resolve())
    request.addEventListener('error', () => reject(request.error))
  })
}

function runTransaction(
  idb: IDBDatabase,
  durability: Durability,
  body: (store: IDBObjectStore) => void
): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = idb.transaction(['rows'], 'readwrite', { durability })
    body(transaction.objectStore('rows'))
    transaction.addEventListener('complete', () => resolve())
    transaction.addEventListener('error', () => reject(transaction.error))
    transaction.addEventListener('abort', () => reject(transaction.error))
  })
}

/** Median ms to put `rows` (one transaction, a put per row) into an emptied store; the clear runs in its own transaction. */
async function rawPut(
  name: string,
  rows: readonly object[],
  indexes: readonly string[],
  durability: Durability
): Promise<number> {
  const idb = await openRaw(name, indexes)
  try {
    return await timer(3, 1, async () => {
      await runTransaction(idb, 'relaxed', (store) => store.clear())
      const start = performance.now()
      await runTransaction(idb, durability, (store) => {
        for (const row of rows) store.put(row)
      })
      return performance.now() - start
    })
  } finally {
    idb.close()
    await deleteRaw(name)
  }
}

/** Median ms of Dexie's bulkPut of `rows` into an emptied table with the sessions' indexes. */
async function dexieBulkPut(name: string, rows: readonly object[], durability: Durability): Promise<number> {
  const db = new Dexie(name, { chromeTransactionDurability: durability })
  db.version(1).stores({ rows: `id, ${SESSION_INDEXES.join(', ')}` })
  await db.open()
  try {
    return await timer(3, 1, async () => {
      await db.table('rows').clear()
      const start = performance.now()
      await db.transaction('rw', db.table('rows'), () => db.table('rows').bulkPut([...rows]))
      return performance.now() - start
    })
  } finally {
    db.close()
    await Dexie.delete(name)
  }
}

/** Median ms of one put of a single row holding all `rows` as an array (what per-week bucket rows would approach). */
async function oneBigRow(name: string, rows: readonly object[]): Promise<number> {
  const idb = await openRaw(name, [])
  try {
    return await timer(3, 1, async () => {
      const start = performance.now()
      await runTransaction(idb, 'strict', (store) => store.put({ id: 'bucket', rows }))
      return performance.now() - start
    })
  } finally {
    idb.close()
    await deleteRaw(name)
  }
}

/** Median ms of an empty strict read-write transaction: the fixed commit cost. */
async function emptyCommit(name: string): Promise<number> {
  const idb = await openRaw(name, [])
  try {
    return await timer(10, 2, () => runTransaction(idb, 'strict', (store) => store.put({ id: 'one' })))
  } finally {
    idb.close()
    await deleteRaw(name)
  }
}

/**
 * Parts of regenerating the 1,000-session bench plan, each alone: reading its state, the engine, the undo journal;
 * and the whole worst case (every session moves) with relaxed durability, to show what strict costs.
 */
async function regenerateParts(): Promise<Record<string, number>> {
  const db = new PlannerDB('diag-regenerate', { chromeTransactionDurability: 'relaxed' })
  const repos = createRepositories(db)
  const planId = await createRegeneratePlan(db)
  let step = 0
  const state = await db.transaction('r', planTables(db), () => loadPlanState(db, planId))
  const input = {
    roadmap: state.roadmap,
    availability: state.plan.availability,
    settings: state.plan.settings,
    progress: progressOf(state.sessions.map(toEngineSession), state.reviews, Date.UTC(2027, 0, 5, 12), 'new-week'),
    now: Date.UTC(2027, 0, 5, 12)
  }
  const figures = {
    'db.diag.regenerateLoadStateMs': await timer(10, 2, () =>
      db.transaction('r', planTables(db), () => loadPlanState(db, planId))
    ),
    'db.diag.regenerateEngineMs': await timer(10, 2, async () => {
      if (!buildSchedule(input).ok) throw new Error('the engine refused the bench plan')
    }),
    'db.diag.regenerateJournalMs': await timer(10, 2, () =>
      db.transaction('rw', planTables(db), () => journal(db, state, 'Regenerate', 0))
    ),
    'db.diag.regenerateWorstCaseRelaxedMs': await timer(10, 2, async () => {
      const result = await repos.plans.replanWeek(planId, Date.UTC(2027, 0, 5, 12) + step++ * 86_400_000)
      if (!result.ok) throw new Error(result.error.message)
    })
  }
  db.close()
  await Dexie.delete('diag-regenerate')
  return figures
}

/** Every diagnostic figure, named 'db.diag.<what>Ms' (medians); one database per figure, deleted after. */
export async function writeDiagnostics(): Promise<Record<string, number>> {
  const sessions = buildBackupData({ plans: 1, sessionsPerPlan: 10_000, topics: 12, settings: 0 }).sessions
  const indexFieldsOnly = sessions.map(({ id, planId, startMs, status }) => ({ id, planId, startMs, status }))
  const idOnly = sessions.map(({ id }) => ({ id }))
  const figures: Record<string, number> = {
    ...(await regenerateParts()),
    'db.diag.sessionRecordJsonBytes': Math.round(JSON.stringify(sessions).length / sessions.length),
    'db.diag.emptyStrictCommitMs': await emptyCommit('diag-commit'),
    'db.diag.rawPut10kIdOnlyNoIndexMs': await rawPut('diag-a', idOnly, [], 'strict'),
    'db.diag.rawPut10kIndexFieldsNoIndexMs': await rawPut('diag-b', indexFieldsOnly, [], 'strict'),
    'db.diag.rawPut10kIndexFieldsIndexedMs': await rawPut('diag-c', indexFieldsOnly, SESSION_INDEXES, 'strict'),
    'db.diag.rawPut10kSessionsNoIndexMs': await rawPut('diag-d', sessions, [], 'strict'),
    'db.diag.rawPut10kSessionsIndexedStrictMs': await rawPut('diag-e', sessions, SESSION_INDEXES, 'strict'),
    'db.diag.rawPut10kSessionsIndexedDefaultMs': await rawPut('diag-f', sessions, SESSION_INDEXES, 'default'),
    'db.diag.rawPut10kSessionsIndexedRelaxedMs': await rawPut('diag-g', sessions, SESSION_INDEXES, 'relaxed'),
    'db.diag.rawPut1kSessionsIndexedStrictMs': await rawPut(
      'diag-h',
      sessions.slice(0, 1_000),
      SESSION_INDEXES,
      'strict'
    ),
    'db.diag.dexieBulkPut10kSessionsIndexedStrictMs': await dexieBulkPut('diag-i', sessions, 'strict'),
    'db.diag.dexieBulkPut10kSessionsIndexedRelaxedMs': await dexieBulkPut('diag-j', sessions, 'relaxed'),
    'db.diag.oneRowOf10kSessionsStrictMs': await oneBigRow('diag-k', sessions)
  }
  return figures
}
