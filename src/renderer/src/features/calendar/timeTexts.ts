// Session times as the calendar's blocks and panels write them: wall-clock ranges in the plan's zone and the locale,
// in the app's one time vocabulary (shared/format), in its compact form for a block's little room.
import { formatCompactClockRange, type ClockRangeTexts } from '../../../../shared/format'
import { MINUTE_MS } from '../../../../shared/time'
import type { CalendarMs } from './calendarClock'

const DAY_MINUTES = 1440

/** A session's times as its block shows them: the range, and the start alone for a block with room for one line. */
export type TimeTexts = ClockRangeTexts

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
  // At most 1440 × 2880 pairs of minutes; a plan uses a few dozen.
  const texts = new Map<number, TimeTexts>()
  const formatter: TimeTextsFormatter = (start, end) => {
    const startMinute = Math.floor(start / MINUTE_MS)
    const dayStart = Math.floor(startMinute / DAY_MINUTES) * DAY_MINUTES
    const fromMinute = startMinute - dayStart
    const toMinute = Math.floor(end / MINUTE_MS) - dayStart
    const key = fromMinute * 2 * DAY_MINUTES + toMinute
    let cachedTexts = texts.get(key)
    if (cachedTexts === undefined) {
      cachedTexts = formatCompactClockRange(fromMinute, toMinute, locale)
      texts.set(key, cachedTexts)
    }
    return cachedTexts
  }
  timeTextsFormatters.set(cacheKey, formatter)
  return formatter
}
