// One learner action on one plan, done the same way every time: load, open its undo step, change, re-plan, store, all
// in one transaction (a refusal anywhere aborts it, undo step included, so the database is as it was).
import type { ReplanScope } from '../../../shared/scheduling/replan'
import { failWith, runOperation, type OperationResult } from './operationResult'
import { journal, loadPlanState, planTables, replanAndStore, type PlanChange, type PlanState } from './planState'
import type { PlannerDB, PlanRecord } from './PlannerDB'
import type { UndoLabel } from './undoLabels'
import { dbText } from './dbText'

/** The plan an action is on: by its id, or the plan holding a session (by the session's id, `<planId>/<sessionId>`). */
export type PlanTarget = { readonly planId: string } | { readonly sessionId: string }

/** The plan as an action leaves it (before the re-plan), and how re-planning it treats the week ahead. */
export interface PlanStep {
  readonly state: PlanState
  readonly scope: ReplanScope
}

/** What a learner action is: its undo label, its instant, and what it changes. */
export interface PlanAction {
  readonly label: UndoLabel
  readonly now: number
  /**
   * Checks the action against the plan as loaded (throwing an OperationFailure to refuse it) and returns the plan as
   * it leaves it. Runs after the undo step is open, so records it writes itself that the re-plan does not (a
   * study-log line, a rating) are noted in the step and undone with the rest.
   */
  readonly change: (state: PlanState) => PlanStep | Promise<PlanStep>
  /**
   * For a change that moves no session (a title, a reminder lead): the plan record as it leaves it. Then only the plan
   * record is read and written, no re-plan; a plan without a report yet goes through `change` instead.
   */
  readonly changeRecord?: (plan: PlanRecord) => PlanRecord
}

/**
 * Runs a learner action on a plan in one transaction: loads the plan's state, opens its undo step labelled
 * `action.label`, applies `action.change`, re-plans at `action.now` and stores what differs. Resolves the new report,
 * the week ahead's fate and the stored sessions; a refusal resolves `{ ok: false }` with nothing stored.
 */
export function runPlanAction(
  db: PlannerDB,
  target: PlanTarget,
  action: PlanAction
): Promise<OperationResult<PlanChange>> {
  const { label, now, changeRecord } = action
  return runOperation(() =>
    db.transaction('rw', planTables(db), async () => {
      if (changeRecord && 'planId' in target) {
        // Nothing to re-plan: the sessions need not be read.
        const plan = await db.plans.get(target.planId)
        if (plan?.report) {
          await journal(db, { plan }, label, now)
          await db.plans.put({ ...changeRecord(plan), updatedAtMs: now })
          return { report: plan.report }
        }
      }
      const state =
        'planId' in target ? await loadPlanState(db, target.planId) : await loadSessionPlan(db, target.sessionId)
      await journal(db, state, label, now)
      const step = await action.change(state)
      return replanAndStore(db, step.state, now, step.scope)
    })
  )
}

/**
 * The state of the plan holding the session with global id `sessionId`, reading the plan's sessions once (the re-plan
 * needs them anyway); fails 'not-found'. More than one plan id can prefix it: the one that has the session wins.
 */
async function loadSessionPlan(db: PlannerDB, sessionId: string): Promise<PlanState> {
  for (const planId of (await db.plans.toCollection().primaryKeys()).filter((id) => sessionId.startsWith(`${id}/`))) {
    const state = await loadPlanState(db, planId)
    if (state.sessions.some((session) => session.id === sessionId)) return state
  }
  return failWith('not-found', dbText()('common.operations.noSession', { id: sessionId }))
}
