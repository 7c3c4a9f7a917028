// Reads one plan's whole state inside a transaction, turns it into the engine's Progress and writes a re-plan back.
import type { Progress } from '../../../shared/domain/plan'
import type { Roadmap } from '../../../shared/domain/roadmap'
import type { ScheduleReport } from '../../../shared/domain/schedule'
import type { Session } from '../../../shared/domain/session'
import { sessionRecordId } from '../../../shared/backup/records'
import { buildSchedule } from '../../../shared/scheduling/buildSchedule'
import { failWith } from './operationResult'
import type { PlannerDB, PlanRecord, ReviewRow, RoadmapRecord, SessionRecord, StudyLogRecord, UndoStepRecord } from './PlannerDB'
import { readPlanRows, replacePlanRows, REVIEWS, SESSIONS, STUDY_LOG } from './planRows'

/** Everything stored about one plan. */
export interface PlanState {
  readonly plan: PlanRecord
  readonly roadmap: Roadmap
  readonly sessions: SessionRecord[]
  readonly studyLog: StudyLogRecord[]
  readonly reviews: ReviewRow[]
}

/** The tables a plan operation writes; every plan transaction spans all of them. */
export function planTables(db: PlannerDB) {
  return [db.plans, db.roadmaps, db.sessionWeeks, db.studyLogWeeks, db.reviewWeeks, db.undoSteps] as const
}

/** Loads a plan with its roadmap, sessions, study log and ratings; fails 'not-found' when any part is missing. */
export async function loadPlanState(db: PlannerDB, planId: string): Promise<PlanState> {
  const plan = await db.plans.get(planId)
  if (!plan) return failWith('not-found', `There is no plan "${planId}".`)
  const roadmapRecord = await db.roadmaps.get(plan.roadmapId)
  if (!roadmapRecord) return failWith('not-found', `The roadmap "${plan.roadmapId}" of this plan is missing.`)
  const [sessions, studyLog, reviews] = await Promise.all([
    readPlanRows(db, SESSIONS, planId),
    readPlanRows(db, STUDY_LOG, planId),
    readPlanRows(db, REVIEWS, planId)
  ])
  return { plan, roadmap: roadmapRecord.roadmap, sessions, studyLog, reviews }
}

/** What has happened in the plan, as the engine reads it: done, skipped and pinned sessions and recall ratings. */
export function progressOf(sessions: readonly SessionRecord[], reviews: readonly ReviewRow[]): Progress {
  const done = []
  const skipped = []
  const pinned = []
  for (const session of sessions) {
    const { sessionId: id, topicId, kind, startMs, endMs } = session
    if (session.status === 'done') done.push({ id, topicId, kind, startMs, endMs, actualMinutes: session.minutes })
    else if (session.status === 'skipped') skipped.push(id)
    else if (session.pinned) pinned.push({ id, topicId, kind, startMs, endMs })
  }
  return { done, skipped, pinned, reviews: reviews.map(({ topicId, ratedAtMs, rating }) => ({ topicId, ratedAtMs, rating })) }
}

/** The stored form of an engine session of `planId`. */
export function toSessionRecord(planId: string, session: Session): SessionRecord {
  const { id, ...rest } = session
  return { ...rest, id: sessionRecordId(planId, id), planId, sessionId: id }
}

/**
 * Re-plans from `state` (as the caller has just changed it, sessions included) inside the caller's transaction and
 * stores the result: done and skipped sessions as in `state`, pinned ones at their time, every other planned session
 * at the engine's new placement. Fails 'cannot-plan' (aborting the transaction) when the engine refuses the input.
 */
export async function replan(db: PlannerDB, state: PlanState, now: number): Promise<ScheduleReport> {
  const { plan } = state
  const result = buildSchedule({
    roadmap: state.roadmap,
    availability: plan.availability,
    settings: plan.settings,
    progress: progressOf(state.sessions, state.reviews),
    now
  })
  if (!result.ok) return failWith('cannot-plan', result.error.message, result.error.field)
  const kept = state.sessions.filter((session) => session.status !== 'planned')
  const planned = result.sessions.filter((session) => session.status === 'planned').map((session) => toSessionRecord(plan.id, session))
  // Only weeks whose sessions differ are written: a re-plan often moves few sessions.
  await replacePlanRows(db, SESSIONS, plan.id, [...kept, ...planned])
  await db.plans.put({ ...plan, report: result.report, updatedAtMs: now })
  return result.report
}

/**
 * Re-plans every plan that uses `roadmapId` (except `exceptPlanId`) after the roadmap changed, in the caller's
 * transaction. Fails 'cannot-plan', naming the plan, when one cannot use the roadmap (e.g. a removed topic has done
 * sessions in it).
 */
export async function replanRoadmapUsers(db: PlannerDB, roadmapId: string, now: number, exceptPlanId?: string): Promise<void> {
  for (const plan of await db.plans.where('roadmapId').equals(roadmapId).toArray()) {
    if (plan.id === exceptPlanId) continue
    const state = await loadPlanState(db, plan.id)
    try {
      await replan(db, state, now)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      failWith('cannot-plan', `The plan "${plan.title}" cannot use this roadmap: ${detail}`, `plans.${plan.id}`)
    }
  }
}

/** Undo steps kept per plan: a working session's worth, without keeping every old plan forever. */
export const MAX_UNDO_STEPS = 20

/**
 * Adds the plan's state before an operation to its undo history (with `roadmap`, the roadmap record as it was, when
 * the operation edits it), dropping the oldest steps beyond {@link MAX_UNDO_STEPS}.
 */
export async function journal(db: PlannerDB, state: PlanState, label: string, now: number, roadmap?: RoadmapRecord): Promise<void> {
  const planId = state.plan.id
  await db.undoSteps.add({ planId, label, atMs: now, plan: state.plan, sessions: state.sessions, studyLog: state.studyLog, reviews: state.reviews, ...(roadmap ? { roadmap } : {}) })
  const steps = await db.undoSteps.where('planId').equals(planId).primaryKeys()
  if (steps.length > MAX_UNDO_STEPS) await db.undoSteps.bulkDelete(steps.slice(0, steps.length - MAX_UNDO_STEPS))
}

/** The newest step of a plan's undo history, or undefined. */
export function latestUndoStep(db: PlannerDB, planId: string): Promise<UndoStepRecord | undefined> {
  return db.undoSteps.where('planId').equals(planId).last()
}
