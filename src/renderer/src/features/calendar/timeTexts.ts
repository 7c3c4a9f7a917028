// Session times as the calendar's blocks and panels write them: wall-clock ranges in the plan's zone and the locale.
import type { IanaZone } from '../../../../shared/domain/time'
import { MINUTE_MS } from '../../../../shared/time'
import { calendarClock, type CalendarMs } from './calendarClock'

const DAY_MINUTES = 1440

/** A time range of two instants in a zone as times of day, e.g. '19:00–20:00' (en-GB) or '7:00 – 8:00 PM' (en-US). */
export function formatTimeRange(
  startMs: number,
  endMs: number,
  timeZone: IanaZone,
  locale: string | undefined
): string {
  const clock = calendarClock(timeZone)
  return timeTextsFormatter(locale)(clock.toCalendar(startMs), clock.toCalendar(endMs)).range
}

/** A session's times as its block shows them: the range, and the start alone for a block with room for one line. */
export interface TimeTexts {
  /** e.g. '19:00–20:00' (en-GB) or '7:00 – 8:00 PM' (en-US). */
  readonly range: string
  /** e.g. '19:00' (en-GB) or '7:00 PM' (en-US): the range's start as the range writes it. */
  readonly start: string
}

/** The texts of a range between two wall-clock times (see calendarClock). */
export type TimeTextsFormatter = (start: CalendarMs, end: CalendarMs) => TimeTexts

const timeTextsFormatters = new Map<string, TimeTextsFormatter>()

/**
 * Formats wall-clock time ranges in a locale, as times of day only: a session that ends at or after midnight reads
 * '23:00–00:30', not two dates. Intl's range formatting is slow and a busy week repeats the same few ranges on every
 * day, so each pair of times of day is formatted once per locale for the life of the window.
 */
export function timeTextsFormatter(locale: string | undefined): TimeTextsFormatter {
  const cacheKey = locale ?? ''
  const cached = timeTextsFormatters.get(cacheKey)
  if (cached) return cached
  // The times are wall-clock times written as UTC (see calendarClock), so they are formatted in UTC.
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
  // At most 1440 × 1440 pairs of minutes of the day; a plan uses a few dozen.
  const texts = new Map<number, TimeTexts>()
  const formatter: TimeTextsFormatter = (start, end) => {
    const startMinute = Math.floor(start / MINUTE_MS)
    const dayStart = Math.floor(startMinute / DAY_MINUTES) * DAY_MINUTES
    const fromMinute = startMinute - dayStart
    const toMinute = Math.floor(end / MINUTE_MS) - dayStart
    const key = fromMinute * 2 * DAY_MINUTES + toMinute
    let cachedTexts = texts.get(key)
    if (cachedTexts === undefined) {
      // Both ends on one day, so Intl writes times alone; an end earlier in the day than the start is the next day's.
      const parts = format.formatRangeToParts(fromMinute * MINUTE_MS, (toMinute % DAY_MINUTES) * MINUTE_MS)
      cachedTexts = { range: parts.map((part) => part.value).join(''), start: rangeStart(parts) }
      texts.set(key, cachedTexts)
    }
    return cachedTexts
  }
  timeTextsFormatters.set(cacheKey, formatter)
  return formatter
}

/**
 * The start of a formatted range with what it shares with the end, e.g. '7:00 PM' from '7:00 – 8:00 PM': the
 * locale's own hour style (a plain format writes en-GB's 07:00 as 7:00), without the separator between the two.
 */
function rangeStart(parts: readonly Intl.DateTimeRangeFormatPart[]): string {
  const lastOfStart = parts.map((part) => part.source).lastIndexOf('startRange')
  const firstOfEnd = parts.findIndex((part) => part.source === 'endRange')
  const between = (index: number) => firstOfEnd >= 0 && index > lastOfStart && index < firstOfEnd
  const kept = parts.filter(
    (part, index) => part.source === 'startRange' || (part.source === 'shared' && !between(index))
  )
  return kept
    .map((part) => part.value)
    .join('')
    .trim()
}
