// Which hours the week grid shows: from an hour before the earliest study window to an hour after the latest,
// widened for any session outside them, so a learner's evening sessions fit the window without scrolling.
import type { WeeklyWindow } from '../../../../shared/domain/availability'
import type { Session } from '../../../../shared/domain/session'

export interface VisibleHours {
  /** 'HH:00:00', for FullCalendar's slotMinTime. */
  readonly min: string
  /** 'HH:00:00' (up to '24:00:00'), for slotMaxTime. */
  readonly max: string
}

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
  return { min: asTime(Math.max(0, Math.floor(earliest) - 1)), max: asTime(Math.min(24, Math.ceil(latest) + 1)) }
}
