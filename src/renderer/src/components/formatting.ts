// Locale-aware text for dates, hours and durations, shared by every screen.
import type { Weekday } from '../../../shared/domain/availability'
import type { LocalDate } from '../../../shared/domain/time'
import { MINUTE_MS } from '../../../shared/time'

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
    days >= 7
      ? [unit(days, 'day')]
      : days > 0
        ? [unit(days, 'day'), ...(hours > 0 ? [unit(hours, 'hour')] : [])]
        : hours > 0
          ? [unit(hours, 'hour'), ...(minutes > 0 ? [unit(minutes, 'minute')] : [])]
          : [unit(minutes, 'minute')]
  return new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(parts)
}

/** A wall-clock time of an instant in a zone, e.g. '19:00' or '7:00 PM'. */
export function formatTime(ms: number, timeZone: string, locale: string | undefined): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(ms)
}

/** A day and time of an instant in a zone, e.g. 'Mon 3 Aug, 19:00'. */
export function formatDayTime(ms: number, timeZone: string, locale: string | undefined): string {
  return dateFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone
  }).format(ms)
}

/** The name of a weekday (0 = Sunday) in the locale. */
export function weekdayName(weekday: Weekday, locale: string | undefined, width: 'long' | 'short'): string {
  // 2023-01-01 was a Sunday.
  return dateFormat(locale, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + weekday))
}

/** A clock time given as minutes after midnight, e.g. 1140 -> '19:00' or '7:00 PM'. */
export function formatClockMinutes(minutes: number, locale: string | undefined): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2023, 0, 1, 0, minutes)
  )
}
