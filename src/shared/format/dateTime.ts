// The app's one vocabulary for times, dates and durations: every screen, the tray and notifications format through
// here, so a time reads the same everywhere for a locale. The locale may carry the learner's clock choice as a
// Unicode extension ('en-GB-u-hc-h12', see displayLocale.ts), which every format below honours.
import type { Weekday } from '../domain/availability'
import type { EpochMs, IanaZone, LocalDate } from '../domain/time'
import { DAY_MS, MINUTE_MS, zoneOffsets } from '../time'

/** A BCP 47 locale, possibly with an hour-cycle extension; undefined is the runtime's default. */
export type DisplayLocale = string | undefined

const DAY_MINUTES = 1440

/** A time of day: hours as the locale writes them, and two-digit minutes ('19:00', '7:00 PM'). */
const TIME_OF_DAY: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' }
/** A short day: 'Tue 16 Mar' (en-GB), 'Tue, Mar 16' (en-US), 'Di., 16. März' (de). */
const SHORT_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }

const dateFormats = new Map<string, Intl.DateTimeFormat>()
const numberFormats = new Map<string, Intl.NumberFormat>()

/**
 * Building an Intl formatter costs about 0.1-0.3 ms and a screen formats hundreds of values per render (the week
 * grid's cell labels, every session's day and time): each locale and options pair is built once. Wall-clock values
 * are formatted as UTC (see {@link wallClockMs}), so no formatter depends on the host's zone.
 */
function dateFormat(locale: DisplayLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })))
  return format
}

function numberFormat(locale: DisplayLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)))
  return format
}

/** The wall clock of an instant in a zone, written as a UTC instant (the zone's offset tables, no Intl per call). */
function wallClockMs(ms: EpochMs, timeZone: IanaZone): number {
  return zoneOffsets(timeZone).instantToLocal(ms)
}

/** The minute of the day (0-1439) the wall clock shows at an instant in a zone. */
function minuteOfDay(ms: EpochMs, timeZone: IanaZone): number {
  const local = wallClockMs(ms, timeZone)
  return Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / MINUTE_MS)
}

const clockTexts = new Map<string, string>()

/** A minute of the day, written as the start of a range (full or compact), formatted once per locale and minute. */
function clockMinutesText(minutes: number, locale: DisplayLocale, compact: boolean): string {
  const minute = ((Math.floor(minutes) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES
  const key = `${compact ? 'compact' : 'full'}|${locale ?? ''}|${minute}`
  let text = clockTexts.get(key)
  if (text === undefined) clockTexts.set(key, (text = clockRange(minute, minute + 1, locale, compact).start))
  return text
}

/**
 * A time of day given as minutes after midnight, e.g. 1140 -> '19:00' or '7:00 PM'. Written as the start of a range
 * is: ICU's pattern for one time can differ from its range pattern ('7:00' beside '07:00–08:00' in en-GB, '7:00' beside
 * '7時00分～8時00分' in ja), and a time must read the same alone as in a session's range.
 */
export function formatClockMinutes(minutes: number, locale: DisplayLocale): string {
  return clockMinutesText(minutes, locale, false)
}

/** A time of day as a calendar's grid writes it, e.g. '19:00' (de: not '19:00 Uhr') or '7:00 PM'. */
export function formatCompactClockMinutes(minutes: number, locale: DisplayLocale): string {
  return clockMinutesText(minutes, locale, true)
}

/** A wall-clock time of an instant in a zone, e.g. '19:00' or '7:00 PM'. */
export function formatTime(ms: EpochMs, timeZone: IanaZone, locale: DisplayLocale): string {
  return formatClockMinutes(minuteOfDay(ms, timeZone), locale)
}

/** A range of two times of day, and its start as the range writes it (for a line with room for one time). */
export interface ClockRangeTexts {
  /** e.g. '19:00–20:00' (en-GB) or '7:00 – 8:00 PM' (en-US). */
  readonly range: string
  /** e.g. '19:00' (en-GB) or '7:00 PM' (en-US). */
  readonly start: string
}

/**
 * Two times of day, given as minutes after midnight, as one range: '23:00–00:30' for a range past midnight (times
 * only, never two dates). `toMinute` may be 1440 or more for an end on the next day.
 */
export function formatClockRange(fromMinute: number, toMinute: number, locale: DisplayLocale): ClockRangeTexts {
  return clockRange(fromMinute, toMinute, locale, false)
}

/**
 * The range as a calendar's grid writes it, where room is short: without a word the two times share, such as German's
 * 'Uhr' ('19:00–20:00' rather than '19:00–20:00 Uhr', which left a month cell no room for its topic). A shared day
 * period stays ('7:00 – 8:00 PM'): without it the time would be wrong.
 */
export function formatCompactClockRange(fromMinute: number, toMinute: number, locale: DisplayLocale): ClockRangeTexts {
  return clockRange(fromMinute, toMinute, locale, true)
}

function clockRange(fromMinute: number, toMinute: number, locale: DisplayLocale, compact: boolean): ClockRangeTexts {
  // Both ends on one day, so Intl writes times alone; an end earlier in the day than the start is the next day's.
  const all = dateFormat(locale, TIME_OF_DAY).formatRangeToParts(
    fromMinute * MINUTE_MS,
    (toMinute % DAY_MINUTES) * MINUTE_MS
  )
  const parts = compact ? withoutSharedWord(all) : all
  return { range: parts.map((part) => part.value).join(''), start: rangeStart(parts) }
}

/** A range's parts without a trailing word both ends share (German's ' Uhr'); Japanese shares its '分' too, and needs it. */
function withoutSharedWord(parts: readonly Intl.DateTimeRangeFormatPart[]): Intl.DateTimeRangeFormatPart[] {
  const lastOfEnd = parts.map((part) => part.source).lastIndexOf('endRange')
  const sharedWord = (part: Intl.DateTimeRangeFormatPart, index: number) =>
    index > lastOfEnd && part.source === 'shared' && part.type === 'literal' && /\p{Script=Latin}/u.test(part.value)
  return parts.filter((part, index) => !sharedWord(part, index))
}

/** The times of day of two instants in a zone as one range, e.g. '19:00–20:00' or '7:00 – 8:00 PM'. */
export function formatTimeRange(startMs: EpochMs, endMs: EpochMs, timeZone: IanaZone, locale: DisplayLocale): string {
  return formatClockRange(minuteOfDay(startMs, timeZone), minuteOfDay(endMs, timeZone), locale).range
}

/**
 * The start of a formatted range with what it shares with the end, e.g. '7:00 PM' from '7:00 – 8:00 PM': the
 * locale's own hour style, without the separator between the two.
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

/** The short day of an instant in a zone, e.g. 'Tue 16 Mar' (en-GB) or 'Tue, Mar 16' (en-US). */
export function formatDayLabel(ms: EpochMs, timeZone: IanaZone, locale: DisplayLocale): string {
  return dateFormat(locale, SHORT_DAY).format(wallClockMs(ms, timeZone))
}

/** A day and time of an instant in a zone, e.g. 'Mon 3 Aug, 19:00': the short day, then the time as it reads alone. */
export function formatDayTime(ms: EpochMs, timeZone: IanaZone, locale: DisplayLocale): string {
  return `${formatDayLabel(ms, timeZone, locale)}, ${formatTime(ms, timeZone, locale)}`
}

/** A calendar date in words, e.g. '1 June' (en-GB) or 'June 1, 2027' (en-US). The year is shown when `withYear`. */
export function formatLocalDate(date: LocalDate, locale: DisplayLocale, withYear: boolean): string {
  const [year, month, day] = date.split('-').map(Number)
  const format = dateFormat(locale, { day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) })
  return format.format(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1))
}

/** A calendar date short, as a chart's axis names it, e.g. '4 Jan' (en-GB), 'Jan 4' (en-US) or '4. Jan.' (de-DE). */
export function formatShortDate(date: LocalDate, locale: DisplayLocale): string {
  const [year, month, day] = date.split('-').map(Number)
  return dateFormat(locale, { day: 'numeric', month: 'short' }).format(
    Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)
  )
}

/** The name of a weekday (0 = Sunday) in the locale. */
export function weekdayName(weekday: Weekday, locale: DisplayLocale, width: 'long' | 'short'): string {
  // 2023-01-01 was a Sunday.
  return dateFormat(locale, { weekday: width }).format(Date.UTC(2023, 0, 1 + weekday))
}

/** Minutes as hours with at most one decimal, e.g. 570 -> '9.5' (en) or '9,5' (de). */
export function formatHours(minutes: number, locale: DisplayLocale): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(Math.round((minutes / 60) * 10) / 10)
}

/** A length of time in hours and minutes in the locale's unit style, e.g. '2 hr, 15 min' (en-US) or '1 hr 30 mins' (en-GB). */
export function formatDuration(ms: number, locale: DisplayLocale): string {
  // Rounded up: a countdown never says 0 min while time remains.
  const totalMinutes = Math.max(0, Math.ceil(ms / MINUTE_MS))
  const days = Math.floor(totalMinutes / DAY_MINUTES)
  const hours = Math.floor((totalMinutes % DAY_MINUTES) / 60)
  const minutes = totalMinutes % 60
  const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
    numberFormat(locale, { style: 'unit', unit: name, unitDisplay: name === 'day' ? 'long' : 'short' }).format(value)
  // Beyond a day the minutes are noise; beyond a week the hours are.
  const parts =
    days >= 7
      ? [unit(days, 'day')]
      : days > 0
        ? [unit(days, 'day'), ...(hours > 0 ? [unit(hours, 'hour')] : [])]
        : hours > 0
          ? [unit(hours, 'hour'), ...(minutes > 0 ? [unit(minutes, 'minute')] : [])]
          : [unit(minutes, 'minute')]
  return new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(parts)
}
