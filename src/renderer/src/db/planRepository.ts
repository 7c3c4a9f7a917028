// Plan lifecycle: create a plan from a roadmap and availability, regenerate it, respond to missed sessions, delete it; reads for the hooks.
import { Dexie } from 'dexie'
import type { Availability } from '../../../shared/domain/availability'
import type { PlanSettings } from '../../../shared/domain/plan'
import type { Roadmap } from '../../../shared/domain/roadmap'
import type { ScheduleReport } from '../../../shared/domain/schedule'
import type { LocalDate } from '../../../shared/domain/time'
import { diffSessions, previewMissedOptions, type MissedOptionPreview, type SessionChange } from '../../../shared/scheduling/missed'
import { isMissed, type ReplanScope } from '../../../shared/scheduling/replan'
import { failWith, runOperation, type OperationResult } from './operationResult'
import { journal, loadPlanState, planTables, replanAndStore, replanRecords, storedPlanOf, toEngineSession } from './planState'
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

/** Missed sessions the learner has not dealt with yet: not logged, and not covered by a catch-up option they applied. */
export function unresolvedMissed(plan: PlanRecord, sessions: readonly SessionRecord[], now: number): SessionRecord[] {
  const settledAt = plan.missedSettledAtMs ?? -Infinity
  return sessions.filter((session) => isMissed(session, now) && session.endMs > settledAt)
}

/** What "Re-plan this week" would do: the sessions that change and the finish date before and after. */
export interface WeekReplanPreview {
  readonly changed: readonly SessionChange[]
  readonly finishDateBefore: LocalDate | null
  readonly finishDateAfter: LocalDate | null
}

/** How a plan change treats the week ahead: a change to the learner's time (or its zone) may reshape it. */
function scopeOfChange(plan: PlanRecord, change: { settings?: PlanSettings; availability?: Availability }): ReplanScope {
  const timeChanged = change.availability !== undefined && JSON.stringify(change.availability) !== JSON.stringify(plan.availability)
  const zoneChanged = change.settings !== undefined && change.settings.timeZone !== plan.settings.timeZone
  return timeChanged || zoneChanged ? 'fill-week' : 'keep-week'
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
          const { report } = await replanAndStore(db, { plan, roadmap, sessions: [], studyLog: [], reviews: [] }, now, 'new-week')
          return { planId: plan.id, report }
        })
      )
    },

    /** What "Re-plan this week" would change at `now`, against the plan as it stands. Writes nothing. */
    previewReplanWeek(planId: string, now: number): Promise<OperationResult<WeekReplanPreview>> {
      return runOperation(async () => {
        const state = await db.transaction('r', planTables(db), () => loadPlanState(db, planId))
        const result = replanRecords(state, now, 'new-week')
        if (!result.ok) return failWith('cannot-plan', result.error.message, result.error.field)
        return {
          changed: diffSessions(state.sessions.map(toEngineSession), result.sessions.map(toEngineSession)),
          finishDateBefore: state.plan.report?.finishDate ?? null,
          finishDateAfter: result.report.finishDate
        }
      })
    },

    /**
     * Plans the week ahead afresh, in one transaction: keeps done, skipped, missed and pinned sessions and places
     * everything else again from `now`, inside the week ahead too. Undoable.
     */
    replanWeek(planId: string, now: number): Promise<OperationResult<PlanOutcome>> {
      return runOperation(() =>
        db.transaction('rw', planTables(db), async () => {
          const state = await loadPlanState(db, planId)
          await journal(db, state, 'Re-plan this week', now)
          return { planId, report: (await replanAndStore(db, state, now, 'new-week')).report }
        })
      )
    },

    /**
     * Changes the plan's settings and/or availability and re-plans, in one transaction. The week ahead stays as it is,
     * except that a change to the learner's time (availability or time zone) lets go of sessions no longer inside it
     * and may use new free time. Undoable.
     */
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
          return { planId, report: (await replanAndStore(db, { ...state, plan }, now, scopeOfChange(state.plan, change))).report }
        })
      )
    },

    /**
     * Previews the engine's responses to missed sessions not yet dealt with (re-flow, a higher daily cap, dropping
     * optional topics, a later target), each with its finish date and what it changes. Writes nothing.
     */
    previewMissed(planId: string, now: number): Promise<OperationResult<MissedSessionsPreview>> {
      return runOperation(async () => {
        const state = await db.transaction('r', planTables(db), () => loadPlanState(db, planId))
        const previousFinishDate = state.plan.report?.finishDate ?? null
        const preview = previewMissedOptions(storedPlanOf(state), now, previousFinishDate)
        if (!preview.ok) return failWith('cannot-plan', preview.error.message, preview.error.field)
        return { missedCount: unresolvedMissed(state.plan, state.sessions, now).length, previousFinishDate, options: preview.options }
      })
    },

    /**
     * Adopts a previewed option: its settings and availability, with the missed work placed again from `now`. The
     * missed sessions stay in the calendar (they can still be logged) but no longer wait for an answer. Undoable.
     */
    applyMissedOption(planId: string, option: MissedOptionPreview, now: number): Promise<OperationResult<PlanOutcome>> {
      return runOperation(() =>
        db.transaction('rw', planTables(db), async () => {
          const state = await loadPlanState(db, planId)
          await journal(db, state, 'Catch up on missed sessions', now)
          const plan = { ...state.plan, settings: option.settings, availability: option.availability, missedSettledAtMs: now }
          return { planId, report: (await replanAndStore(db, { ...state, plan }, now, option.scope)).report }
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
