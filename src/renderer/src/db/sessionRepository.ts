// What the learner does with sessions: mark done (with actual minutes, and a rating for a review), skip, move (pins it), rate a review, undo.
import type { RecallRating } from '../../../shared/domain/plan'
import {
  applySessionActionToPlan,
  isActualMinutes,
  isRecallRating,
  type SessionAction
} from '../../../shared/scheduling/sessionActions'
import { messageRef } from '../../../shared/i18n/ref'
import { failWith, operationError, runOperation, type OperationResult } from './operationResult'
import { runPlanAction } from './planAction'
import { latestUndoStep, planTables, replanRoadmapUsers, type PlanChange } from './planState'
import type { PlannerDB, ReviewRow, SessionRecord, StudyLogRecord } from './PlannerDB'
import { addPlanRows, readPlanRows, REVIEWS, SESSIONS, STUDY_LOG } from './planRows'
import { refuseLostNotes } from './roadmapRepository'
import { revertUndoStep } from './undoJournal'
import { UNDO_LABELS, type UndoLabel } from './undoLabels'
import { dbText } from './dbText'

/**
 * Creates the session repository over `db`. Each operation is one transaction that also re-plans the plan, keeping
 * the week ahead as it is (only the session acted on changes there) and re-flowing the rest.
 */
export function createSessionRepository(db: PlannerDB, newId: () => string = () => crypto.randomUUID()) {
  /**
   * Applies the learner's `action` to a session as the calendar's preview does (applySessionActionToPlan), writes the
   * study-log line and rating it records, and re-plans, keeping the week ahead: one undo step.
   */
  const actOnSession = (
    sessionId: string,
    label: UndoLabel,
    action: SessionAction,
    now: number
  ): Promise<OperationResult<PlanChange>> =>
    runPlanAction(
      db,
      { sessionId },
      {
        label,
        now,
        change: async (state) => {
          const outcome = applySessionActionToPlan(state.sessions, sessionId, action, now)
          if (!outcome.ok) return failWith('invalid', outcome.message, outcome.where)
          const { session } = outcome
          if (action.kind === 'done') {
            await addPlanRows(db, STUDY_LOG, [
              {
                id: `log-${newId()}`,
                planId: session.planId,
                sessionId: session.id,
                topicId: session.topicId,
                actualMinutes: action.actualMinutes,
                loggedAtMs: now
              }
            ])
          }
          const review = outcome.rating ? { id: `review-${newId()}`, planId: session.planId, ...outcome.rating } : null
          if (review) await addPlanRows(db, REVIEWS, [review])
          // The re-plan stores the changed session with the rest of the plan's sessions.
          return {
            state: {
              ...state,
              sessions: outcome.sessions,
              reviews: review ? [...state.reviews, review] : state.reviews
            },
            scope: 'keep-week'
          }
        }
      }
    )

  return {
    /**
     * Marks a session done with the minutes actually spent (whole minutes, 0-1440), writes a study-log line and
     * re-plans: the topic's remaining work follows from the actual minutes. With `rating` (a finished review asks how
     * well the topic was recalled), the rating is recorded in the same step: one re-plan, one Undo. Undoable.
     */
    markDone(
      sessionId: string,
      actualMinutes: number,
      now: number,
      rating?: RecallRating
    ): Promise<OperationResult<PlanChange>> {
      if (!isActualMinutes(actualMinutes)) {
        return Promise.resolve({
          ok: false,
          error: operationError('invalid', messageRef('errors.session.actualMinutes'), 'actualMinutes')
        })
      }
      return actOnSession(
        sessionId,
        UNDO_LABELS.markDone,
        rating === undefined ? { kind: 'done', actualMinutes } : { kind: 'done', actualMinutes, rating },
        now
      )
    },

    /** Skips a planned session: its slot stays free and its work goes after the week ahead. Undoable. */
    skip(sessionId: string, now: number): Promise<OperationResult<PlanChange>> {
      return actOnSession(sessionId, UNDO_LABELS.skip, { kind: 'skip' }, now)
    },

    /**
     * Moves a planned session to start at `startMs` (keeping its length unless `endMs` is given). It becomes pinned:
     * the engine keeps it exactly there and re-plans the rest around it. Undoable.
     */
    moveSession(sessionId: string, startMs: number, now: number, endMs?: number): Promise<OperationResult<PlanChange>> {
      return actOnSession(
        sessionId,
        UNDO_LABELS.move,
        endMs === undefined ? { kind: 'move', startMs } : { kind: 'move', startMs, endMs },
        now
      )
    },

    /**
     * Records how well the learner recalled a topic on its own (finishing a review records it with markDone instead)
     * and re-plans its reviews. Undoable.
     */
    rateReview(
      planId: string,
      topicId: string,
      rating: RecallRating,
      now: number
    ): Promise<OperationResult<PlanChange>> {
      return runPlanAction(
        db,
        { planId },
        {
          label: UNDO_LABELS.rate,
          now,
          change: async (state) => {
            if (!isRecallRating(rating)) failWith('invalid', dbText()('common.operations.rating'), 'rating')
            const review = { id: `review-${newId()}`, planId, topicId, rating, ratedAtMs: now }
            await addPlanRows(db, REVIEWS, [review])
            return { state: { ...state, reviews: [...state.reviews, review] }, scope: 'keep-week' }
          }
        }
      )
    },

    /** The plan's study log, oldest first (ties by id). */
    async studyLog(planId: string): Promise<StudyLogRecord[]> {
      return readPlanRows(db, STUDY_LOG, planId)
    },

    /** The plan's recall ratings, oldest first. */
    async ratings(planId: string): Promise<ReviewRow[]> {
      return readPlanRows(db, REVIEWS, planId)
    },

    /** The label of the operation Undo would revert next for this plan, or null. */
    async undoLabel(planId: string): Promise<string | null> {
      return (await latestUndoStep(db, planId))?.label ?? null
    },

    /**
     * Puts the plan back exactly as it was before its latest operation still in its undo history, in one
     * transaction; an undone roadmap edit puts the roadmap back too, and re-plans any other plan using it at `now`.
     * Resolves the operation's label and the plan's sessions as they are back (so a screen can show them at once).
     */
    undo(planId: string, now: number): Promise<OperationResult<UndoOutcome>> {
      return runOperation(() =>
        db.transaction('rw', [...planTables(db), db.notes], async () => {
          const step = await latestUndoStep(db, planId)
          if (!step) return failWith('not-found', dbText()('common.operations.nothingToUndo'))
          if (step.roadmap) {
            // Putting an older roadmap back must not orphan notes written since on a topic it lacks (a backup refuses them).
            const current = (await db.roadmaps.get(step.roadmap.id))?.roadmap
            const users = await db.plans.where('roadmapId').equals(step.roadmap.id).primaryKeys()
            if (current) await refuseLostNotes(db, [...new Set([...users, planId])], current, step.roadmap.roadmap)
          } else {
            const plan = await db.plans.get(planId)
            const current = plan ? (await db.roadmaps.get(plan.roadmapId))?.roadmap : undefined
            const previous =
              step.plan.roadmapId === plan?.roadmapId
                ? undefined
                : (await db.roadmaps.get(step.plan.roadmapId))?.roadmap
            if (current && previous) await refuseLostNotes(db, [planId], current, previous)
          }
          await revertUndoStep(db, step)
          if (step.roadmap) {
            // Other plans using the roadmap are re-planned with it; that re-plan is recorded nowhere, so their undo
            // steps (each a change to the state the next one starts from) no longer lead back to a state they had.
            const others = await replanRoadmapUsers(db, step.roadmap.id, now, planId)
            if (others.length > 0) await db.undoSteps.where('planId').anyOf(others).delete()
          }
          await db.undoSteps.delete(step.seq!)
          return { label: step.label, sessions: await readPlanRows(db, SESSIONS, planId) }
        })
      )
    }
  }
}

/** What an undo did: the operation it reverted, and the plan's sessions after it. */
export interface UndoOutcome {
  readonly label: string
  readonly sessions: readonly SessionRecord[]
}

/** The session repository's API. */
export type SessionRepository = ReturnType<typeof createSessionRepository>
