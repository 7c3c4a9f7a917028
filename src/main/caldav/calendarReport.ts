// What read-back and busy time share about REPORT answers that carry events' data (RFC 4791 7.8, 7.9): the
// calendar-data text of one response, and whether a response speaks for the calendar itself rather than an event.
import type { DAVResponse } from 'tsdav'
import { errorOfCollectionStatus, type CalDavError } from './caldavErrors'
import { resourceKey } from './remoteEvents'

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
