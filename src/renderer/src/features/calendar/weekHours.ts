// This week's study hours: what is done and what the plan holds, for the today panel.
import type { Weekday } from '../../../../shared/domain/availability'
import type { Session } from '../../../../shared/domain/session'
import type { EpochMs, IanaZone } from '../../../../shared/domain/time'
import { MINUTE_MS, weekBounds } from '../../../../shared/time'

/** Minutes of study in one local week. */
export interface WeekHours {
  readonly weekStartMs: EpochMs
  readonly weekEndMs: EpochMs
  /** Minutes of done sessions (their actual minutes) starting this week. */
  readonly doneMinutes: number
  /**
   * Planned length of every session starting this week, whatever became of it (done, skipped, missed or still
   * planned), as Progress counts a week: a session done in 45 of its 60 minutes, or not at all, still planned 60.
   */
  readonly scheduledMinutes: number
}

/** Done and scheduled minutes of the local week (starting on `firstDay`) that contains `now`. */
export function weekHours(
  sessions: readonly Session[],
  now: EpochMs,
  timeZone: IanaZone,
  firstDay: Weekday
): WeekHours {
  const { startMs, endMs } = weekBounds(now, timeZone, firstDay)
  let doneMinutes = 0
  let scheduledMinutes = 0
  for (const session of sessions) {
    if (session.startMs < startMs || session.startMs >= endMs) continue
    scheduledMinutes += Math.round((session.endMs - session.startMs) / MINUTE_MS)
    if (session.status === 'done') doneMinutes += session.minutes
  }
  return { weekStartMs: startMs, weekEndMs: endMs, doneMinutes, scheduledMinutes }
}
