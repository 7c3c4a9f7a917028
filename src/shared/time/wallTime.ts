// Instant <-> wall-clock time in an IANA zone, through Intl, with one stated rule for skipped and repeated wall times.
import { DAY_MS, MINUTE_MS } from './durations'
import { zoneFormatter } from './zones'

/** A local wall-clock time: calendar fields as a clock on the wall in some zone shows them (month 1-12). */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/**
 * How to read a wall time that a spring-forward gap skips (02:30 on a night the clocks jump from 02:00 to 03:00):
 * - 'clock-jump' (the default, the planner's and the reminders' rule): the instant the clocks jump, i.e. the first
 *   instant after the gap (02:30 -> 03:00). A study window touching the gap is shortened rather than moved.
 * - 'rfc5545' (.ics files, RFC 5545 §3.3.5): read with the offset in force before the gap, i.e. as far past the jump
 *   as the time is past the gap's start (02:30 -> 03:30).
 *
 * A wall time that happens twice (the repeated hour when clocks fall back) always means its earlier occurrence.
 */
export type SkippedWallRule = 'clock-jump' | 'rfc5545'

/** The wall time in `zone` at instant `ms` (whole seconds; milliseconds are dropped). */
export function wallTimeOf(ms: number, zone: string): WallTime {
  const fields: Record<string, number> = {}
  let bc = false
  for (const part of zoneFormatter(zone).formatToParts(new Date(ms))) {
    if (part.type === 'era') bc = part.value.startsWith('B')
    else if (part.type !== 'literal') fields[part.type] = Number(part.value)
  }
  const year = fields['year'] ?? 1970
  return {
    year: bc ? 1 - year : year,
    month: fields['month'] ?? 1,
    day: fields['day'] ?? 1,
    // Some engines print midnight as 24 even with h23.
    hour: (fields['hour'] ?? 0) % 24,
    minute: fields['minute'] ?? 0,
    second: fields['second'] ?? 0
  }
}

/** Milliseconds of a wall time read as if it were UTC (a "local epoch"): the arithmetic base for offsets. */
export function wallAsUtcMs(wall: WallTime): number {
  const ms = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  // Date.UTC maps years 0-99 to 1900-1999; undo that so every year means itself.
  if (wall.year >= 0 && wall.year < 100) {
    const date = new Date(ms)
    date.setUTCFullYear(wall.year)
    return date.getTime()
  }
  return ms
}

/** The wall fields of a local epoch (a wall time read as UTC). */
export function wallOfUtcMs(localMs: number): WallTime {
  const date = new Date(localMs)
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds()
  }
}

/** UTC offset of `zone` at instant `ms`, in milliseconds (east of Greenwich is positive; second precision). */
export function offsetAt(ms: number, zone: string): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000
  return wallAsUtcMs(wallTimeOf(wholeSecond, zone)) - wholeSecond
}

interface WallCandidates {
  /** The instants showing the wall time, earliest first: none in a gap, two in a repeated hour. */
  readonly valid: number[]
  readonly localMs: number
  readonly offsetBefore: number
  readonly offsetAfter: number
}

function wallCandidates(wall: WallTime, zone: string): WallCandidates {
  const localMs = wallAsUtcMs(wall)
  // Offsets a day either side bracket any single transition near this wall time.
  const offsetBefore = offsetAt(localMs - DAY_MS, zone)
  const offsetAfter = offsetAt(localMs + DAY_MS, zone)
  const valid = [...new Set([localMs - offsetBefore, localMs - offsetAfter])]
    .filter((candidate) => candidate + offsetAt(candidate, zone) === localMs)
    .sort((a, b) => a - b)
  return { valid, localMs, offsetBefore, offsetAfter }
}

/**
 * The first whole minute in (lowMs, highMs] whose offset differs from the one at `lowMs`, found by bisection: where the
 * clocks change, given an interval holding one change (every zone's changes since 1970 fall on whole minutes). Both
 * the skipped-time rule and the planner's offset tables locate changes with it.
 */
export function firstOffsetChange(lowMs: number, highMs: number, zone: string): number {
  const lowOffset = offsetAt(lowMs, zone)
  let low = lowMs
  let high = highMs
  while (high - low > MINUTE_MS) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS
    if (offsetAt(mid, zone) === lowOffset) low = mid
    else high = mid
  }
  return high
}

/**
 * The instant at which the wall clock in `zone` shows `wall`. A repeated wall time (clocks going back) is its earlier
 * occurrence; a skipped one is read by `skipped` (see {@link SkippedWallRule}; 'clock-jump' unless the caller reads
 * an .ics file).
 */
export function instantOfWall(wall: WallTime, zone: string, skipped: SkippedWallRule = 'clock-jump'): number {
  const { valid, localMs, offsetBefore, offsetAfter } = wallCandidates(wall, zone)
  const first = valid[0]
  if (first !== undefined) return first
  if (skipped === 'rfc5545') return localMs - offsetBefore
  return firstOffsetChange(localMs - offsetAfter, localMs - offsetBefore, zone)
}

/** True when `wall` happens twice in `zone` (the repeated hour when clocks fall back). */
export function isRepeatedWall(wall: WallTime, zone: string): boolean {
  return wallCandidates(wall, zone).valid.length > 1
}

/** True when no instant shows `wall` in `zone` (skipped by a spring-forward gap). */
export function isSkippedWall(wall: WallTime, zone: string): boolean {
  return wallCandidates(wall, zone).valid.length === 0
}

/** The calendar date `days` after (or before) the given one, keeping its time of day. */
export function addDaysToWall(wall: WallTime, days: number): WallTime {
  const date = wallOfUtcMs(wallAsUtcMs({ ...wall, hour: 0, minute: 0, second: 0 }) + days * DAY_MS)
  return { ...date, hour: wall.hour, minute: wall.minute, second: wall.second }
}

/** Whole calendar days from the date of `from` to the date of `to` (time of day ignored). */
export function calendarDaysBetween(from: WallTime, to: WallTime): number {
  const midnight = (wall: WallTime): number => wallAsUtcMs({ ...wall, hour: 0, minute: 0, second: 0 })
  return Math.round((midnight(to) - midnight(from)) / DAY_MS)
}
