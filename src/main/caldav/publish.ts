// Publishes a plan's sessions to a CalDAV calendar: render each session's event, list what the calendar holds,
// plan the minimal change and carry it out (issue 21, item 2).
import type { IcsSession } from '../../shared/ics'
import { sessionCalendarObject } from './calendarObject'
import type { CalDavConnection } from './connection'
import { applyPublishPlan, DEFAULT_PUBLISH_CONCURRENCY, type PublishOutcome } from './publishApply'
import { planPublish, type PublishState } from './publishPlan'
import { listRemoteEvents } from './remoteEvents'

export interface PublishInput {
  /** The chosen calendar's URL (CalDavCalendar.url). */
  readonly calendarUrl: string
  /** What the calendar should hold: planExportSessions' output for the publish range. */
  readonly sessions: readonly IcsSession[]
  /** The plan's IANA zone. */
  readonly zone: string
  /** The plan's reminder lead for sessions asking for an alarm, or null for none. */
  readonly reminderLeadMinutes: number | null
  /** Now: each written event's DTSTAMP. */
  readonly nowMs: number
  /** What the last publish returned (null or another calendar's: none yet). */
  readonly state: PublishState | null
  /** Requests in flight at once; DEFAULT_PUBLISH_CONCURRENCY when absent. */
  readonly concurrency?: number
}

/**
 * Makes the calendar hold `sessions`, touching only the events that differ from the last publish, and returns what
 * was done with the state to keep. Never throws for the server's sake: a failure is the outcome's `error`. Throws
 * (before any request) only for input the .ics writer refuses (IcsExportError) or two sessions with one id.
 */
export async function publishSessions(connection: CalDavConnection, input: PublishInput): Promise<PublishOutcome> {
  const options = { zone: input.zone, reminderLeadMinutes: input.reminderLeadMinutes, dtstampMs: input.nowMs }
  const desired = input.sessions.map((session) => sessionCalendarObject(session, options))
  const state =
    input.state && input.state.calendarUrl === input.calendarUrl
      ? input.state
      : { calendarUrl: input.calendarUrl, events: {} }
  const remote = await listRemoteEvents(connection, input.calendarUrl)
  if (!remote.ok) {
    return {
      summary: { created: [], updated: [], deleted: [], unchanged: [], conflicts: [] },
      state,
      error: remote.error
    }
  }
  const steps = planPublish(desired, state, remote.value, input.calendarUrl)
  return await applyPublishPlan(
    connection,
    steps,
    state,
    input.calendarUrl,
    input.concurrency ?? DEFAULT_PUBLISH_CONCURRENCY
  )
}
