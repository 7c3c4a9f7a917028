// Database benchmarks run inside Chromium on an on-disk profile, through the app's own repositories.
import { Dexie } from 'dexie'
import { PlannerDB } from '../../src/renderer/src/db/PlannerDB'
import { SESSIONS, toWeekBuckets } from '../../src/renderer/src/db/planRows'
import { createRepositories } from '../../src/renderer/src/db/repositories'
import { buildBackupData } from '../../tests/unit/shared/backup/backupFixtures'
import { writeDiagnostics } from './diagnostics'
import { createRegeneratePlan } from './regeneratePlan'

const WEEK_MS = 7 * 86_400_000

async function medianOf(runs: number, warmup: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const mid = Math.floor(times.length / 2)
  const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2
  return Math.round(median * 1000) / 1000
}

/** One plan of 100,000 sessions (two a day for about 137 years of hourly slots), then one-week queries. */
async function weekQuery(): Promise<number> {
  const db = new PlannerDB('bench-week')
  const repos = createRepositories(db)
  const seed = buildBackupData({ plans: 1, sessionsPerPlan: 100_000, topics: 6, settings: 0 })
  await db.transaction('rw', [db.roadmaps, db.plans, db.sessionWeeks], async () => {
    await db.roadmaps.bulkAdd([...seed.roadmaps])
    await db.plans.bulkAdd([...seed.plans])
    await db.sessionWeeks.bulkAdd(toWeekBuckets(SESSIONS, seed.sessions))
  })
  if ((await repos.plans.allSessions('plan-0')).length !== 100_000)
    throw new Error('the week bench did not store 100,000 sessions')
  const first = seed.sessions[0]!.startMs
  const span = seed.sessions.at(-1)!.startMs - first - WEEK_MS
  let n = 0
  const result = await medianOf(30, 5, async () => {
    const from = first + ((n++ * 7919) % 997) * (span / 997)
    const week = await repos.plans.sessionsBetween('plan-0', from, from + WEEK_MS)
    if (week.length === 0) throw new Error('the week query found nothing')
  })
  db.close()
  await Dexie.delete('bench-week')
  return result
}

/**
 * A plan of about 1,000 sessions (200 topics of 5 hours, 60-minute sessions), regenerated in one transaction: the
 * worst case, where every planned session moves (each run plans from a day later), and the case where none moves.
 */
async function regenerate(): Promise<{ ms: number; unchangedMs: number; sessions: number; moved: number }> {
  const db = new PlannerDB('bench-regenerate')
  const repos = createRepositories(db)
  const planId = await createRegeneratePlan(db)
  const sessions = (await repos.plans.allSessions(planId)).length
  let step = 0
  const regenerateFrom = async (now: number) => {
    const result = await repos.plans.replanWeek(planId, now)
    if (!result.ok) throw new Error(result.error.message)
  }
  // Each run starts planning a day later than the previous one, so every planned session moves (counted once here;
  // the first run, from the plan's own first day, moves none).
  await regenerateFrom(Date.UTC(2027, 0, 4, 12) + step++ * 86_400_000)
  const startsBefore = new Map((await repos.plans.allSessions(planId)).map((session) => [session.id, session.startMs]))
  await regenerateFrom(Date.UTC(2027, 0, 4, 12) + step++ * 86_400_000)
  const moved = (await repos.plans.allSessions(planId)).filter(
    (session) => startsBefore.get(session.id) !== session.startMs
  ).length
  const ms = await medianOf(10, 2, () => regenerateFrom(Date.UTC(2027, 0, 4, 12) + step++ * 86_400_000))
  const last = Date.UTC(2027, 0, 4, 12) + (step - 1) * 86_400_000
  const unchangedMs = await medianOf(10, 2, () => regenerateFrom(last))
  db.close()
  await Dexie.delete('bench-regenerate')
  return { ms, unchangedMs, sessions, moved }
}

/** Export and import of a database of about 10,000 records; import is validation (also reported alone) plus restore. */
async function exportImport(): Promise<{ exportMs: number; validateMs: number; importMs: number; records: number }> {
  const db = new PlannerDB('bench-backup')
  const repos = createRepositories(db)
  const seed = buildBackupData({ plans: 4, sessionsPerPlan: 1_850, topics: 12, settings: 20 })
  const records = Object.values(seed).reduce((sum, rows: readonly unknown[]) => sum + rows.length, 0)
  const first = repos.backup.previewRestore(
    JSON.stringify({ format: 'study-planner-backup', version: 1, exportedAt: Date.UTC(2027, 0, 1), data: seed })
  )
  if (!first.ok) throw new Error(first.error.message)
  await repos.backup.applyRestore(first.value, Date.UTC(2027, 0, 1))
  let text = ''
  const exportMs = await medianOf(5, 1, async () => {
    text = await repos.backup.exportBackup(Date.UTC(2027, 0, 1))
  })
  const validateMs = await medianOf(5, 1, async () => {
    if (!repos.backup.previewRestore(text).ok) throw new Error('the exported backup did not validate')
  })
  const importMs = await medianOf(5, 1, async () => {
    const preview = repos.backup.previewRestore(text)
    if (!preview.ok) throw new Error(preview.error.message)
    await repos.backup.applyRestore(preview.value, Date.UTC(2027, 0, 1))
  })
  db.close()
  await Dexie.delete('bench-backup')
  return { exportMs, validateMs, importMs, records }
}

/**
 * The floor under the write figures: 10,000 one-field rows put with raw IndexedDB in one strict transaction, no
 * index, no Dexie. Each IndexedDB request has a fixed cost in Chromium, so import and regenerate cannot be much
 * faster than their row count times this figure's per-row cost; comparing them tells code cost from machine load.
 */
async function rawPutFloor(): Promise<number> {
  const name = 'bench-floor'
  const db = new Dexie(name)
  db.version(1).stores({ rows: 'id' })
  await db.open()
  const idb = db.backendDB()
  const rows = Array.from({ length: 10_000 }, (_, index) => ({ id: `row-${index}` }))
  const putAll = () =>
    new Promise<void>((resolve, reject) => {
      const transaction = idb.transaction(['rows'], 'readwrite', { durability: 'strict' })
      const store = transaction.objectStore('rows')
      store.clear()
      for (const row of rows) store.put(row)
      transaction.addEventListener('complete', () => resolve())
      transaction.addEventListener('error', () => reject(transaction.error))
    })
  const result = await medianOf(3, 1, putAll)
  db.close()
  await Dexie.delete(name)
  return result
}

declare global {
  interface Window {
    runDbBench: (options?: { diagnose?: boolean; only?: 'diagnose' }) => Promise<Record<string, number>>
  }
}

window.runDbBench = async (options = {}) => {
  if (options.only === 'diagnose') return writeDiagnostics()
  const backup = await exportImport()
  const regen = await regenerate()
  const week = await weekQuery()
  const floor = await rawPutFloor()
  return {
    'db.weekQueryOver100kMs': week,
    'db.regenerate1000SessionsMs': regen.ms,
    'db.regenerate1000SessionsNoneMovedMs': regen.unchangedMs,
    'db.regenerateSessionCount': regen.sessions,
    'db.regenerateMovedSessionCount': regen.moved,
    'db.export10kMs': backup.exportMs,
    'db.import10kMs': backup.importMs,
    'db.import10kValidateMs': backup.validateMs,
    'db.exportImportRecordCount': backup.records,
    'db.rawPut10kFloorMs': floor,
    ...(options.diagnose ? await writeDiagnostics() : {})
  }
}
