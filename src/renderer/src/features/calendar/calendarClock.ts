// The calendar's time basis: FullCalendar runs in UTC on the plan zone's wall-clock times, converted here.
//
// Given a named zone, FullCalendar converts every event edge through the Temporal polyfill, several times per event
// and render: about a fifth of the cost of drawing a busy week. In UTC it does no zone arithmetic at all, so the
// calendar is handed wall-clock times written as UTC instants ("19:00 in Rome" becomes 19:00Z) and every time it
// reports back is read the same way. The engine's offset tables do the conversions, once per instant.
import type { EpochMs, IanaZone } from '../../../../shared/domain/time'
import { zoneOffsets } from '../../../../shared/time'

/** Milliseconds of a wall-clock time written as if it were UTC: what FullCalendar is given and hands back. */
export type CalendarMs = number

/** The zone FullCalendar is told to use; every time it sees is already the plan zone's wall clock. */
export const CALENDAR_TIME_ZONE = 'UTC'

export interface CalendarClock {
  /** The wall-clock time of `instant` in the plan zone, for the calendar. */
  toCalendar(instant: EpochMs): CalendarMs
  /**
   * The instant of a wall-clock time from the calendar. A time repeated when clocks fall back means its first
   * occurrence; a time skipped when they spring forward means the instant of the jump.
   */
  fromCalendar(wall: CalendarMs): EpochMs
}

/** Conversions for one plan zone (the offset tables are shared and filled lazily). */
export function calendarClock(timeZone: IanaZone): CalendarClock {
  const offsets = zoneOffsets(timeZone)
  return {
    toCalendar: (instant) => offsets.instantToLocal(instant),
    fromCalendar: (wall) => offsets.localToInstant(wall)
  }
}
