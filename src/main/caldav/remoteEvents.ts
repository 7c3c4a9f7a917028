// What the chosen calendar holds now: every event resource's href and ETag, from one calendar-query REPORT
// (RFC 4791 7.8) that asks for ETags only, not the events' data.
import { caldavErrorOf, type CalDavResult } from './caldavErrors'
import { calendarReport, collectionOutcome, etagOf, eventsFilter, resourceKey } from './calendarReport'
import type { CalDavConnection } from './connection'

/** An event resource on the server. */
export interface RemoteEvent {
  /** Absolute URL. */
  readonly href: string
  readonly etag: string
}

/** The calendar's events by resourceKey, with their ETags, or why they cannot be listed. */
export async function listRemoteEvents(
  connection: CalDavConnection,
  calendarUrl: string
): Promise<CalDavResult<ReadonlyMap<string, RemoteEvent>>> {
  try {
    const responses = await calendarReport(connection, calendarUrl, 'calendar-query', {
      'd:prop': { 'd:getetag': {} },
      filter: eventsFilter()
    })
    const events = new Map<string, RemoteEvent>()
    for (const response of responses) {
      const outcome = collectionOutcome(response, calendarUrl)
      if (outcome !== 'event') {
        if (outcome !== null) return { ok: false, error: outcome }
        continue
      }
      if (!response.ok) continue
      // An event listed without its ETag cannot be left out (the plan would take it for deleted elsewhere, or
      // create it again), nor written under If-Match: the listing as a whole is unusable.
      const etag = etagOf(response)
      if (etag === null)
        return { ok: false, error: { kind: 'bad-response', detail: 'an event listed without its ETag' } }
      const href = new URL(String(response.href), calendarUrl).href
      events.set(resourceKey(href, calendarUrl), { href, etag })
    }
    return { ok: true, value: events }
  } catch (error) {
    return { ok: false, error: caldavErrorOf(error, { kind: 'not-caldav' }) }
  }
}
