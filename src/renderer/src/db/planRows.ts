// A plan's sessions, study log and ratings stored as one IndexedDB row per plan and week, and read back as records.
import type {
  PlannerDB,
  ReviewRow,
  SessionRecord,
  StudyLogRecord,
  UndoBucketTable,
  WeekBucket,
  WeekBucketTable
} from './PlannerDB'
import { sameJson } from './roadmapStore'
import { WEEK_MS } from '../../../shared/time'
import { isRecording, noteBucketWrites } from './undoJournal'

/**
 * Why weeks: Chromium spends a fixed 0.1-0.3 ms per IndexedDB request whatever its size, so 10,000 one-record rows
 * take seconds to write while a hundred week rows take milliseconds. A week bucket starts at a multiple of 7 days from
 * the epoch; it is storage only, not the learner's calendar week.
 */
export { WEEK_MS }

/** How records of one kind are bucketed: their table and the instant that picks their week. */
export interface RowKind<T extends PlanRow> {
  /** The table's name, as undo steps record it. */
  readonly name: UndoBucketTable
  readonly table: (db: PlannerDB) => WeekBucketTable<T>
  readonly timeOf: (row: T) => number
}

/** What every bucketed record has: a unique id and its plan. */
export interface PlanRow {
  readonly id: string
  readonly planId: string
}

export const SESSIONS: RowKind<SessionRecord> = {
  name: 'sessionWeeks',
  table: (db) => db.sessionWeeks,
  timeOf: (row) => row.startMs
}
export const STUDY_LOG: RowKind<StudyLogRecord> = {
  name: 'studyLogWeeks',
  table: (db) => db.studyLogWeeks,
  timeOf: (row) => row.loggedAtMs
}
export const REVIEWS: RowKind<ReviewRow> = {
  name: 'reviewWeeks',
  table: (db) => db.reviewWeeks,
  timeOf: (row) => row.ratedAtMs
}

/** The start of the week bucket holding instant `ms`. */
export function weekOf(ms: number): number {
  return Math.floor(ms / WEEK_MS) * WEEK_MS
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Groups records into week buckets per plan; each bucket's rows in time order, then id (so equal sets compare equal). */
export function toWeekBuckets<T extends PlanRow>(kind: RowKind<T>, rows: readonly T[]): WeekBucket<T>[] {
  const buckets = new Map<string, { planId: string; weekMs: number; rows: T[] }>()
  for (const row of rows) {
    const weekMs = weekOf(kind.timeOf(row))
    const key = `${weekMs}|${row.planId}`
    const bucket = buckets.get(key)
    if (bucket) bucket.rows.push(row)
    else buckets.set(key, { planId: row.planId, weekMs, rows: [row] })
  }
  for (const bucket of buckets.values())
    bucket.rows.sort((a, b) => kind.timeOf(a) - kind.timeOf(b) || compareText(a.id, b.id))
  return [...buckets.values()]
}

/** The plan's buckets whose week starts in [fromWeekMs, toWeekMs], in week order. */
function planBuckets<T extends PlanRow>(
  db: PlannerDB,
  kind: RowKind<T>,
  planId: string,
  fromWeekMs = -Infinity,
  toWeekMs = Infinity
) {
  return kind.table(db).where('[planId+weekMs]').between([planId, fromWeekMs], [planId, toWeekMs], true, true)
}

/** Each week bucket of a plan's records of one kind, by week start, as stored. */
export type StoredWeeks<T> = ReadonlyMap<number, readonly T[]>

/**
 * The plan's stored buckets of one kind, by week start, inside the caller's transaction. Not an async function: a
 * Dexie promise keeps the transaction's zone for a caller whose first await it is.
 */
export function readPlanWeeks<T extends PlanRow>(
  db: PlannerDB,
  kind: RowKind<T>,
  planId: string
): PromiseLike<StoredWeeks<T>> {
  return planBuckets(db, kind, planId)
    .toArray()
    .then((buckets) => new Map(buckets.map((bucket) => [bucket.weekMs, bucket.rows])))
}

/** The plan's records of one kind whose instant falls in [fromMs, toMs), in time order then id. */
export async function readPlanRows<T extends PlanRow>(
  db: PlannerDB,
  kind: RowKind<T>,
  planId: string,
  fromMs = -Infinity,
  toMs = Infinity
): Promise<T[]> {
  const buckets = await planBuckets(
    db,
    kind,
    planId,
    weekOf(fromMs),
    toMs === Infinity ? Infinity : weekOf(toMs)
  ).toArray()
  const rows = buckets.flatMap((bucket) => bucket.rows)
  const inRange = (row: T) => kind.timeOf(row) >= fromMs && kind.timeOf(row) < toMs
  return fromMs === -Infinity && toMs === Infinity ? rows : rows.filter(inRange)
}

/**
 * Makes the plan's stored records of one kind exactly `rows`, inside the caller's transaction, writing only the weeks
 * whose records differ from what is stored (a re-plan that moves a few sessions rewrites a few rows). `stored` is what
 * the caller read in this transaction with {@link readPlanWeeks} and has not written since: it saves reading every
 * bucket again.
 */
export async function replacePlanRows<T extends PlanRow>(
  db: PlannerDB,
  kind: RowKind<T>,
  planId: string,
  rows: readonly T[],
  stored?: StoredWeeks<T>
): Promise<void> {
  stored ??= await readPlanWeeks(db, kind, planId)
  const fresh = toWeekBuckets(kind, rows)
  if (fresh.some((bucket) => bucket.planId !== planId))
    throw new Error(`Every record written for plan "${planId}" must belong to it.`)
  const freshWeeks = new Set(fresh.map((bucket) => bucket.weekMs))
  const removed = [...stored.keys()]
    .filter((weekMs) => !freshWeeks.has(weekMs))
    .map((weekMs): [string, number] => [planId, weekMs])
  const changed = fresh.filter((bucket) => !sameJson(stored.get(bucket.weekMs), bucket.rows))
  const written = [...removed.map(([, weekMs]) => weekMs), ...changed.map((bucket) => bucket.weekMs)]
  await noteBucketWrites(db, kind.name, planId, new Map(written.map((weekMs) => [weekMs, stored.get(weekMs)])))
  await kind.table(db).bulkDelete(removed)
  await kind.table(db).bulkPut(changed)
}

/** Adds new records (ids not yet stored) inside the caller's transaction; fails, as `add` does, on an id already in its week. */
export async function addPlanRows<T extends PlanRow>(
  db: PlannerDB,
  kind: RowKind<T>,
  rows: readonly T[]
): Promise<void> {
  for (const bucket of toWeekBuckets(kind, rows)) {
    const storedBucket = await kind.table(db).get([bucket.planId, bucket.weekMs])
    const stored = storedBucket?.rows ?? []
    if (stored.some((row) => bucket.rows.some((added) => added.id === row.id)))
      throw new Error(`A record with this id is already stored in plan "${bucket.planId}".`)
    await noteBucketWrites(db, kind.name, bucket.planId, new Map([[bucket.weekMs, storedBucket?.rows]]))
    await kind.table(db).put(toWeekBuckets(kind, [...stored, ...bucket.rows])[0]!)
  }
}

/** Deletes every record of one kind of the plan, inside the caller's transaction. */
export async function deletePlanRows<T extends PlanRow>(
  db: PlannerDB,
  kind: RowKind<T>,
  planId: string
): Promise<number> {
  if (isRecording(planId)) {
    const stored = await planBuckets(db, kind, planId).toArray()
    await noteBucketWrites(db, kind.name, planId, new Map(stored.map((bucket) => [bucket.weekMs, bucket.rows])))
  }
  return planBuckets(db, kind, planId).delete()
}

/** Every record of one kind in the database, by id (the order a one-row-per-record table gave). */
export async function readAllRows<T extends PlanRow>(db: PlannerDB, kind: RowKind<T>): Promise<T[]> {
  return flattenById((await kind.table(db).toArray()).map((bucket) => bucket.rows))
}

/** Records of every bucket, sorted by id. */
export function flattenById<T extends { readonly id: string }>(buckets: ReadonlyArray<readonly T[]>): T[] {
  return buckets.flat().sort((a, b) => compareText(a.id, b.id))
}

/** How many records of one kind the database holds (reads every bucket: IndexedDB cannot count inside rows). */
export async function countRows<T extends PlanRow>(db: PlannerDB, kind: RowKind<T>): Promise<number> {
  let count = 0
  await kind.table(db).each((bucket) => (count += bucket.rows.length))
  return count
}

/** The session with global id `<planId>/<sessionId>`, found through the plan its id starts with. */
export async function findSession(db: PlannerDB, id: string): Promise<SessionRecord | undefined> {
  const planIds = (await db.plans.toCollection().primaryKeys()).filter((planId) => id.startsWith(`${planId}/`))
  for (const planId of planIds) {
    const found = (await readPlanRows(db, SESSIONS, planId)).find((session) => session.id === id)
    if (found) return found
  }
  return undefined
}
