// Reads one plan's whole state inside a transaction, turns it into the engine's Progress and writes a re-plan back.
import type { Roadmap } from '../../../shared/domain/roadmap'
import type { KeptWeek, ScheduleError, ScheduleReport } from '../../../shared/domain/schedule'
import { NO_TOPIC, type Session } from '../../../shared/domain/session'
import { allTopics } from '../../../shared/scheduling/topics'
import { sessionRecordId } from '../../../shared/backup/records'
import { isHistory, replanStored, type ReplanScope, type StoredPlan } from '../../../shared/scheduling/replan'
import { failWith } from './operationResult'
import type {
  PlannerDB,
  PlanRecord,
  ReviewRow,
  RoadmapRecord,
  SessionRecord,
  StudyLogRecord,
  UndoStepRecord
} from './PlannerDB'
import {
  readPlanRows,
  readPlanWeeks,
  replacePlanRows,
  REVIEWS,
  SESSIONS,
  STUDY_LOG,
  type StoredWeeks
} from './planRows'
import { beginUndoStep } from './undoJournal'
import type { UndoLabel } from './undoLabels'
import { dbText, quoted } from './dbText'

/** Everything stored about one plan. */
export interface PlanState {
  readonly plan: PlanRecord
  readonly roadmap: Roadmap
  readonly sessions: SessionRecord[]
  readonly studyLog: StudyLogRecord[]
  readonly reviews: ReviewRow[]
  /**
   * The plan's session buckets as loaded, so storing a re-plan need not read them again. Only valid while no session
   * has been written since in the transaction: a state built otherwise leaves it out.
   */
  readonly storedSessionWeeks?: StoredWeeks<SessionRecord>
}

/** The tables a plan operation writes; every plan transaction spans all of them. */
export function planTables(db: PlannerDB) {
  return [db.plans, db.roadmaps, db.sessionWeeks, db.studyLogWeeks, db.reviewWeeks, db.undoSteps] as const
}

/** Loads a plan with its roadmap, sessions, study log and ratings; fails 'not-found' when any part is missing. */
export async function loadPlanState(db: PlannerDB, planId: string): Promise<PlanState> {
  const plan = await db.plans.get(planId)
  if (!plan) return failWith('not-found', dbText()('common.operations.noPlan', { id: planId }))
  const roadmapRecord = await db.roadmaps.get(plan.roadmapId)
  if (!roadmapRecord)
    return failWith('not-found', dbText()('common.operations.planRoadmapMissing', { id: plan.roadmapId }))
  const [storedSessionWeeks, studyLog, reviews] = await Promise.all([
    readPlanWeeks(db, SESSIONS, planId),
    readPlanRows(db, STUDY_LOG, planId),
    readPlanRows(db, REVIEWS, planId)
  ])
  // Buckets come in week order, each in time order then id: the same order readPlanRows gives.
  const sessions = [...storedSessionWeeks.values()].flat()
  return { plan, roadmap: roadmapRecord.roadmap, sessions, studyLog, reviews, storedSessionWeeks }
}

/** The stored form of an engine session of `planId`. */
export function toSessionRecord(planId: string, session: Session): SessionRecord {
  const { id, ...rest } = session
  return { ...rest, id: sessionRecordId(planId, id), planId, sessionId: id }
}

/** The engine's form of a stored session. */
export function toEngineSession({ planId: _planId, sessionId, ...session }: SessionRecord): Session {
  return { ...session, id: sessionId }
}

/** A plan's stored records as the engine's stored plan. */
export function storedPlanOf(state: {
  readonly plan: PlanRecord
  readonly roadmap: Roadmap
  readonly sessions: readonly SessionRecord[]
  readonly reviews: readonly ReviewRow[]
}): StoredPlan {
  const { plan, roadmap, sessions, reviews } = state
  return {
    roadmap,
    availability: plan.availability,
    settings: plan.settings,
    sessions: sessions.map(toEngineSession),
    reviews
  }
}

/** A re-plan of stored records: the records to store (history unchanged, then the engine's plan), or the engine's error. */
export type RecordsReplan =
  | { readonly ok: true; readonly sessions: SessionRecord[]; readonly report: ScheduleReport; readonly week?: KeptWeek }
  | { readonly ok: false; readonly error: ScheduleError }

/** Re-plans a plan's records at `now` (see replanStored); writes nothing. */
export function replanRecords(
  state: {
    readonly plan: PlanRecord
    readonly roadmap: Roadmap
    readonly sessions: readonly SessionRecord[]
    readonly reviews: readonly ReviewRow[]
  },
  now: number,
  scope: ReplanScope
): RecordsReplan {
  const { plan } = state
  const result = replanStored(storedPlanOf(state), now, scope)
  if (!result.ok) return result
  // History records are stored back exactly as they were read; only the engine's planned sessions are new records.
  const history = new Map(state.sessions.map((session) => [session.sessionId, session]))
  const sessions = result.sessions.map((session) =>
    isHistory(session, now) ? history.get(session.id)! : toSessionRecord(plan.id, session)
  )
  return result.week === undefined
    ? { ok: true, sessions, report: result.report }
    : { ok: true, sessions, report: result.report, week: result.week }
}

/**
 * Re-plans from `state` (as the caller has just changed it, sessions included) inside the caller's transaction and
 * stores the result: done, skipped and missed sessions as in `state`, pinned ones at their time, the week ahead as
 * `scope` says, the rest at the engine's new placement. Fails 'cannot-plan' (aborting the transaction) when the
 * engine refuses the input.
 */
export async function replan(
  db: PlannerDB,
  state: PlanState,
  now: number,
  scope: ReplanScope = 'keep-week'
): Promise<ScheduleReport> {
  return (await replanAndStore(db, state, now, scope)).report
}

/** What a plan operation did: the new report, and what happened to the week ahead when it was kept. */
export interface PlanChange {
  readonly report: ScheduleReport
  readonly week?: KeptWeek
  /** The plan's sessions as this change stored them: a screen can show them at once instead of reading them back. */
  readonly sessions?: readonly SessionRecord[]
}

/** As {@link replan}, and also says what happened to the week ahead. */
export async function replanAndStore(
  db: PlannerDB,
  state: PlanState,
  now: number,
  scope: ReplanScope
): Promise<PlanChange> {
  const result = replanRecords(state, now, scope)
  if (!result.ok) return failWith('cannot-plan', result.error.ref ?? result.error.message, result.error.field)
  refuseHistoryOffRoadmap(result.sessions, state.roadmap)
  // Only weeks whose sessions differ are written: a re-plan often moves few sessions.
  await replacePlanRows(db, SESSIONS, state.plan.id, result.sessions, state.storedSessionWeeks)
  await db.plans.put({ ...state.plan, report: result.report, updatedAtMs: now })
  const change = { report: result.report, sessions: result.sessions }
  return result.week === undefined ? change : { ...change, week: result.week }
}

/**
 * Fails 'cannot-plan' when a session kept as history (skipped or missed; done ones the engine already refuses) is on a
 * topic `roadmap` does not have: a backup refuses such a session, so every export after the change would fail.
 */
function refuseHistoryOffRoadmap(sessions: readonly SessionRecord[], roadmap: Roadmap): void {
  const topics = new Set(allTopics(roadmap).map((entry) => entry.topic.id))
  const orphaned = [
    ...new Set(
      sessions
        .filter((session) => session.topicId !== NO_TOPIC && !topics.has(session.topicId))
        .map((session) => session.topicId)
    )
  ]
  if (orphaned.length === 0) return
  const named = orphaned
    .slice(0, 3)
    .map((id) => quoted(id))
    .join(', ')
  failWith(
    'cannot-plan',
    dbText()('common.operations.historyOffRoadmap', { topics: named, count: orphaned.length }),
    'roadmap'
  )
}

/**
 * Re-plans every plan that uses `roadmapId` (except `exceptPlanId`) after the roadmap changed, in the caller's
 * transaction. Fails 'cannot-plan', naming the plan, when one cannot use the roadmap (e.g. a removed topic has done
 * sessions in it). Resolves the ids of the plans it re-planned.
 */
export async function replanRoadmapUsers(
  db: PlannerDB,
  roadmapId: string,
  now: number,
  exceptPlanId?: string
): Promise<string[]> {
  const replanned: string[] = []
  for (const plan of await db.plans.where('roadmapId').equals(roadmapId).toArray()) {
    if (plan.id === exceptPlanId) continue
    const state = await loadPlanState(db, plan.id)
    try {
      await replan(db, state, now)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      failWith(
        'cannot-plan',
        dbText()('common.operations.planCannotUseRoadmap', { title: plan.title, detail }),
        `plans.${plan.id}`
      )
    }
    replanned.push(plan.id)
  }
  return replanned
}

/** Undo steps kept per plan: a working session's worth, without keeping every old plan forever. */
export const MAX_UNDO_STEPS = 20

/**
 * Starts the plan's undo step for the operation running in the caller's transaction: the plan record as it is now
 * (with `roadmap`, the roadmap record as it was, when the operation edits it), and then each week bucket of the plan
 * the transaction writes, as it was (see undoJournal.ts). Call it before the operation writes anything. Drops the
 * oldest steps beyond {@link MAX_UNDO_STEPS}.
 */
export async function journal(
  db: PlannerDB,
  state: { readonly plan: PlanRecord },
  label: UndoLabel,
  now: number,
  roadmap?: RoadmapRecord
): Promise<void> {
  const planId = state.plan.id
  await beginUndoStep(db, state.plan, label, now, roadmap)
  const steps = await db.undoSteps.where('planId').equals(planId).primaryKeys()
  if (steps.length > MAX_UNDO_STEPS) await db.undoSteps.bulkDelete(steps.slice(0, steps.length - MAX_UNDO_STEPS))
}

/** The newest step of a plan's undo history, or undefined. */
export function latestUndoStep(db: PlannerDB, planId: string): Promise<UndoStepRecord | undefined> {
  return db.undoSteps.where('planId').equals(planId).last()
}
