// Day numbers and local epochs: calendar arithmetic on a wall time read as if it were UTC, so no host zone is ever
// involved. Plain numbers, because the planner's hot loops run on them.

import { DAY_MS as SHARED_DAY_MS, MINUTE_MS as SHARED_MINUTE_MS } from './durations'

// Read once into locals: these run in the planner's hot loops (see durations.ts).
const MINUTE_MS = SHARED_MINUTE_MS
const DAY_MS = SHARED_DAY_MS

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/
const clockPattern = /^(\d{2}):(\d{2})$/

/**
 * Day number (days since 1970-01-01) of a 'YYYY-MM-DD' date, or null when the text is not a real calendar date
 * between the years 1900 and 2999.
 */
export function parseLocalDate(text: string): number | null {
  const match = datePattern.exec(text)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null
  const ms = Date.UTC(year, month - 1, day)
  // Date.UTC rolls 2027-02-30 over into March; a round trip catches it.
  if (new Date(ms).getUTCDate() !== day) return null
  return ms / DAY_MS
}

const twoDigits = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, '0'))
const clockLabels = Array.from(
  { length: 1440 },
  (_, minute) => `${twoDigits[Math.floor(minute / 60)]}:${twoDigits[minute % 60]}`
)
/** '-MM-DD' and '-MM-DDT' by month * 32 + day of month: a date then costs one concatenation, not four. */
const monthDayLabels = Array.from(
  { length: 13 * 32 },
  (_, index) => `-${twoDigits[Math.floor(index / 32)]}-${twoDigits[index % 32]}`
)
const monthDayTLabels = monthDayLabels.map((label) => `${label}T`)
const yearLabels: string[] = []

// civilFromDays leaves its answer here rather than in a fresh object, so formatting a date allocates only its text.
let civilYear = 0
let civilMonthDay = 0

/** Hinnant's civil-from-days: sets civilYear and civilMonthDay (month * 32 + day of month) of a day number. */
function civilFromDays(day: number): void {
  const shifted = day + 719_468
  const era = Math.floor(shifted / 146_097)
  const dayOfEra = shifted - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153)
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
  civilYear = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  civilMonthDay = month * 32 + dayOfMonth
}

function yearLabel(year: number): string {
  if (year < 0 || year > 9999) return String(year).padStart(4, '0')
  return (yearLabels[year] ??= String(year).padStart(4, '0'))
}

/**
 * 'YYYY-MM-DD' of a day number. Plain arithmetic (Hinnant's civil-from-days) instead of Date#toISOString, which
 * allocates and was the hottest line when formatting thousands of sessions.
 */
export function formatDay(day: number): string {
  civilFromDays(day)
  return yearLabel(civilYear) + monthDayLabels[civilMonthDay]!
}

let lastPrefixDay = Number.NaN
let lastPrefix = ''

/**
 * 'YYYY-MM-DDTHH:mm' of a local epoch (wall time read as UTC); seconds are dropped. Plans format sessions day by day,
 * so the date prefix of the previous call is reused: fewer short-lived strings, less GC on big plans.
 */
export function formatLocalMs(localMs: number): string {
  return formatLocalMinute(Math.floor(localMs / MINUTE_MS))
}

/**
 * 'YYYY-MM-DDTHH:mm' of a local wall time given in whole minutes since 1970-01-01T00:00 (a local epoch / 60,000).
 * Whole minutes fit in a small integer, which the engine can pass around without boxing a double for every call.
 */
export function formatLocalMinute(localMinute: number): string {
  const day = Math.floor(localMinute / 1440)
  if (day !== lastPrefixDay) {
    civilFromDays(day)
    lastPrefixDay = day
    lastPrefix = yearLabel(civilYear) + monthDayTLabels[civilMonthDay]!
  }
  return lastPrefix + clockLabels[localMinute - day * 1440]!
}

/** The UTC calendar year containing instant `ms`, without allocating a Date. */
export function utcYearOf(ms: number): number {
  let year = 1970 + Math.floor(ms / 31_556_952_000)
  if (Date.UTC(year, 0, 1) > ms) year--
  else if (Date.UTC(year + 1, 0, 1) <= ms) year++
  return year
}

/** Weekday of a day number, 0 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

/** Minutes after midnight of an 'HH:mm' time, or null when invalid; '24:00' only when `allowMidnightEnd`. */
export function parseClockTime(text: string, allowMidnightEnd: boolean): number | null {
  const match = clockPattern.exec(text)
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (minutes > 59) return null
  if (hours === 24 && minutes === 0 && allowMidnightEnd) return 1440
  if (hours > 23) return null
  return hours * 60 + minutes
}
