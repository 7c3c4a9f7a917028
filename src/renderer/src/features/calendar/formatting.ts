// Locale-aware text for dates, hours and durations shown across the calendar and onboarding.
import type { Weekday } from '../../../../shared/domain/availability'
import type { IanaZone, LocalDate } from '../../../../shared/domain/time'
import { calendarClock, type CalendarMs } from './calendarClock'

const MINUTE_MS = 60_000
const DAY_MINUTES = 1440

const dateFormats = new Map<string, Intl.DateTimeFormat>()
const numberFormats = new Map<string, Intl.NumberFormat>()

/**
 * Building an Intl formatter costs about 0.1-0.3 ms and a screen formats hundreds of values per render (the week
 * grid's 336 cell labels, every session's day and time): each locale and options pair is built once.
 */
function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)))
  return format
}

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)))
  return format
}

/**
 * A calendar date in words, e.g. '1 June' (en-GB) or 'June 1, 2027' (en-US). The year is shown when `withYear`.
 * Formatted as UTC so the host's zone cannot shift the day.
 */
export function formatLocalDate(date: LocalDate, locale: string | undefined, withYear: boolean): string {
  const [year, month, day] = date.split('-').map(Number)
  const format = dateFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC'
  })
  return format.format(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1))
}

/** Minutes as hours with at most one decimal, e.g. 570 -> '9.5' (en) or '9,5' (de). */
export function formatHours(minutes: number, locale: string | undefined): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(Math.round((minutes / 60) * 10) / 10)
}

/** A duration in hours and minutes, e.g. '2 hr, 15 min' in the locale's unit style; '0 min' for nothing. */
export function formatDuration(ms: number, locale: string | undefined): string {
  // Rounded up: a countdown never says 0 min while time remains.
  const totalMinutes = Math.max(0, Math.ceil(ms / MINUTE_MS))
  const days = Math.floor(totalMinutes / 1440)
  const hours = Math.floor((totalMinutes % 1440) / 60)
  const minutes = totalMinutes % 60
  const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
    numberFormat(locale, { style: 'unit', unit: name, unitDisplay: name === 'day' ? 'long' : 'short' }).format(value)
  // Beyond a day the minutes are noise; beyond a week the hours are.
  const parts =
    days >= 7 ? [unit(days, 'day')] : days > 0 ? [unit(days, 'day'), ...(hours > 0 ? [unit(hours, 'hour')] : [])]
      : hours > 0 ? [unit(hours, 'hour'), ...(minutes > 0 ? [unit(minutes, 'minute')] : [])]
        : [unit(minutes, 'minute')]
  return new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(parts)
}

/** A wall-clock time of an instant in a zone, e.g. '19:00' or '7:00 PM'. */
export function formatTime(ms: number, timeZone: string, locale: string | undefined): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(ms)
}

/** A time range of two instants in a zone as times of day, e.g. '19:00–20:00' (en-GB) or '7:00 – 8:00 PM' (en-US). */
export function formatTimeRange(startMs: number, endMs: number, timeZone: IanaZone, locale: string | undefined): string {
  const clock = calendarClock(timeZone)
  return timeTextsFormatter(locale)(clock.toCalendar(startMs), clock.toCalendar(endMs)).range
}

/** A day and time of an instant in a zone, e.g. 'Mon 3 Aug, 19:00'. */
export function formatDayTime(ms: number, timeZone: string, locale: string | undefined): string {
  return dateFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone }).format(ms)
}

/** The name of a weekday (0 = Sunday) in the locale. */
export function weekdayName(weekday: Weekday, locale: string | undefined, width: 'long' | 'short'): string {
  // 2023-01-01 was a Sunday.
  return dateFormat(locale, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + weekday))
}

/** A clock time given as minutes after midnight, e.g. 1140 -> '19:00' or '7:00 PM'. */
export function formatClockMinutes(minutes: number, locale: string | undefined): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1, 0, minutes))
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
  const kept = parts.filter((part, index) => part.source === 'startRange' || (part.source === 'shared' && !between(index)))
  return kept
    .map((part) => part.value)
    .join('')
    .trim()
}
