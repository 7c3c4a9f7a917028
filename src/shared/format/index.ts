// How the app writes times, dates and durations, in every process: one vocabulary per locale.
export {
  type ClockRangeTexts,
  type DisplayLocale,
  formatClockMinutes,
  formatClockRange,
  formatCompactClockMinutes,
  formatCompactClockRange,
  formatDayLabel,
  formatDayTime,
  formatDuration,
  formatHours,
  formatLocalDate,
  formatShortDate,
  formatTime,
  formatTimeRange,
  weekdayName
} from './dateTime'
export {
  CLOCK_STYLES,
  type ClockStyle,
  displayLocale,
  displayLocaleSchema,
  MAX_DISPLAY_LOCALE_LENGTH
} from './displayLocale'
