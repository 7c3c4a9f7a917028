// Local dates and week boundaries in the plan's zone, independent of the host's zone (uses the engine's offset tables).
import type { Weekday } from '../domain/availability'
import type { EpochMs, IanaZone, LocalDate } from '../domain/time'
import { DAY_MS, formatDay, parseLocalDate, weekdayOf } from './calendar'
import { zoneOffsets } from './zone'

/** An instant range [startMs, endMs). */
export interface InstantRange {
  readonly startMs: EpochMs
  readonly endMs: EpochMs
}

/** The local calendar date of an instant in `timeZone`. */
export function localDateOf(ms: EpochMs, timeZone: IanaZone): LocalDate {
  return formatDay(localDayNumber(ms, timeZone))
}

/** The instant of local midnight starting `date` in `timeZone` (the first instant of the day if midnight is skipped). */
export function startOfLocalDate(date: LocalDate, timeZone: IanaZone): EpochMs {
  const day = parseLocalDate(date)
  if (day === null) throw new RangeError(`Not a calendar date: ${date}`)
  return zoneOffsets(timeZone).localToInstant(day * DAY_MS)
}

/** The local day (00:00 to the next 00:00) containing `ms`; 23 or 25 hours long on clock-change days. */
export function dayBounds(ms: EpochMs, timeZone: IanaZone): InstantRange {
  const day = localDayNumber(ms, timeZone)
  const offsets = zoneOffsets(timeZone)
  return { startMs: offsets.localToInstant(day * DAY_MS), endMs: offsets.localToInstant((day + 1) * DAY_MS) }
}

/** The local week containing `ms`, starting on `firstDay` (0 = Sunday) at local midnight. */
export function weekBounds(ms: EpochMs, timeZone: IanaZone, firstDay: Weekday): InstantRange {
  const day = localDayNumber(ms, timeZone)
  const startDay = day - ((weekdayOf(day) - firstDay + 7) % 7)
  const offsets = zoneOffsets(timeZone)
  return { startMs: offsets.localToInstant(startDay * DAY_MS), endMs: offsets.localToInstant((startDay + 7) * DAY_MS) }
}

/** The first day of the week for a locale (Intl week info where the runtime has it), Monday otherwise. */
export function localeFirstDay(locale?: string): Weekday {
  try {
    const info = new Intl.Locale(locale ?? new Intl.DateTimeFormat().resolvedOptions().locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number }
      weekInfo?: { firstDay: number }
    }
    const firstDay = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay
    // Intl numbers Monday 1 … Sunday 7.
    if (firstDay !== undefined && firstDay >= 1 && firstDay <= 7) return (firstDay % 7) as Weekday
  } catch {
    // An unknown locale tag falls through to the ISO default.
  }
  return 1
}

function localDayNumber(ms: EpochMs, timeZone: IanaZone): number {
  return Math.floor(zoneOffsets(timeZone).instantToLocal(ms) / DAY_MS)
}
