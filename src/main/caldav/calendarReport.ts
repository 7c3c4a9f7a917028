// What the REPORTs on a calendar share (RFC 4791 7.8, 7.9): the request itself, the filter for its events, the
// calendar-data text of one response, and whether a response speaks for the calendar itself rather than an event.
import { DAVNamespace, davRequest, getDAVAttribute, type DAVResponse } from 'tsdav'
import { errorOfCollectionStatus, type CalDavError } from './caldavErrors'
import type { CalDavConnection } from './connection'

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

/**
 * One REPORT on a calendar, depth 1: `name` is calendar-query or calendar-multiget, `content` the report's elements
 * (tsdav writes them as XML, with the CalDAV and DAV namespaces declared). Rejects as the connection's fetch does.
 */
export function calendarReport(
  connection: CalDavConnection,
  calendarUrl: string,
  name: 'calendar-query' | 'calendar-multiget',
  content: Record<string, unknown>
): Promise<DAVResponse[]> {
  return davRequest({
    url: calendarUrl,
    init: {
      method: 'REPORT',
      headers: { depth: '1' },
      namespace: 'c',
      body: { [name]: { _attributes: getDAVAttribute([DAVNamespace.CALDAV, DAVNamespace.DAV]), ...content } }
    },
    fetch: connection.fetch
  })
}

/** A calendar-query filter for the calendar's events, or for those overlapping [startMs, endMs) when given. */
export function eventsFilter(range?: { readonly startMs: number; readonly endMs: number }): Record<string, unknown> {
  const events = range
    ? {
        _attributes: { name: 'VEVENT' },
        'time-range': { _attributes: { start: utcStamp(range.startMs), end: utcStamp(range.endMs) } }
      }
    : { _attributes: { name: 'VEVENT' } }
  return { 'comp-filter': { _attributes: { name: 'VCALENDAR' }, 'comp-filter': events } }
}

/** Where tsdav's XML conversion puts a CDATA section's text. */
const CDATA_KEY = '_cdata'

/** The iCalendar text a response carries (as text or CDATA), or null when it has none. */
export function calendarDataOf(response: DAVResponse): string | null {
  const data: unknown = response.props?.calendarData
  if (typeof data === 'string') return data
  const cdata: unknown = data && typeof data === 'object' ? Reflect.get(data, CDATA_KEY) : undefined
  return typeof cdata === 'string' ? cdata : null
}

/** The response's ETag as text, or null (tsdav turns an unquoted numeric one into a number). */
export function etagOf(response: DAVResponse): string | null {
  const etag: unknown = response.props?.getetag
  return typeof etag === 'string' || typeof etag === 'number' ? String(etag) : null
}

/**
 * For a response about the calendar itself (no href: an empty multistatus or a non-XML answer; or the calendar's
 * own href): the whole request's error when it failed, else null. 'event' for a response about one event.
 */
export function collectionOutcome(response: DAVResponse, calendarUrl: string): CalDavError | null | 'event' {
  const onCollection =
    response.href === undefined ||
    resourceKey(String(response.href), calendarUrl) === resourceKey(calendarUrl, calendarUrl)
  if (!onCollection) return 'event'
  return response.ok ? null : errorOfCollectionStatus(response.status ?? 0)
}

/** A UTC instant as a CalDAV time-range stamp (RFC 4791 9.9), e.g. 20270328T003000Z. */
export function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '')
}
