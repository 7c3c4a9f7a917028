// Reads one plan's whole state inside a transaction, turns it into the engine's Progress and writes a re-plan back.
import type { Progress } from '../../../shared/domain/plan'
import type { Roadmap } from '../../../shared/domain/roadmap'
import type { ScheduleReport } from '../../../shared/domain/schedule'
import type { Session } from '../../../shared/domain/session'
import { sessionRecordId } from '../../../shared/backup/records'
import { buildSchedule } from '../../../shared/scheduling/buildSchedule'
import { failWith } from './operationResult'
import type { PlannerDB, PlanRecord, ReviewRow, SessionRecord, StudyLogRecord } from './PlannerDB'
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
  return [db.plans, db.roadmaps, db.sessionWeeks, db.studyLogWeeks, db.reviewWeeks, db.undo] as const
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

/** Keeps the plan's state before an operation, replacing the previous one: the Undo button's single step. */
export async function journal(db: PlannerDB, state: PlanState, label: string, now: number): Promise<void> {
  await db.undo.put({ planId: state.plan.id, label, atMs: now, plan: state.plan, sessions: state.sessions, studyLog: state.studyLog, reviews: state.reviews })
}
