// Local dates, clock times and day bounds of instants in a zone, independent of the host's zone (on the offset tables).
import type { EpochMs, IanaZone, LocalDate } from '../domain/time'
import { formatDay, formatLocalMs, parseClockTime, parseLocalDate } from './dayNumbers'
import { DAY_MS, MINUTE_MS } from './durations'
import { zoneOffsets } from './zoneOffsets'

/** An instant range [startMs, endMs). */
export interface InstantRange {
  readonly startMs: EpochMs
  readonly endMs: EpochMs
}

/** The local day number (days since 1970-01-01) of an instant in `timeZone`. */
export function localDayNumber(ms: EpochMs, timeZone: IanaZone): number {
  return Math.floor(zoneOffsets(timeZone).instantToLocal(ms) / DAY_MS)
}

/** The local calendar date 'YYYY-MM-DD' of an instant in `timeZone`. */
export function localDateOf(ms: EpochMs, timeZone: IanaZone): LocalDate {
  return formatDay(localDayNumber(ms, timeZone))
}

/** The local clock time 'HH:mm' of an instant in `timeZone` (seconds dropped). */
export function localClockTimeOf(ms: EpochMs, timeZone: IanaZone): string {
  return formatLocalMs(zoneOffsets(timeZone).instantToLocal(ms)).slice(11)
}

/** The date `days` after (or before) a 'YYYY-MM-DD' date: calendar arithmetic only. */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return formatDay(dayNumberOf(date) + days)
}

/**
 * The instant the wall clock in `timeZone` shows `time` ('HH:mm') on `date` ('YYYY-MM-DD'), by the 'clock-jump' rule
 * (wallTime.ts): a repeated time is its earlier occurrence, a skipped one the instant the clocks jump.
 */
export function instantOfLocal(date: LocalDate, time: string, timeZone: IanaZone): EpochMs {
  const minutes = parseClockTime(time, false)
  if (minutes === null) throw new RangeError(`Not a clock time: ${time}`)
  return zoneOffsets(timeZone).localToInstant(dayNumberOf(date) * DAY_MS + minutes * MINUTE_MS)
}

/** The instant of local midnight starting `date` in `timeZone` (the first instant of the day if midnight is skipped). */
export function startOfLocalDate(date: LocalDate, timeZone: IanaZone): EpochMs {
  return zoneOffsets(timeZone).localToInstant(dayNumberOf(date) * DAY_MS)
}

/** The first instant of the local day after the one containing `ms` (local midnight, or later if skipped). */
export function startOfNextLocalDay(ms: EpochMs, timeZone: IanaZone): EpochMs {
  return zoneOffsets(timeZone).localToInstant((localDayNumber(ms, timeZone) + 1) * DAY_MS)
}

/** The local day (00:00 to the next 00:00) containing `ms`; 23 or 25 hours long on clock-change days. */
export function dayBounds(ms: EpochMs, timeZone: IanaZone): InstantRange {
  const day = localDayNumber(ms, timeZone)
  const offsets = zoneOffsets(timeZone)
  return { startMs: offsets.localToInstant(day * DAY_MS), endMs: offsets.localToInstant((day + 1) * DAY_MS) }
}

/** The zone the host's clock is set to (for what is named by the learner's own day: file names, the daily backup). */
export function hostTimeZone(): IanaZone {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone
}

function dayNumberOf(date: LocalDate): number {
  const day = parseLocalDate(date)
  if (day === null) throw new RangeError(`Not a calendar date: ${date}`)
  return day
}
