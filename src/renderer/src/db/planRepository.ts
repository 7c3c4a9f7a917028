// Plan lifecycle: create a plan from a roadmap and availability, regenerate it, respond to missed sessions, delete it; reads for the hooks.
import { Dexie } from 'dexie'
import type { Availability } from '../../../shared/domain/availability'
import type { PlanSettings } from '../../../shared/domain/plan'
import type { Roadmap } from '../../../shared/domain/roadmap'
import type { ScheduleReport } from '../../../shared/domain/schedule'
import type { Session } from '../../../shared/domain/session'
import type { LocalDate } from '../../../shared/domain/time'
import { previewMissedOptions, type MissedOptionPreview } from '../../../shared/scheduling/missed'
import { failWith, runOperation, type OperationResult } from './operationResult'
import { journal, loadPlanState, planTables, progressOf, replan } from './planState'
import type { PlannerDB, PlanRecord, SessionRecord } from './PlannerDB'
import { deletePlanRows, findSession, readPlanRows, REVIEWS, SESSIONS, STUDY_LOG } from './planRows'
import { storeRoadmapForPlan } from './roadmapStore'

/** What a new plan is made of. */
export interface NewPlan {
  readonly roadmap: Roadmap
  readonly availability: Availability
  readonly settings: PlanSettings
  /** Shown in lists; the roadmap's title when absent. */
  readonly title?: string
  /** Reminder lead time in minutes, null for none; 10 when absent. */
  readonly reminderLeadMinutes?: number | null
}

/** A created or regenerated plan's id and the engine's report on it. */
export interface PlanOutcome {
  readonly planId: string
  readonly report: ScheduleReport
}

/** What the missed-sessions prompt shows. */
export interface MissedSessionsPreview {
  readonly missedCount: number
  readonly previousFinishDate: LocalDate | null
  readonly options: readonly MissedOptionPreview[]
}

/** A planned, unpinned session that ended without being done or skipped. */
export function isMissed(session: SessionRecord, now: number): boolean {
  return session.status === 'planned' && !session.pinned && session.endMs <= now
}

function toEngineSession({ planId: _planId, sessionId, ...session }: SessionRecord): Session {
  return { ...session, id: sessionId }
}

/** Longest session the engine makes (its session maximum is at most a day): how far back a range query looks. */
const LONGEST_SESSION_MS = 86_400_000

/** Creates the plan repository over `db`. Writes are single transactions; errors leave the database unchanged. */
export function createPlanRepository(db: PlannerDB, newId: () => string = () => crypto.randomUUID()) {
  return {
    /**
     * Stores the roadmap (reusing an identical stored one, or keeping a changed one as a copy with a new id), creates
     * the plan and places its sessions, all in one transaction. Fails 'cannot-plan' naming the field the engine refused.
     */
    createPlan(input: NewPlan, now: number): Promise<OperationResult<PlanOutcome>> {
      return runOperation(() =>
        db.transaction('rw', planTables(db), async () => {
          const roadmap = await storeRoadmapForPlan(db, input.roadmap, now)
          const plan: PlanRecord = {
            id: `plan-${newId()}`,
            title: input.title ?? roadmap.title,
            roadmapId: roadmap.id,
            settings: input.settings,
            availability: input.availability,
            reminderLeadMinutes: input.reminderLeadMinutes === undefined ? 10 : input.reminderLeadMinutes,
            report: null,
            createdAtMs: now,
            updatedAtMs: now
          }
          await db.plans.add(plan)
          const report = await replan(db, { plan, roadmap, sessions: [], studyLog: [], reviews: [] }, now)
          return { planId: plan.id, report }
        })
      )
    },

    /** Re-plans in one transaction: keeps done, skipped and pinned sessions, re-flows the rest from `now`. Undoable. */
    regenerate(planId: string, now: number): Promise<OperationResult<PlanOutcome>> {
      return runOperation(() =>
        db.transaction('rw', planTables(db), async () => {
          const state = await loadPlanState(db, planId)
          await journal(db, state, 'Regenerate', now)
          return { planId, report: await replan(db, state, now) }
        })
      )
    },

    /** Changes the plan's settings and/or availability and re-plans, in one transaction. Undoable. */
    updatePlan(
      planId: string,
      change: { settings?: PlanSettings; availability?: Availability; title?: string; reminderLeadMinutes?: number | null },
      now: number,
      label = 'Change plan'
    ): Promise<OperationResult<PlanOutcome>> {
      return runOperation(() =>
        db.transaction('rw', planTables(db), async () => {
          const state = await loadPlanState(db, planId)
          await journal(db, state, label, now)
          const plan = { ...state.plan, ...definedOnly(change) }
          return { planId, report: await replan(db, { ...state, plan }, now) }
        })
      )
    },

    /**
     * Previews the engine's responses to planned sessions that ended without being done (re-flow, a higher daily cap,
     * dropping optional topics, a later target), each with its finish date. Writes nothing.
     */
    previewMissed(planId: string, now: number): Promise<OperationResult<MissedSessionsPreview>> {
      return runOperation(async () => {
        const state = await db.transaction('r', planTables(db), () => loadPlanState(db, planId))
        const missed = state.sessions.filter((session) => isMissed(session, now)).map(toEngineSession)
        // The previous plan is rebuilt from the input it was made with (its own `now`), so each option lists its changes.
        const previousInput = { roadmap: state.roadmap, availability: state.plan.availability, settings: state.plan.settings, progress: progressOf(state.sessions, state.reviews), now: state.plan.updatedAtMs }
        const preview = previewMissedOptions(previousInput, missed, now)
        if (!preview.ok) return failWith('cannot-plan', preview.error.message, preview.error.field)
        return { missedCount: missed.length, previousFinishDate: preview.previousFinishDate, options: preview.options }
      })
    },

    /** Adopts a previewed option: its settings and availability, with the missed work re-flowed from `now`. Undoable. */
    applyMissedOption(planId: string, option: MissedOptionPreview, now: number): Promise<OperationResult<PlanOutcome>> {
      return runOperation(() =>
        db.transaction('rw', planTables(db), async () => {
          const state = await loadPlanState(db, planId)
          await journal(db, state, 'Re-plan missed sessions', now)
          const plan = { ...state.plan, settings: option.input.settings, availability: option.input.availability }
          return { planId, report: await replan(db, { ...state, plan }, now) }
        })
      )
    },

    /** Deletes a plan with its sessions, study log, ratings, notes and undo step (its roadmap stays). */
    deletePlan(planId: string): Promise<OperationResult<void>> {
      return runOperation(() =>
        db.transaction('rw', [...planTables(db), db.notes], async () => {
          if (!(await db.plans.get(planId))) failWith('not-found', `There is no plan "${planId}".`)
          await Promise.all([
            deletePlanRows(db, SESSIONS, planId),
            deletePlanRows(db, STUDY_LOG, planId),
            deletePlanRows(db, REVIEWS, planId),
            db.undoSteps.where('planId').equals(planId).delete(),
            db.notes.where('[planId+topicId]').between([planId, Dexie.minKey], [planId, Dexie.maxKey]).delete(),
            db.plans.delete(planId)
          ])
        })
      )
    },

    /** Every plan, oldest first. */
    listPlans(): Promise<PlanRecord[]> {
      return db.plans.toArray().then((plans) => plans.sort((a, b) => a.createdAtMs - b.createdAtMs))
    },

    getPlan(planId: string): Promise<PlanRecord | undefined> {
      return db.plans.get(planId)
    },

    /** Sessions of a plan overlapping [fromMs, toMs), by start time (all statuses). */
    async sessionsBetween(planId: string, fromMs: number, toMs: number): Promise<SessionRecord[]> {
      const rows = await readPlanRows(db, SESSIONS, planId, fromMs - LONGEST_SESSION_MS, toMs)
      return rows.filter((session) => session.endMs > fromMs)
    },

    /** Every session of a plan, by start time. */
    allSessions(planId: string): Promise<SessionRecord[]> {
      return readPlanRows(db, SESSIONS, planId)
    },

    getSession(id: string): Promise<SessionRecord | undefined> {
      return db.transaction('r', [db.plans, db.sessionWeeks], () => findSession(db, id))
    }
  }
}

/** The plan repository's API. */
export type PlanRepository = ReturnType<typeof createPlanRepository>

function definedOnly<T extends object>(change: T): Partial<T> {
  return Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)) as Partial<T>
}
