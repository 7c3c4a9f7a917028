// Busy time from the learner's other calendars (issue 21, item 3): per calendar one calendar-query REPORT
// (RFC 4791 7.8) for the events overlapping the range, each read by the .ics import's busy-time reader.
import { DEFAULT_MAX_INTERVALS, importBusyIcs, type BusyInterval, type ImportNote } from '../../shared/ics'
import { isMessageRef } from '../../shared/validation/problemText'
import { DAY_MS, isKnownTimeZone } from '../../shared/time'
import { caldavErrorOf, type CalDavError } from './caldavErrors'
import { calendarDataOf, calendarReport, collectionOutcome, eventsFilter } from './calendarReport'
import type { CalDavConnection } from './connection'

export interface BusyReadInput {
  /** The calendars whose events count as busy (CalDavCalendar.url). */
  readonly calendarUrls: readonly string[]
  /** The plan's IANA zone: all-day events and floating times are read in it. */
  readonly zone: string
  /** Busy time in [rangeStartMs, rangeEndMs) is returned, clipped to it. */
  readonly rangeStartMs: number
  readonly rangeEndMs: number
  /** Most intervals kept per calendar (the earliest); DEFAULT_MAX_INTERVALS when absent. */
  readonly maxIntervals?: number
}

export interface CalendarBusy {
  readonly calendarUrl: string
  /** Sorted by start (then end). */
  readonly busy: readonly BusyInterval[]
  /**
   * What could not be counted: resources that could not be read, events in them the reader refused (malformed,
   * a refused repeat rule…), and intervals past the cap. Free (TRANSP:TRANSPARENT), cancelled and zero-length
   * events are not busy by design and not counted.
   */
  readonly skipped: number
}

/** A failure names the calendar whose request failed (a 'calendar-gone' says which one the learner must replace). */
export type BusyReadResult =
  | { readonly ok: true; readonly value: CalendarBusy[] }
  | { readonly ok: false; readonly error: CalDavError; readonly calendarUrl: string }

// The server places floating and all-day times in a zone of its own choosing (UTC for Radicale): a day on each
// side catches every event that may overlap the range in the plan's zone; importBusyIcs then clips exactly.
const QUERY_SLACK_MS = DAY_MS

/** Reasons importBusyIcs gives for events that are simply not busy time, and for zones it read another way. */
const NOT_A_LOSS = new Set([
  'errors.ics.skipped.cancelled',
  'errors.ics.skipped.free',
  'errors.ics.skipped.noDuration',
  'errors.ics.skipped.zone'
])
const OVER_LIMIT = 'errors.ics.skipped.overLimit'

/** How many intervals or events `notes` say were lost. */
function lostCount(notes: readonly ImportNote[]): number {
  let lost = 0
  for (const note of notes) {
    if (!isMessageRef(note.reason)) lost += 1
    else if (note.reason.key === OVER_LIMIT) lost += Number(note.reason.values?.['count'] ?? 1) || 1
    else if (!NOT_A_LOSS.has(note.reason.key)) lost += 1
  }
  return lost
}

async function readCalendar(
  connection: CalDavConnection,
  calendarUrl: string,
  input: BusyReadInput,
  maxIntervals: number
): Promise<{ readonly ok: true; readonly value: CalendarBusy } | { readonly ok: false; readonly error: CalDavError }> {
  const responses = await calendarReport(connection, calendarUrl, 'calendar-query', {
    'd:prop': { 'd:getetag': {}, 'c:calendar-data': {} },
    filter: eventsFilter({ startMs: input.rangeStartMs - QUERY_SLACK_MS, endMs: input.rangeEndMs + QUERY_SLACK_MS })
  })
  const busy: BusyInterval[] = []
  let skipped = 0
  const options = { zone: input.zone, rangeStartMs: input.rangeStartMs, rangeEndMs: input.rangeEndMs, maxIntervals }
  for (const response of responses) {
    const outcome = collectionOutcome(response, calendarUrl)
    if (outcome !== 'event') {
      if (outcome !== null) return { ok: false, error: outcome }
      continue
    }
    const text = response.ok ? calendarDataOf(response) : null
    const imported = text === null ? null : importBusyIcs(text, options)
    if (!imported?.ok) {
      skipped += 1
      continue
    }
    busy.push(...imported.busy)
    skipped += lostCount(imported.skipped)
  }
  busy.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs)
  skipped += Math.max(0, busy.length - maxIntervals)
  return { ok: true, value: { calendarUrl, busy: busy.slice(0, maxIntervals), skipped } }
}

/**
 * The busy time of each calendar in the range, in the order given. A calendar that cannot be read fails the whole
 * read, naming it (404/410: 'calendar-gone'); one event resource that cannot be read is only counted as skipped.
 * Never throws for the server's sake; throws RangeError (before any request) for an unknown zone, an empty range or
 * a cap below 1.
 */
export async function readBusyTime(connection: CalDavConnection, input: BusyReadInput): Promise<BusyReadResult> {
  if (!isKnownTimeZone(input.zone)) throw new RangeError(`Unknown time zone "${input.zone}".`)
  if (
    !(Number.isFinite(input.rangeStartMs) && Number.isFinite(input.rangeEndMs) && input.rangeStartMs < input.rangeEndMs)
  ) {
    throw new RangeError('The busy-time range is empty.')
  }
  const maxIntervals = input.maxIntervals ?? DEFAULT_MAX_INTERVALS
  if (!(Number.isInteger(maxIntervals) && maxIntervals > 0)) throw new RangeError('maxIntervals must be above 0.')
  const calendars: CalendarBusy[] = []
  for (const calendarUrl of input.calendarUrls) {
    try {
      const read = await readCalendar(connection, calendarUrl, input, maxIntervals)
      if (!read.ok) return { ok: false, error: read.error, calendarUrl }
      calendars.push(read.value)
    } catch (error) {
      return { ok: false, error: caldavErrorOf(error, { kind: 'not-caldav' }), calendarUrl }
    }
  }
  return { ok: true, value: calendars }
}
