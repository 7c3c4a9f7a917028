// Where a week starts: the locale's first weekday and the bounds of the local week containing an instant.
import type { Weekday } from '../domain/availability'
import type { EpochMs, IanaZone } from '../domain/time'
import { weekdayOf } from './dayNumbers'
import { DAY_MS } from './durations'
import { type InstantRange, localDayNumber } from './localDates'
import { zoneOffsets } from './zoneOffsets'

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
