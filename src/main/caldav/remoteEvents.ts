// What the chosen calendar holds now: every event resource's href and ETag, from one calendar-query REPORT
// (RFC 4791 7.8) that asks for ETags only, not the events' data.
import { DAVNamespace, davRequest, getDAVAttribute } from 'tsdav'
import { caldavErrorOf, errorOfCollectionStatus, type CalDavResult } from './caldavErrors'
import type { CalDavConnection } from './connection'

/** An event resource on the server. */
export interface RemoteEvent {
  /** Absolute URL. */
  readonly href: string
  readonly etag: string
}

/**
 * The key two spellings of one resource share ('/cal/a%40b.ics', 'http://host/cal/a@b.ics'): its path, decoded,
 * resolved against `base`.
 */
export function resourceKey(href: string, base: string): string {
  const path = new URL(href, base).pathname
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** The calendar's events by resourceKey, with their ETags, or why they cannot be listed. */
export async function listRemoteEvents(
  connection: CalDavConnection,
  calendarUrl: string
): Promise<CalDavResult<ReadonlyMap<string, RemoteEvent>>> {
  try {
    const responses = await davRequest({
      url: calendarUrl,
      init: {
        method: 'REPORT',
        headers: { depth: '1' },
        namespace: 'c',
        body: {
          'calendar-query': {
            _attributes: getDAVAttribute([DAVNamespace.CALDAV, DAVNamespace.DAV]),
            'd:prop': { 'd:getetag': {} },
            filter: {
              'comp-filter': { _attributes: { name: 'VCALENDAR' }, 'comp-filter': { _attributes: { name: 'VEVENT' } } }
            }
          }
        }
      },
      fetch: connection.fetch
    })
    const events = new Map<string, RemoteEvent>()
    for (const response of responses) {
      // A multistatus with no response (an empty calendar) comes back as one entry without an href.
      if (response.href === undefined) {
        if (!response.ok) return { ok: false, error: errorOfCollectionStatus(response.status ?? 0) }
        continue
      }
      const href = new URL(String(response.href), calendarUrl).href
      if (resourceKey(href, calendarUrl) === resourceKey(calendarUrl, calendarUrl)) {
        // The collection itself answered (a non-XML error status, or a 404 inside the multistatus).
        if (!response.ok) return { ok: false, error: errorOfCollectionStatus(response.status ?? 0) }
        continue
      }
      if (!response.ok) continue
      // An event listed without its ETag cannot be left out (the plan would take it for deleted elsewhere, or
      // create it again), nor written under If-Match: the listing as a whole is unusable.
      const etag: unknown = response.props?.getetag
      if (typeof etag !== 'string' && typeof etag !== 'number') {
        return { ok: false, error: { kind: 'bad-response', detail: 'an event listed without its ETag' } }
      }
      events.set(resourceKey(href, calendarUrl), { href, etag: String(etag) })
    }
    return { ok: true, value: events }
  } catch (error) {
    return { ok: false, error: caldavErrorOf(error, { kind: 'not-caldav' }) }
  }
}
