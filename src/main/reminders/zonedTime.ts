// Reminder dates and clock times in the plan's IANA zone, on the shared Intl-based wall-time conversion, so results
// never depend on the host's own time zone and resolve clock changes as the .ics code does.
import { wallFromInstant, wallToInstant } from '../../shared/calendar/zoneTime'

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

function pad2(value: number): string {
  return String(value).padStart(2, '0')
}

/** The local calendar date 'YYYY-MM-DD' of `instant` in `zone`. */
export function localDate(instant: number, zone: string): string {
  const wall = wallFromInstant(zone, instant)
  return `${wall.year}-${pad2(wall.month)}-${pad2(wall.day)}`
}

/** The local clock time 'HH:mm' of `instant` in `zone`. */
export function localClockTime(instant: number, zone: string): string {
  const wall = wallFromInstant(zone, instant)
  return `${pad2(wall.hour)}:${pad2(wall.minute)}`
}

/** A short local day label such as 'Tue 16 Mar' (English, locale-independent). */
export function localDayLabel(instant: number, zone: string): string {
  const wall = wallFromInstant(zone, instant)
  const weekday = new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay()
  return `${WEEKDAYS[weekday] ?? ''} ${wall.day} ${MONTHS[wall.month - 1] ?? ''}`
}

/**
 * The instant at which the wall clock in `zone` shows `time` ('HH:mm') on `date` ('YYYY-MM-DD'). An ambiguous time
 * (clocks going back) resolves to its earlier instant; a time skipped by clocks going forward resolves to the same
 * distance after the jump (02:30 on a spring-forward night becomes 03:30), as RFC 5545 reads such times.
 */
export function instantAtLocal(date: string, time: string, zone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  return wallToInstant(zone, { year, month, day, hour, minute, second: 0 })
}

/** The local date after `date` ('YYYY-MM-DD'), calendar arithmetic only. */
export function nextLocalDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const next = new Date(Date.UTC(year, month - 1, day + 1))
  return `${next.getUTCFullYear()}-${pad2(next.getUTCMonth() + 1)}-${pad2(next.getUTCDate())}`
}

/** The first instant of the local day after the one containing `instant` (local midnight, or later if skipped). */
export function startOfNextLocalDay(instant: number, zone: string): number {
  return instantAtLocal(nextLocalDate(localDate(instant, zone)), '00:00', zone)
}
