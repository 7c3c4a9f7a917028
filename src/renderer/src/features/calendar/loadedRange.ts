// Which sessions the calendar is handed: a range around the dates shown that moves only when the dates near its edge.
import type { EpochMs } from '../../../../shared/domain/time'
import { DAY_MS } from '../../../../shared/time'

/** The instants whose sessions FullCalendar holds. */
export interface LoadedRange {
  readonly start: EpochMs
  readonly end: EpochMs
}

/** A reload takes this much either side of the dates shown. */
export const LOAD_MARGIN_MS = 21 * DAY_MS
/** The range is kept while at least this much of it lies either side of the dates shown: one week's step. */
export const KEEP_MARGIN_MS = 7 * DAY_MS

/** The first range, before FullCalendar has said which dates it shows: any week containing `now` keeps it. */
export function initialLoadedRange(now: EpochMs): LoadedRange {
  return { start: now - LOAD_MARGIN_MS, end: now + LOAD_MARGIN_MS }
}

/**
 * The range to hold once `shown` is on screen. It is `loaded` itself (the same object) while the dates shown stay a
 * week inside it: FullCalendar re-parses and re-renders every event when its events change, so a new range on every
 * step, or on the first report of the dates shown, would render the week twice. Near an edge it re-centres, so the
 * next week's step still finds its sessions already loaded.
 */
export function followShownDates(loaded: LoadedRange, shown: LoadedRange): LoadedRange {
  if (shown.start - KEEP_MARGIN_MS >= loaded.start && shown.end + KEEP_MARGIN_MS <= loaded.end) return loaded
  return { start: shown.start - LOAD_MARGIN_MS, end: shown.end + LOAD_MARGIN_MS }
}
