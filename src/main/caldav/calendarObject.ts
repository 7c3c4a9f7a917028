// One session as one CalDAV calendar object resource (RFC 4791 4.1): the .ics exporter's VEVENT with its VTIMEZONE,
// its resource name, and the hash that tells a later publish whether it changed.
import { createHash } from 'node:crypto'
import { exportSessionsIcs, sessionUid, type IcsSession } from '../../shared/ics'

/** What every event of a publish shares. */
export interface CalendarObjectOptions {
  /** The plan's IANA zone: times are written as wall times in it, with its VTIMEZONE. */
  readonly zone: string
  /** Minutes before a session its alarm fires (for sessions asking for one), or null for no alarms. */
  readonly reminderLeadMinutes: number | null
  /** DTSTAMP: when this publish is made. Left out of the content hash, so it alone never counts as a change. */
  readonly dtstampMs: number
}

/** A session's event as it would be written now. */
export interface CalendarObject {
  /** `${sessionId}@study-planner`: stable across publishes and exports. */
  readonly uid: string
  /** The resource's name inside the calendar collection, URL-encoded, e.g. 's1%40study-planner.ics'. */
  readonly resourceName: string
  /** The iCalendar text PUT to the server. */
  readonly text: string
  /** SHA-256 (hex) of the text without its DTSTAMP lines. */
  readonly contentHash: string
}

/**
 * The resource name of the event with `uid`: derived from the UID only, so it never moves between publishes. A '/'
 * (the plan's session ids hold one) is written `~2F`, and a '~' `~7E`, never `%2F`: servers decode %2F into a path
 * separator (Radicale 3.1 answers such a PUT with 403 Forbidden).
 */
export function resourceNameOf(uid: string): string {
  return `${encodeURIComponent(uid).replaceAll('~', '~7E').replaceAll('%2F', '~2F')}.ics`
}

/** The hash a publish compares with the one it stored: the content, not when it was stamped. */
export function contentHashOf(text: string): string {
  return createHash('sha256')
    .update(text.replace(/^DTSTAMP[:;].*\r\n/gm, ''))
    .digest('hex')
}

/** `session` as a calendar object: one VEVENT, its VTIMEZONE, no METHOD. Throws IcsExportError on invalid input. */
export function sessionCalendarObject(session: IcsSession, options: CalendarObjectOptions): CalendarObject {
  const text = exportSessionsIcs([session], {
    zone: options.zone,
    calendarName: '',
    reminderLeadMinutes: options.reminderLeadMinutes,
    dtstampMs: options.dtstampMs,
    calendarObject: true
  })
  const uid = sessionUid(session.id)
  return { uid, resourceName: resourceNameOf(uid), text, contentHash: contentHashOf(text) }
}
