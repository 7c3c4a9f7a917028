// Undo steps that keep only what an operation changed: the plan (and roadmap) records as they were, and the earlier
// contents of each week bucket the operation wrote, noted by the bucket writers while the operation's transaction runs.
import { Dexie, type Transaction } from 'dexie'
import type { PlannerDB, RoadmapRecord, PlanRecord, UndoBucketTable, UndoStepRecord, UndoWeek } from './PlannerDB'

/** An undo step being filled by the transaction that is changing its plan. */
interface Recorder {
  readonly step: UndoStepRecord & { weeks: UndoWeek[] }
  /** `${table}|${weekMs}` of every bucket already noted: only its first earlier contents count. */
  readonly noted: Set<string>
}

/** Recorders of each running transaction, by plan id. A transaction ends, and its recorders are forgotten with it. */
const recorders = new WeakMap<Transaction, Map<string, Recorder>>()

/**
 * Starts an undo step for `plan` (as it is now) in the caller's transaction: every week bucket of the plan written
 * later in this transaction through planRows' writers is noted in it with its earlier contents. `roadmap` is the
 * roadmap record as it was, when the operation edits it. Resolves the step's number.
 */
export async function beginUndoStep(
  db: PlannerDB,
  plan: PlanRecord,
  label: string,
  now: number,
  roadmap?: RoadmapRecord
): Promise<number> {
  const transaction = Dexie.currentTransaction
  if (!transaction) throw new Error('An undo step is recorded inside the transaction of its operation.')
  const step = { planId: plan.id, label, atMs: now, plan, weeks: [] as UndoWeek[], ...(roadmap ? { roadmap } : {}) }
  const seq = (await db.undoSteps.add(step))!
  const byPlan = recorders.get(transaction) ?? new Map<string, Recorder>()
  recorders.set(transaction, byPlan)
  byPlan.set(plan.id, { step: { ...step, seq }, noted: new Set() })
  return seq
}

/**
 * Called by the bucket writers just before they write buckets of `planId`: `earlier` maps each week about to be
 * written or deleted to its stored rows (undefined when the bucket does not exist yet). Notes the weeks not noted
 * before into the plan's open undo step, if the running transaction has one, and stores the step.
 */
export async function noteBucketWrites(
  db: PlannerDB,
  table: UndoBucketTable,
  planId: string,
  earlier: ReadonlyMap<number, readonly unknown[] | undefined>
): Promise<void> {
  const transaction = Dexie.currentTransaction
  const recorder = transaction ? recorders.get(transaction)?.get(planId) : undefined
  if (!recorder || earlier.size === 0) return
  let added = false
  for (const [weekMs, rows] of earlier) {
    const key = `${table}|${weekMs}`
    if (recorder.noted.has(key)) continue
    recorder.noted.add(key)
    recorder.step.weeks.push({ table, weekMs, rows: rows ?? null })
    added = true
  }
  if (added) await db.undoSteps.put(recorder.step)
}

/** Whether the running transaction records an undo step for `planId` (so a writer knows to read what it replaces). */
export function isRecording(planId: string): boolean {
  const transaction = Dexie.currentTransaction
  return transaction ? (recorders.get(transaction)?.has(planId) ?? false) : false
}

/**
 * Puts back what `step` changed, in the caller's transaction: each bucket it wrote as it was (deleted when the step
 * created it), and the plan and roadmap records. Steps form a chain, so the newest step is undone first.
 */
export async function revertUndoStep(db: PlannerDB, step: UndoStepRecord): Promise<void> {
  // One bulk request per table and kind of write: a re-plan's step holds dozens of weeks.
  for (const table of new Set(step.weeks.map((week) => week.table))) {
    const weeks = step.weeks.filter((week) => week.table === table)
    await db
      .table(table)
      .bulkDelete(weeks.filter((week) => week.rows === null).map((week) => [step.planId, week.weekMs]))
    await db
      .table(table)
      .bulkPut(
        weeks.filter((week) => week.rows !== null).map(({ weekMs, rows }) => ({ planId: step.planId, weekMs, rows }))
      )
  }
  await db.plans.put(step.plan)
  if (step.roadmap) await db.roadmaps.put(step.roadmap)
}
