// When the learner can study: weekly windows minus blackouts and busy time, with session-size rules.
import type { ClockTime, EpochMs, LocalDate } from './time'

/** Day of the week as JavaScript numbers it: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

/** A recurring slot of study time on one weekday, in the plan's zone. */
export interface WeeklyWindow {
  readonly weekday: Weekday
  /** Start 'HH:mm'. */
  readonly start: ClockTime
  /** End 'HH:mm', after the start; '24:00' means midnight at the end of the day. */
  readonly end: ClockTime
}

/** Whole days with no study at all (holidays, exams), inclusive on both ends. */
export interface BlackoutRange {
  readonly start: LocalDate
  readonly end: LocalDate
  readonly label?: string
}

/** Time taken by something else, e.g. an event imported from an .ics calendar. */
export interface BusyInterval {
  readonly startMs: EpochMs
  readonly endMs: EpochMs
  readonly label?: string
  /** The calendar file it was imported from (its name): importing that file again replaces only its busy time. */
  readonly source?: string
}

/** Everything the planner needs to know about the learner's time. */
export interface Availability {
  /** Several windows per weekday are allowed; overlapping windows are merged. */
  readonly windows: readonly WeeklyWindow[]
  readonly blackouts: readonly BlackoutRange[]
  readonly busy: readonly BusyInterval[]
  /** Most minutes of sessions in one local day (planned, pinned and done together). */
  readonly dailyCapMinutes: number
  /** Shortest session worth having; only a topic's final remainder may be shorter. */
  readonly sessionMinMinutes: number
  /** Longest session. */
  readonly sessionMaxMinutes: number
  /** Minutes kept free between two sessions. */
  readonly breakMinutes: number
}
