// Quick add: the learner adds an ad-hoc session (a topic or free text) at a chosen time, or deletes one they added.
import { quickAddSession, type QuickAddDraft } from '../../../shared/scheduling/quickAdd'
import { sessionRecordId } from '../../../shared/backup/records'
import { failWith, type OperationResult } from './operationResult'
import { runPlanAction } from './planAction'
import { toEngineSession, toSessionRecord, type PlanChange } from './planState'
import type { PlannerDB } from './PlannerDB'
import { UNDO_LABELS } from './undoLabels'
import { dbText } from './dbText'

/** What adding a session did: the plan change, and the new session's record id (to open it). */
export interface AddedSession extends PlanChange {
  readonly id: string
}

/**
 * Creates the quick-add repository over `db`. Each operation is one undoable transaction that re-plans the plan around
 * the change, keeping the rest of the week ahead as it is.
 */
export function createQuickAddRepository(db: PlannerDB, newId: () => string = () => crypto.randomUUID()) {
  return {
    /**
     * Adds a pinned, ad-hoc session to plan `planId`: on a roadmap topic it counts as work on that topic, free text
     * (NO_TOPIC with a title) only blocks its time. Refuses bad input ('invalid', naming the field) and stores nothing.
     */
    async addSession(planId: string, draft: QuickAddDraft, now: number): Promise<OperationResult<AddedSession>> {
      const sessionId = `quick-${newId()}`
      const result = await runPlanAction(
        db,
        { planId },
        {
          label: UNDO_LABELS.addSession,
          now,
          change: (state) => {
            const checked = quickAddSession(draft, {
              id: sessionId,
              roadmap: state.roadmap,
              timeZone: state.plan.settings.timeZone,
              sessions: state.sessions.map(toEngineSession),
              now
            })
            if (!checked.ok) return failWith('invalid', checked.message, checked.field)
            return {
              state: { ...state, sessions: [...state.sessions, toSessionRecord(planId, checked.session)] },
              scope: 'keep-week'
            }
          }
        }
      )
      return result.ok ? { ok: true, value: { ...result.value, id: sessionRecordId(planId, sessionId) } } : result
    },

    /**
     * Deletes a session the learner added with quick add (planned, missed or skipped; a done one is history) and
     * re-plans: its time is free again, and a topic session's work is planned again. Planned sessions of the plan
     * itself cannot be deleted, only skipped.
     */
    deleteSession(sessionId: string, now: number): Promise<OperationResult<PlanChange>> {
      return runPlanAction(
        db,
        { sessionId },
        {
          label: UNDO_LABELS.deleteSession,
          now,
          change: (state) => {
            const found = state.sessions.find((session) => session.id === sessionId)!
            if (!found.adHoc) failWith('invalid', dbText()('common.operations.deleteOnlyAdded'))
            if (found.status === 'done') failWith('invalid', dbText()('common.operations.deleteDone'))
            return {
              state: { ...state, sessions: state.sessions.filter((session) => session !== found) },
              scope: 'keep-week'
            }
          }
        }
      )
    }
  }
}

/** The quick-add repository's API. */
export type QuickAddRepository = ReturnType<typeof createQuickAddRepository>
