// Pure figures for the progress screen: weekly minutes studied against planned, study-day streaks, pace.
import type { Weekday } from '../../../../shared/domain/availability'
import type { EpochMs, IanaZone, LocalDate } from '../../../../shared/domain/time'
import {
  formatDay,
  localDateOf,
  MINUTE_MS,
  parseLocalDate,
  startOfLocalDate,
  weekBounds
} from '../../../../shared/time'

/** The parts of a session these figures read. */
export interface SessionFacts {
  readonly status: 'planned' | 'done' | 'skipped'
  readonly kind: 'study' | 'review'
  readonly startMs: EpochMs
  readonly endMs: EpochMs
  /** Actual minutes for a done session. */
  readonly minutes: number
}

/** One week of the chart. */
export interface WeekBucket {
  /** Local date the week starts on, in the plan's zone. */
  readonly weekStart: LocalDate
  /** Actual minutes of done sessions starting in the week. */
  readonly studiedMinutes: number
  /** Scheduled minutes of every session (done, skipped or still planned) starting in the week. */
  readonly plannedMinutes: number
}

/**
 * Local weeks from the plan's first (the one holding `historyStartMs`) to the one holding `now`, oldest first, each with
 * minutes studied and planned: no empty weeks from before the plan. At most the last `maxWeeks`; a plan that starts
 * later than `now` gives its first week alone.
 */
export function weeklyMinutes(
  sessions: readonly SessionFacts[],
  now: EpochMs,
  timeZone: IanaZone,
  firstDay: Weekday,
  historyStartMs: EpochMs,
  maxWeeks = 12
): WeekBucket[] {
  const first = weekBounds(historyStartMs, timeZone, firstDay)
  const ranges = [weekBounds(Math.max(now, historyStartMs), timeZone, firstDay)]
  while (ranges.length < maxWeeks && ranges[0]!.startMs > first.startMs) {
    ranges.unshift(weekBounds(ranges[0]!.startMs - 1, timeZone, firstDay))
  }
  return ranges.map((range) => {
    let studiedMinutes = 0
    let plannedMinutes = 0
    for (const session of sessions) {
      if (session.startMs < range.startMs || session.startMs >= range.endMs) continue
      plannedMinutes += Math.round((session.endMs - session.startMs) / MINUTE_MS)
      if (session.status === 'done') studiedMinutes += session.minutes
    }
    return { weekStart: localDateOf(range.startMs, timeZone), studiedMinutes, plannedMinutes }
  })
}

/** Where the plan's history begins: its start date, or its earliest session when one lies before that. */
export function planStartMs(startDate: LocalDate, sessions: readonly SessionFacts[], timeZone: IanaZone): EpochMs {
  return sessions.reduce(
    (earliest, session) => Math.min(earliest, session.startMs),
    startOfLocalDate(startDate, timeZone)
  )
}

/** Local dates in `timeZone` on which some study happened (entries with positive minutes). */
export function studyDates(
  entries: readonly { readonly atMs: EpochMs; readonly minutes: number }[],
  timeZone: IanaZone
): Set<LocalDate> {
  return new Set(entries.filter((entry) => entry.minutes > 0).map((entry) => localDateOf(entry.atMs, timeZone)))
}

/** Current and best runs of consecutive study days. */
export interface Streaks {
  /** Run ending today, or yesterday when today has no study yet (the streak is still alive); 0 otherwise. */
  readonly current: number
  readonly best: number
}

/** Streaks of consecutive calendar dates in `dates`, judged on `today`. */
export function streaks(dates: ReadonlySet<LocalDate>, today: LocalDate): Streaks {
  const days = new Set([...dates].map(parseLocalDate).filter((day): day is number => day !== null))
  let best = 0
  for (const day of days) {
    if (days.has(day - 1)) continue
    let length = 1
    while (days.has(day + length)) length++
    best = Math.max(best, length)
  }
  const todayNumber = parseLocalDate(today) ?? 0
  let end = days.has(todayNumber) ? todayNumber : days.has(todayNumber - 1) ? todayNumber - 1 : null
  let current = 0
  while (end !== null && days.has(end)) {
    current++
    end--
  }
  return { current, best }
}

/** How actual work compares with the sessions' planned length. */
export interface Pace {
  /** Done study sessions counted. */
  readonly sessions: number
  /** Missed study sessions counted (planned, ended, neither done nor skipped): planned time with no work in it. */
  readonly missed: number
  readonly actualMinutes: number
  readonly plannedMinutes: number
  /** actual / planned; null before any done or missed study session. */
  readonly ratio: number | null
}

/**
 * Pace over the study sessions whose time has come: minutes actually worked in done sessions against the scheduled
 * length of done and missed ones, so a week away shows as the time it was (skipped sessions were let go on purpose).
 */
export function studyPace(sessions: readonly SessionFacts[], now: EpochMs): Pace {
  const study = sessions.filter((session) => session.kind === 'study')
  const done = study.filter((session) => session.status === 'done')
  const missed = study.filter((session) => session.status === 'planned' && session.endMs <= now)
  const length = (session: SessionFacts) => Math.round((session.endMs - session.startMs) / MINUTE_MS)
  const actualMinutes = done.reduce((sum, session) => sum + session.minutes, 0)
  const plannedMinutes = [...done, ...missed].reduce((sum, session) => sum + length(session), 0)
  return {
    sessions: done.length,
    missed: missed.length,
    actualMinutes,
    plannedMinutes,
    ratio: plannedMinutes > 0 ? actualMinutes / plannedMinutes : null
  }
}

/**
 * The finish date if the learner keeps `ratio`: the plan assumes every future session is fully used, so the span
 * from today to the planned finish stretches (ratio < 1) or shrinks (ratio > 1) by 1 / ratio.
 */
export function finishAtPace(today: LocalDate, plannedFinish: LocalDate, ratio: number): LocalDate {
  const start = parseLocalDate(today) ?? 0
  const finish = parseLocalDate(plannedFinish) ?? start
  if (ratio <= 0 || finish <= start) return plannedFinish
  return formatDay(start + Math.ceil((finish - start) / ratio))
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return (parseLocalDate(to) ?? 0) - (parseLocalDate(from) ?? 0)
}
