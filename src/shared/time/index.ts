// The one home of time: durations, zone names, instant <-> wall time (one rule for skipped and repeated times), local
// dates and day bounds, week starts. Every process imports time from here.
export { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS, WEEK_MS } from './durations'
export {
  formatDay,
  formatLocalMinute,
  formatLocalMs,
  parseClockTime,
  parseLocalDate,
  utcYearOf,
  weekdayOf
} from './dayNumbers'
export { isKnownTimeZone, MAX_ZONE_NAME_LENGTH } from './zones'
export {
  addDaysToWall,
  calendarDaysBetween,
  instantOfWall,
  isRepeatedWall,
  isSkippedWall,
  offsetAt,
  type SkippedWallRule,
  wallAsUtcMs,
  wallTimeOf,
  type WallTime
} from './wallTime'
export { type OffsetTransition, ZoneOffsets, zoneOffsets } from './zoneOffsets'
export {
  addLocalDays,
  dayBounds,
  hostTimeZone,
  type InstantRange,
  instantOfLocal,
  localClockTimeOf,
  localDateOf,
  localDayNumber,
  startOfLocalDate,
  startOfNextLocalDay
} from './localDates'
export { localeFirstDay, weekBounds } from './weekStarts'
