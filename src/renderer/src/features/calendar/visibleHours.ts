// Which hours the week grid shows: the study windows' hours, widened for any session outside them, with an hour
// either side while the grid stays within twelve hours: a learner's week fits the window without scrolling and each
// hour stays tall enough to read its block's title.
import type { WeeklyWindow } from '../../../../shared/domain/availability'
import type { Session } from '../../../../shared/domain/session'

export interface VisibleHours {
  /** 'HH:00:00', for FullCalendar's slotMinTime. */
  readonly min: string
  /** 'HH:00:00' (up to '24:00:00'), for slotMaxTime. */
  readonly max: string
}

/**
 * The most hours the grid shows with the hour before and after the study hours. At 1280×800 the week grid has room
 * for twelve hours of HOUR_MIN_HEIGHT (weekViews.ts); a thirteenth would make it scroll, and the study hours matter
 * more than the empty ones around them.
 */
export const MAX_PADDED_HOURS = 12

const hourOf = (clock: string) => Number(clock.slice(0, 2)) + Number(clock.slice(3, 5)) / 60
const asTime = (hour: number) => `${String(hour).padStart(2, '0')}:00:00`

/** The hours to show; the whole day when there are no windows or sessions. */
export function visibleHours(
  windows: readonly Pick<WeeklyWindow, 'start' | 'end'>[],
  sessions: readonly Pick<Session, 'localStart' | 'localEnd'>[]
): VisibleHours {
  let earliest = Infinity
  let latest = -Infinity
  for (const window of windows) {
    earliest = Math.min(earliest, hourOf(window.start))
    latest = Math.max(latest, window.end === '00:00' ? 24 : hourOf(window.end))
  }
  for (const session of sessions) {
    earliest = Math.min(earliest, hourOf(session.localStart.slice(11)))
    // A session that ends on the next day runs to midnight on the grid.
    const endsNextDay = session.localEnd.slice(0, 10) !== session.localStart.slice(0, 10)
    latest = Math.max(latest, endsNextDay ? 24 : hourOf(session.localEnd.slice(11)))
  }
  if (earliest === Infinity) return { min: asTime(0), max: asTime(24) }
  let min = Math.floor(earliest)
  let max = Math.ceil(latest)
  // Where only one of the two fits, the hour before.
  if (min > 0 && max - min < MAX_PADDED_HOURS) min -= 1
  if (max < 24 && max - min < MAX_PADDED_HOURS) max += 1
  return { min: asTime(min), max: asTime(max) }
}
