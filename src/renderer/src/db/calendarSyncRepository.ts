// Changes read back from the learner's calendar, applied to the plan as one undo step (issue 21, item 3): a session
// moved there is pinned at its new time, one deleted there is skipped, and busy calendars' events become busy time.
import type { IncomingChanges } from '../../../shared/ipc/calendarSync'
import { applySessionActionToPlan } from '../../../shared/scheduling/sessionActions'
import { mergeBusyWithinLimit } from './busyTimeRepository'
import type { OperationResult } from './operationResult'
import { runPlanAction } from './planAction'
import type { PlannerDB } from './PlannerDB'
import { UNDO_LABELS } from './undoLabels'
import { problemText } from '../../../shared/validation/problemText'
import { dbText } from './dbText'

/** A session whose calendar change the plan could not take (done already, deleted, outside the plan…), and why. */
export interface RefusedChange {
  readonly sessionId: string
  readonly reason: string
}

export interface AppliedChanges {
  readonly moved: number
  readonly skipped: number
  readonly busySources: number
  readonly refused: readonly RefusedChange[]
}

/** The prefix of busy-time sources read from CalDAV calendars (main's busySource). */
export const CALDAV_BUSY_PREFIX = 'caldav:'

export function createCalendarSyncRepository(db: PlannerDB) {
  const repository = {
    /**
     * Applies what came back from the calendar in one transaction with one re-plan and one Undo step ("Undo changes
     * from your calendar"). A change the plan refuses for one session (it was done meanwhile, or is gone) is listed in
     * `refused` and the rest still apply; the calendar then gets the plan's version back on the next publish.
     */
    async applyIncoming(incoming: IncomingChanges, now: number): Promise<OperationResult<AppliedChanges>> {
      const plan = await db.plans.get(incoming.planId)
      const refused: RefusedChange[] = []
      if (!plan) {
        const reason = dbText()('common.operations.noPlan', { id: incoming.planId })
        const all = [...incoming.moved.map((move) => move.sessionId), ...incoming.deleted]
        return {
          ok: true,
          value: { moved: 0, skipped: 0, busySources: 0, refused: all.map((sessionId) => ({ sessionId, reason })) }
        }
      }
      let moved = 0
      let skipped = 0
      const result = await runPlanAction(
        db,
        { planId: incoming.planId },
        {
          label: UNDO_LABELS.calendarChanges,
          now,
          change: (state) => {
            let sessions = state.sessions
            const act = (sessionId: string, action: Parameters<typeof applySessionActionToPlan>[2]) => {
              const outcome = applySessionActionToPlan(sessions, sessionId, action, now)
              if (!outcome.ok) {
                refused.push({ sessionId, reason: problemText(dbText(), outcome.message) })
                return false
              }
              sessions = outcome.sessions
              return true
            }
            for (const move of incoming.moved) {
              if (act(move.sessionId, { kind: 'move', startMs: move.startMs, endMs: move.endMs })) moved++
            }
            for (const sessionId of incoming.deleted) if (act(sessionId, { kind: 'skip' })) skipped++
            let busy = state.plan.availability.busy
            for (const source of incoming.busy) {
              const replacement = {
                source: source.source,
                busy: source.intervals.map((interval) => ({ ...interval, source: source.source })),
                rangeStartMs: source.rangeStartMs,
                rangeEndMs: source.rangeEndMs
              }
              busy = mergeBusyWithinLimit(busy, replacement, source.displayName || source.source).busy
            }
            const changedPlan = { ...state.plan, availability: { ...state.plan.availability, busy } }
            // New busy time lets go of the week ahead's sessions it now covers, as an .ics import does.
            return {
              state: { ...state, plan: changedPlan, sessions },
              scope: incoming.busy.length > 0 ? 'fill-week' : 'keep-week'
            }
          }
        }
      )
      if (!result.ok) return result
      return { ok: true, value: { moved, skipped, busySources: incoming.busy.length, refused } }
    },

    /**
     * Removes the busy time read from CalDAV calendars once the sync is disconnected: nothing would refresh it, and a
     * stale meeting should not keep study out of its slot. One Undo step; nothing to do gives 0 and no step.
     */
    async forgetCalendarBusy(planId: string, now: number): Promise<OperationResult<number>> {
      const plan = await db.plans.get(planId)
      const sources = new Set(
        (plan?.availability.busy ?? [])
          .map((busy) => busy.source ?? '')
          .filter((source) => source.startsWith(CALDAV_BUSY_PREFIX))
      )
      if (sources.size === 0) return { ok: true, value: 0 }
      const everything = { rangeStartMs: Number.MIN_SAFE_INTEGER, rangeEndMs: Number.MAX_SAFE_INTEGER, intervals: [] }
      const busy = [...sources].map((source) => ({ source, displayName: '', ...everything }))
      const applied = await repository.applyIncoming({ id: 'disconnect', planId, moved: [], deleted: [], busy }, now)
      return applied.ok ? { ok: true, value: sources.size } : applied
    }
  }
  return repository
}

export type CalendarSyncRepository = ReturnType<typeof createCalendarSyncRepository>
