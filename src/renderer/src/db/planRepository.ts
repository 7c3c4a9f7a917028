// Plan lifecycle: create a plan, regenerate it, respond to missed sessions, rename, archive, move it to another roadmap, delete it; reads for the hooks.
import { Dexie } from 'dexie'
import type { Availability } from '../../../shared/domain/availability'
import type { PlanSettings } from '../../../shared/domain/plan'
import type { Roadmap } from '../../../shared/domain/roadmap'
import type { ScheduleReport } from '../../../shared/domain/schedule'
import type { LocalDate } from '../../../shared/domain/time'
import {
  diffSessions,
  previewMissedOptions,
  type MissedOptionPreview,
  type SessionChange
} from '../../../shared/scheduling/missed'
import { isMissed, type ReplanScope } from '../../../shared/scheduling/replan'
import { DAY_MS } from '../../../shared/time'
import { failWith, runOperation, type OperationResult } from './operationResult'
import { runPlanAction } from './planAction'
import {
  loadPlanState,
  planTables,
  replanAndStore,
  replanRecords,
  storedPlanOf,
  toEngineSession,
  type PlanChange
} from './planState'
import type { PlannerDB, PlanRecord, SessionRecord } from './PlannerDB'
import { deletePlanRows, findSession, readPlanRows, REVIEWS, SESSIONS, STUDY_LOG } from './planRows'
import { roadmapOfItsOwn, storeRoadmapForPlan } from './roadmapStore'
import { settingsForRoadmap, topicsWithWorkMissingFrom } from './roadmapSwitch'
import { dumpAll } from './backupRepository'
import { backupRoomProblem } from './backupBudget'
import { serializeBackup } from '../../../shared/backup/backupFile'
import { FILE_LIMITS } from '../../../shared/backup/limits'
import { UNDO_LABELS, type UndoLabel } from './undoLabels'
import { dbText, quoted } from './dbText'

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

/** A change to a plan's choices, as Settings' plan section and the missed-session options make it. */
export interface PlanEdit {
  readonly settings?: PlanSettings
  readonly availability?: Availability
  readonly title?: string
  readonly reminderLeadMinutes?: number | null
}

/** What a plan change would do: the plan's report now and after it, and the sessions a learner would see change. */
export interface PlanChangePreview {
  readonly reportBefore: ScheduleReport | null
  readonly reportAfter: ScheduleReport
  readonly changed: readonly SessionChange[]
}

/** How a plan change treats the week ahead: a change to the learner's time (or its zone) may reshape it. */
function scopeOfChange(plan: PlanRecord, change: PlanEdit): ReplanScope {
  const timeChanged =
    change.availability !== undefined && JSON.stringify(change.availability) !== JSON.stringify(plan.availability)
  const zoneChanged = change.settings !== undefined && change.settings.timeZone !== plan.settings.timeZone
  return timeChanged || zoneChanged ? 'fill-week' : 'keep-week'
}

/** Longest session the engine makes (its session maximum is at most a day): how far back a range query looks. */
const LONGEST_SESSION_MS = DAY_MS

/** Creates the plan repository over `db`. Writes are single transactions; errors leave the database unchanged. */
export function createPlanRepository(db: PlannerDB, newId: () => string = () => crypto.randomUUID()) {
  return {
    /**
     * Stores the roadmap (reusing an identical stored one, or keeping a changed one as a copy with a new id), creates
     * the plan and places its sessions, all in one transaction. Fails 'cannot-plan' naming the field the engine refused.
     */
    async createPlan(input: NewPlan, now: number): Promise<OperationResult<PlanOutcome>> {
      // The plan's sessions are not known yet: its roadmap and availability stand for its size.
      const room = await backupRoomProblem(db, JSON.stringify(input).length, { kind: 'newPlan' })
      if (room) return { ok: false, error: room }
      return runOperation(() =>
        db.transaction('rw', planTables(db), async () => {
          const roadmap = await roadmapOfItsOwn(db, await storeRoadmapForPlan(db, input.roadmap, now), now)
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
          const { report } = await replanAndStore(
            db,
            { plan, roadmap, sessions: [], studyLog: [], reviews: [] },
            now,
            'new-week'
          )
          return { planId: plan.id, report }
        })
      )
    },

    /** What "Re-plan this week" would change at `now`, against the plan as it stands. Writes nothing. */
    previewReplanWeek(planId: string, now: number): Promise<OperationResult<WeekReplanPreview>> {
      return runOperation(async () => {
        const state = await db.transaction('r', planTables(db), () => loadPlanState(db, planId))
        const result = replanRecords(state, now, 'new-week')
        if (!result.ok) return failWith('cannot-plan', result.error.ref ?? result.error.message, result.error.field)
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
      return runPlanAction(
        db,
        { planId },
        { label: UNDO_LABELS.replanWeek, now, change: (state) => ({ state, scope: 'new-week' }) }
      ).then(outcomeOf(planId))
    },

    /**
     * What {@link updatePlan} with `change` would do at `now`: the same re-plan, stored nowhere. Fails 'cannot-plan',
     * naming the field, when the engine would refuse the changed plan (e.g. no study time left, a target before the start).
     */
    previewPlanChange(planId: string, change: PlanEdit, now: number): Promise<OperationResult<PlanChangePreview>> {
      return runOperation(async () => {
        const state = await db.transaction('r', planTables(db), () => loadPlanState(db, planId))
        const plan = { ...state.plan, ...definedOnly(change) }
        const result = replanRecords({ ...state, plan }, now, scopeOfChange(state.plan, change))
        if (!result.ok) return failWith('cannot-plan', result.error.ref ?? result.error.message, result.error.field)
        return {
          reportBefore: state.plan.report,
          reportAfter: result.report,
          changed: diffSessions(state.sessions.map(toEngineSession), result.sessions.map(toEngineSession))
        }
      })
    },

    /**
     * Changes the plan's settings and/or availability and re-plans, in one transaction. The week ahead stays as it is,
     * except that a change to the learner's time (availability or time zone) lets go of sessions no longer inside it
     * and may use new free time. Undoable.
     */
    updatePlan(
      planId: string,
      change: PlanEdit,
      now: number,
      label: UndoLabel = UNDO_LABELS.changePlan
    ): Promise<OperationResult<PlanOutcome>> {
      // A title or reminder lead does not move any session: no re-plan, and the sessions need not be read.
      const movesNothing = change.settings === undefined && change.availability === undefined
      return runPlanAction(
        db,
        { planId },
        {
          label,
          now,
          change: (state) => ({
            state: { ...state, plan: { ...state.plan, ...definedOnly(change) } },
            scope: scopeOfChange(state.plan, change)
          }),
          ...(movesNothing ? { changeRecord: (plan: PlanRecord) => ({ ...plan, ...definedOnly(change) }) } : {})
        }
      ).then(outcomeOf(planId))
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
        if (!preview.ok) return failWith('cannot-plan', preview.error.ref ?? preview.error.message, preview.error.field)
        return {
          missedCount: unresolvedMissed(state.plan, state.sessions, now).length,
          previousFinishDate,
          options: preview.options
        }
      })
    },

    /**
     * Adopts a previewed option: its settings and availability, with the missed work placed again from `now`. The
     * missed sessions stay in the calendar (they can still be logged) but no longer wait for an answer. Undoable.
     */
    applyMissedOption(planId: string, option: MissedOptionPreview, now: number): Promise<OperationResult<PlanOutcome>> {
      return runPlanAction(
        db,
        { planId },
        {
          label: UNDO_LABELS.catchUp,
          now,
          change: (state) => ({
            state: {
              ...state,
              plan: {
                ...state.plan,
                settings: option.settings,
                availability: option.availability,
                missedSettledAtMs: now
              }
            },
            scope: option.scope
          })
        }
      ).then(outcomeOf(planId))
    },

    /**
     * Deletes a plan with its sessions, study log, ratings, notes and undo steps (its roadmap stays), after keeping a
     * backup of all data as the snapshot {@link BEFORE_DELETE_SNAPSHOT}, in the same transaction: the plan is never
     * gone without that copy. Resolves the snapshot's backup text, for the platform to keep outside the database too.
     */
    deletePlan(planId: string, now: number = Date.now()): Promise<OperationResult<string>> {
      return runOperation(() =>
        db.transaction('rw', [...planTables(db), db.notes, db.settings, db.snapshots], async () => {
          if (!(await db.plans.get(planId))) failWith('not-found', dbText()('common.operations.noPlan', { id: planId }))
          const backup = serializeBackup(await dumpAll(db), now)
          await db.snapshots.put({ id: BEFORE_DELETE_SNAPSHOT, takenAtMs: now, text: backup })
          await Promise.all([
            deletePlanRows(db, SESSIONS, planId),
            deletePlanRows(db, STUDY_LOG, planId),
            deletePlanRows(db, REVIEWS, planId),
            db.undoSteps.where('planId').equals(planId).delete(),
            db.notes.where('[planId+topicId]').between([planId, Dexie.minKey], [planId, Dexie.maxKey]).delete(),
            db.plans.delete(planId)
          ])
          return backup
        })
      )
    },

    /** Gives a plan a new name (trimmed); fails 'invalid', changing nothing, for an empty or overlong one. */
    renamePlan(planId: string, title: string, now: number): Promise<OperationResult<void>> {
      return runOperation(() =>
        db.transaction('rw', db.plans, async () => {
          const name = title.trim()
          if (name === '') failWith('invalid', dbText()('common.operations.planName'), 'title')
          if (name.length > FILE_LIMITS.maxTitleLength)
            failWith(
              'invalid',
              dbText()('common.operations.planNameLength', { max: FILE_LIMITS.maxTitleLength + 1 }),
              'title'
            )
          if ((await db.plans.update(planId, { title: name, updatedAtMs: now })) === 0)
            failWith('not-found', dbText()('common.operations.noPlan', { id: planId }))
        })
      )
    },

    /** Archives a plan (it keeps its data, leaves the switcher and sends no reminders) or brings it back. */
    setArchived(planId: string, archived: boolean, now: number): Promise<OperationResult<void>> {
      return runOperation(() =>
        db.transaction('rw', db.plans, async () => {
          const plan = await db.plans.get(planId)
          if (!plan) return failWith('not-found', dbText()('common.operations.noPlan', { id: planId }))
          const { archivedAtMs: _was, ...rest } = plan
          await db.plans.put(
            archived ? { ...rest, archivedAtMs: now, updatedAtMs: now } : { ...rest, updatedAtMs: now }
          )
        })
      )
    },

    /**
     * Moves a plan onto another stored roadmap (e.g. one just imported; a copy of it when another plan follows it) and
     * plans it afresh from `now`, the week ahead included, in one transaction; other plans on the old roadmap do not
     * change. Track choices and known topics the new roadmap lacks are dropped. Refuses, changing nothing, when work
     * the learner logged (done, pinned or rated topics) is on topics the new roadmap does not have. Undoable.
     */
    switchRoadmap(
      planId: string,
      roadmapId: string,
      now: number,
      label: UndoLabel = UNDO_LABELS.replaceRoadmap
    ): Promise<OperationResult<PlanOutcome>> {
      return runPlanAction(
        db,
        { planId },
        {
          label,
          now,
          change: async (state) => {
            const target = await db.roadmaps.get(roadmapId)
            if (!target) return failWith('not-found', dbText()('common.operations.noRoadmap', { id: roadmapId }))
            const orphaned = topicsWithWorkMissingFrom(state, target.roadmap)
            if (orphaned.length > 0) failWith('invalid', orphanedWorkText(target.roadmap.title, orphaned), 'roadmap')
            const roadmap = await roadmapOfItsOwn(db, target.roadmap, now, planId)
            const plan = {
              ...state.plan,
              roadmapId: roadmap.id,
              settings: settingsForRoadmap(state.plan.settings, roadmap)
            }
            return { state: { ...state, plan, roadmap }, scope: 'new-week' }
          }
        }
      ).then(outcomeOf(planId))
    },

    /** Every plan, oldest first. */
    listPlans(): Promise<PlanRecord[]> {
      // Plans made in the same millisecond (a fixed test clock, a restore) keep one order: by title, then id.
      return db.plans
        .toArray()
        .then((plans) =>
          plans.sort(
            (a, b) => a.createdAtMs - b.createdAtMs || a.title.localeCompare(b.title) || a.id.localeCompare(b.id)
          )
        )
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

/** Id of the snapshot kept in the database just before a plan was deleted (the latest deletion's). */
export const BEFORE_DELETE_SNAPSHOT = 'before-delete'

/** Why a plan cannot move onto a roadmap, in the learner's words: what is wrong and what to do instead. */
function orphanedWorkText(roadmapTitle: string, topics: readonly string[]): string {
  const named = topics
    .slice(0, 3)
    .map((title) => quoted(title))
    .join(', ')
  return dbText()('common.operations.orphanedWork', {
    roadmap: roadmapTitle,
    count: topics.length,
    topics: named,
    more: Math.max(0, topics.length - 3)
  })
}

/** The plan repository's API. */
export type PlanRepository = ReturnType<typeof createPlanRepository>

/** A plan action's result as the plan repository's callers take it: the plan's id and its new report. */
function outcomeOf(planId: string) {
  return (result: OperationResult<PlanChange>): OperationResult<PlanOutcome> =>
    result.ok ? { ok: true, value: { planId, report: result.value.report } } : result
}

function definedOnly<T extends object>(change: T): Partial<T> {
  return Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)) as Partial<T>
}
