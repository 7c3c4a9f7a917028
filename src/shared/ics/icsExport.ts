// Exports study sessions as an RFC 5545 calendar (.ics) with ical.js: TZID times plus a generated VTIMEZONE.
import ICAL from 'ical.js'
import { buildVtimezone } from './vtimezone'
import { isKnownTimeZone, isRepeatedWall, wallTimeOf } from '../time'

/** One session to export. Instants are epoch ms; `id` must be stable across exports. */
export interface IcsSession {
  id: string
  title: string
  /** Plain text; escaped and folded on writing. */
  description?: string
  startMs: number
  endMs: number
  location?: string
  /** A session already done: its SUMMARY starts with DONE_MARK, it has CATEGORIES:Done, and never an alarm. */
  done?: boolean
  /** Asks for one DISPLAY alarm at the options' reminder lead (none when the lead is null or the session is done). */
  alarm?: boolean
}

/** Options of exportSessionsIcs. */
export interface IcsExportOptions {
  /** The plan's IANA zone; times are written as wall times in it (TZID) with a matching VTIMEZONE. */
  zone: string
  /** Shown by Google Calendar, Apple Calendar and Outlook as the calendar's name (X-WR-CALNAME, NAME). */
  calendarName: string
  /** Minutes before a session its alarm fires (sessions with `alarm: true` only), or null for no alarms at all. */
  reminderLeadMinutes: number | null
  /** PRODID; defaults to DEFAULT_PRODUCT_ID. */
  productId?: string
  /** DTSTAMP of every event: an input so the output is deterministic (the exporter never reads the clock). */
  dtstampMs: number
  /**
   * Writes a CalDAV calendar object resource (RFC 4791 4.1) instead of a file: no METHOD (a resource in a calendar
   * collection must not have one) and no calendar name (the collection has its own).
   */
  calendarObject?: boolean
}

/** PRODID written when the caller gives none. */
export const DEFAULT_PRODUCT_ID = '-//Study Planner//Study Planner//EN'

/** What the SUMMARY of a done session starts with, so it reads as done in any calendar app. */
export const DONE_MARK = '✓ '

/** The CATEGORIES value of a done session's event. */
export const DONE_CATEGORY = 'Done'

/** The UID of a session's event: derived from its id only, so re-importing an export updates instead of duplicating. */
export function sessionUid(sessionId: string): string {
  return `${sessionId}@study-planner`
}

/** Thrown by exportSessionsIcs for input it cannot write faithfully (bad zone, end before start, duplicate id). */
export class IcsExportError extends Error {
  override name = 'IcsExportError'
}

/**
 * Writes sessions as an RFC 5545 calendar: CRLF line ends, lines folded by ical.js, one VEVENT per session with
 * UID `${id}@study-planner`. Times are wall times in `zone` with TZID and a VTIMEZONE built from Intl for the years
 * the sessions span, so calendar apps show and edit them in the plan's zone; a time in the repeated hour of a
 * fall-back night is written in UTC instead, as a wall time there would be ambiguous. Instants keep whole seconds.
 * Done sessions are marked; only sessions asking for one get an alarm. Output depends only on the inputs. Throws
 * IcsExportError on invalid input.
 */
export function exportSessionsIcs(sessions: readonly IcsSession[], options: IcsExportOptions): string {
  checkInput(sessions, options)
  const calendar = new ICAL.Component('vcalendar')
  calendar.addPropertyWithValue('prodid', options.productId ?? DEFAULT_PRODUCT_ID)
  calendar.addPropertyWithValue('version', '2.0')
  calendar.addPropertyWithValue('calscale', 'GREGORIAN')
  if (!options.calendarObject) {
    calendar.addPropertyWithValue('method', 'PUBLISH')
    calendar.addPropertyWithValue('x-wr-calname', options.calendarName)
    calendar.addPropertyWithValue('name', options.calendarName)
  }
  calendar.addPropertyWithValue('x-wr-timezone', options.zone)
  const ordered = [...sessions].sort((a, b) => a.startMs - b.startMs || compareText(a.id, b.id))
  const zone = zoneFor(ordered, options.zone)
  if (zone) calendar.addSubcomponent(zone.component)
  for (const session of ordered) calendar.addSubcomponent(sessionEvent(session, options, zone))
  return `${refold(calendar.toString())}\r\n`
}

/** RFC 5545 3.1: at most 75 octets a line, the break excluded; a continuation's leading space counts. */
const MAX_LINE_OCTETS = 75

/**
 * Folds ical.js's output again: ical.js cuts every 75 octets and then adds the space, so its continuation lines are
 * 76 octets long (a long DESCRIPTION showed it). Its folds are undone ("CRLF space" never occurs otherwise: values
 * escape their line breaks as \n) and each line is cut between code points, so no UTF-8 sequence is split.
 */
function refold(text: string): string {
  return text.replace(/\r\n /g, '').split('\r\n').map(foldLine).join('\r\n')
}

function foldLine(line: string): string {
  if (line.length * 3 <= MAX_LINE_OCTETS) return line
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Octets(char)
    // The first part may use all 75 octets; a continuation starts with its space.
    if (octets + size > MAX_LINE_OCTETS - (parts.length === 0 ? 0 : 1)) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function checkInput(sessions: readonly IcsSession[], options: IcsExportOptions): void {
  if (!isKnownTimeZone(options.zone)) throw new IcsExportError(`Unknown time zone "${options.zone}".`)
  if (!Number.isFinite(options.dtstampMs)) throw new IcsExportError('dtstampMs must be a finite instant.')
  const lead = options.reminderLeadMinutes
  if (lead !== null && !(Number.isInteger(lead) && lead >= 0 && lead <= 40_320)) {
    throw new IcsExportError('reminderLeadMinutes must be null or a whole number of minutes from 0 to 40320 (4 weeks).')
  }
  const ids = new Set<string>()
  for (const session of sessions) {
    if (typeof session.id !== 'string' || session.id === '') throw new IcsExportError('Every session needs an id.')
    if (ids.has(session.id)) throw new IcsExportError(`Two sessions share the id "${session.id}"; UIDs must be unique.`)
    ids.add(session.id)
    if (!Number.isFinite(session.startMs) || !Number.isFinite(session.endMs) || session.endMs <= session.startMs) {
      throw new IcsExportError(`Session "${session.id}" must have finite times with startMs < endMs.`)
    }
  }
}

function zoneFor(sessions: readonly IcsSession[], zone: string): ICAL.Timezone | null {
  const first = sessions[0]
  if (!first) return null
  const years = sessions.flatMap((session) => [session.startMs, session.endMs]).map((ms) => wallTimeOf(ms, zone).year)
  const component = buildVtimezone(zone, Math.min(...years), Math.max(...years))
  return new ICAL.Timezone({ component, tzid: zone })
}

function utcTime(ms: number): ICAL.Time {
  const wall = wallTimeOf(ms, 'UTC')
  return new ICAL.Time({ ...wall, isDate: false }, ICAL.Timezone.utcTimezone)
}

/** The session instant as a wall time in the plan zone, or in UTC where that wall time happens twice. */
function eventTime(ms: number, zoneName: string, zone: ICAL.Timezone | null): ICAL.Time {
  const wall = wallTimeOf(ms, zoneName)
  if (!zone || isRepeatedWall(wall, zoneName)) return utcTime(ms)
  return new ICAL.Time({ ...wall, isDate: false }, zone)
}

function sessionEvent(session: IcsSession, options: IcsExportOptions, zone: ICAL.Timezone | null): ICAL.Component {
  const component = new ICAL.Component('vevent')
  const event = new ICAL.Event(component, { exceptions: [] })
  event.uid = sessionUid(session.id)
  component.addPropertyWithValue('dtstamp', utcTime(options.dtstampMs))
  // ICAL.Event's setters write the TZID parameter that matches each time's zone.
  event.startDate = eventTime(session.startMs, options.zone, zone)
  event.endDate = eventTime(session.endMs, options.zone, zone)
  event.summary = session.done ? `${DONE_MARK}${session.title}` : session.title
  if (session.description) event.description = session.description
  if (session.location) event.location = session.location
  component.addPropertyWithValue('transp', 'OPAQUE')
  // RFC 5545 has no STATUS for a finished event (a VEVENT's are TENTATIVE, CONFIRMED, CANCELLED); a category is
  // what calendar apps show and filter by.
  if (session.done) component.addPropertyWithValue('categories', DONE_CATEGORY)
  const lead = options.reminderLeadMinutes
  if (session.alarm === true && !session.done && lead !== null) component.addSubcomponent(reminder(session, lead))
  return component
}

function reminder(session: IcsSession, leadMinutes: number): ICAL.Component {
  const alarm = new ICAL.Component('valarm')
  alarm.addPropertyWithValue('action', 'DISPLAY')
  // Minutes as given (-PT90M, not -PT1H30M): the form the reminder lead is chosen in, and valid RFC 5545.
  alarm.addPropertyWithValue('trigger', ICAL.Duration.fromData({ minutes: leadMinutes, isNegative: leadMinutes > 0 }))
  alarm.addPropertyWithValue('description', session.title)
  return alarm
}
