// Turns one VEVENT's DTSTART/DTEND/DURATION and TZIDs into instants: the rules for time zones and event length.
import ICAL from 'ical.js'
import { ianaFromWindowsZone } from './windowsZones'
import { messageRef, type MessageRef } from '../i18n/ref'
import { addDaysToWall, calendarDaysBetween, DAY_MS, instantOfWall, isKnownTimeZone, type WallTime } from '../time'

/** What is wrong with a part of a VEVENT (a branch of errors.ics.event.field). */
export type EventFieldProblem = 'invalid' | 'invalidDetail' | 'tooLong' | 'badDuration' | 'noStart'

/**
 * A part of a VEVENT that could not be read; `property` names it (e.g. 'DTSTART'), `problem` says what is wrong
 * (`detail`: the reader's words, for 'invalidDetail'); the English message is for developers.
 */
export class EventFieldError extends Error {
  constructor(
    readonly property: string,
    readonly problem: EventFieldProblem,
    readonly detail = ''
  ) {
    super(`${property} ${problem}${detail ? ` (${detail})` : ''}`)
  }
}

/** How long each occurrence lasts: exact milliseconds (DTEND), calendar days + exact time (DURATION), or days. */
type Length =
  | { kind: 'exact'; ms: number }
  | { kind: 'nominal'; days: number; ms: number }
  | { kind: 'allDay'; days: number }

/** Everything needed to turn the occurrences of one VEVENT into instants. */
export interface EventTiming {
  /** DTSTART as ical.js read it; recurrence expansion starts here. */
  start: ICAL.Time
  /** True for DATE-valued (all-day) events. */
  allDay: boolean
  /** Instant of an occurrence time of this event. */
  instantOf(time: ICAL.Time): number
  /** Start and end instants of the occurrence beginning at `time`. */
  spanOf(time: ICAL.Time): { startMs: number; endMs: number }
  /** The IANA zone its wall-clock times are read in by us, or null when ical.js places them (UTC, file VTIMEZONE, DATE). */
  floatingZone: string | null
  /** Notes about how the times were read (an unknown TZID read as plan-zone time, ...). */
  notes: MessageRef[]
}

function wallOf(time: ICAL.Time): WallTime {
  return {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second
  }
}

function readTime(component: ICAL.Component, name: string): ICAL.Time | null {
  const property = component.getFirstProperty(name)
  if (!property) return null
  let value: unknown
  try {
    value = property.getFirstValue()
  } catch (error) {
    if (error instanceof Error)
      throw new EventFieldError(name.toUpperCase(), 'invalidDetail', error.message.slice(0, 80))
    throw new EventFieldError(name.toUpperCase(), 'invalid')
  }
  if (!(value instanceof ICAL.Time) || !isPlausibleTime(value)) {
    throw new EventFieldError(name.toUpperCase(), 'invalid')
  }
  return value
}

function isPlausibleTime(time: ICAL.Time): boolean {
  const fields = [time.year, time.month, time.day, time.hour, time.minute, time.second]
  if (!fields.every(Number.isInteger)) return false
  return time.year >= 1 && time.year <= 9999 && time.month >= 1 && time.month <= 12 && time.day >= 1 && time.day <= 31
}

/** The zone for date-times ical.js could not place itself: the TZID as IANA or Windows name, else the plan zone. */
function fallbackZoneFor(component: ICAL.Component, planZone: string, notes: MessageRef[]): string {
  const raw = component.getFirstProperty('dtstart')?.getParameter('tzid')
  const tzid = typeof raw === 'string' ? raw : Array.isArray(raw) ? String(raw[0] ?? '') : ''
  if (tzid === '') return planZone
  if (isKnownTimeZone(tzid)) return tzid
  const mapped = ianaFromWindowsZone(tzid)
  if (mapped && isKnownTimeZone(mapped)) return mapped
  notes.push(messageRef('errors.ics.note.unknownZone', { tzid: tzid.slice(0, 60), zone: planZone }))
  return planZone
}

/** True when ical.js found the zone itself: UTC, or a VTIMEZONE defined in the file. */
function placedByIcal(time: ICAL.Time): boolean {
  const zone = time.zone
  if (!zone || zone === ICAL.Timezone.localTimezone || zone.tzid === 'floating') return false
  return zone === ICAL.Timezone.utcTimezone || Boolean(zone.component)
}

/** Longest event read: a longer one is refused before any date arithmetic (ical.js steps long spans month by month). */
export const MAX_EVENT_DAYS = 366

function lengthOf(component: ICAL.Component, start: ICAL.Time, instantOf: (time: ICAL.Time) => number): Length {
  const end = readTime(component, 'dtend')
  if (end) {
    const length: Length = start.isDate
      ? { kind: 'allDay', days: calendarDaysBetween(wallOf(start), wallOf(end)) }
      : { kind: 'exact', ms: instantOf(end) - instantOf(start) }
    if (length.kind === 'allDay' ? length.days > MAX_EVENT_DAYS : length.ms > MAX_EVENT_DAYS * DAY_MS)
      throw new EventFieldError('DTEND', 'tooLong')
    return length
  }
  const durationProperty = component.getFirstProperty('duration')
  if (durationProperty) {
    const duration = durationProperty.getFirstValue()
    if (!(duration instanceof ICAL.Duration)) throw new EventFieldError('DURATION', 'badDuration')
    const sign = duration.isNegative ? -1 : 1
    const days = sign * (duration.weeks * 7 + duration.days)
    const ms = sign * (duration.hours * 3600 + duration.minutes * 60 + duration.seconds) * 1000
    if (!Number.isFinite(days) || !Number.isFinite(ms) || days + ms / DAY_MS > MAX_EVENT_DAYS)
      throw new EventFieldError('DURATION', 'tooLong')
    if (start.isDate) return { kind: 'allDay', days: days + Math.ceil(ms / DAY_MS) }
    return { kind: 'nominal', days, ms }
  }
  // RFC 5545 3.6.1: a DATE start alone lasts one day; a DATE-TIME start alone is an instant.
  return start.isDate ? { kind: 'allDay', days: 1 } : { kind: 'exact', ms: 0 }
}

/**
 * Reads the timing of one VEVENT. Date-times in UTC or in a VTIMEZONE from the file are placed by ical.js; the
 * rest (floating times, TZIDs without a VTIMEZONE) by Intl in the TZID's IANA zone, its Windows-name mapping, or
 * the plan zone. All-day dates are midnight-to-midnight in the plan zone. Throws EventFieldError when unreadable.
 */
export function readEventTiming(component: ICAL.Component, planZone: string): EventTiming {
  const notes: MessageRef[] = []
  const start = readTime(component, 'dtstart')
  if (!start) throw new EventFieldError('DTSTART', 'noStart')
  // Only a start ical.js could not place needs Intl; asking otherwise would flag file-defined TZIDs as unknown.
  const floatingZone = start.isDate || placedByIcal(start) ? null : fallbackZoneFor(component, planZone, notes)
  const fallbackZone = floatingZone ?? planZone
  const instantOf = (time: ICAL.Time): number => {
    if (time.isDate) return instantOfWall({ ...wallOf(time), hour: 0, minute: 0, second: 0 }, planZone, 'rfc5545')
    return placedByIcal(time) ? time.toUnixTime() * 1000 : instantOfWall(wallOf(time), fallbackZone, 'rfc5545')
  }
  const length = lengthOf(component, start, instantOf)
  const spanOf = (time: ICAL.Time): { startMs: number; endMs: number } => {
    if (length.kind === 'allDay') {
      // Read the date alone: an RDATE written as a date-time on an all-day event still means that whole day.
      const midnight = { ...wallOf(time), hour: 0, minute: 0, second: 0 }
      return {
        startMs: instantOfWall(midnight, planZone, 'rfc5545'),
        endMs: instantOfWall(addDaysToWall(midnight, length.days), planZone, 'rfc5545')
      }
    }
    const startMs = instantOf(time)
    if (length.kind === 'exact') return { startMs, endMs: startMs + length.ms }
    const shifted = time.clone()
    shifted.adjust(length.days, 0, 0, 0)
    return { startMs, endMs: instantOf(shifted) + length.ms }
  }
  return { start, allDay: start.isDate, instantOf, spanOf, floatingZone, notes }
}
