// Turns weekly windows, blackouts and busy time into each local day's free instants in the plan's zone.
import type { Availability } from '../domain/availability'
import { firstEndingAfter, mergeIntervals, subtractIntervals, type Interval } from './intervals'
import {
  DAY_MS as SHARED_DAY_MS,
  MINUTE_MS as SHARED_MINUTE_MS,
  parseClockTime,
  parseLocalDate,
  type ZoneOffsets
} from '../time'

// Read once into locals: these run in the planner's hot loops (see durations.ts).
const MINUTE_MS = SHARED_MINUTE_MS
const DAY_MS = SHARED_DAY_MS

/** Minutes-after-midnight ranges [start, end) for each weekday (0 = Sunday), merged and sorted. */
export type WeeklyMinutes = ReadonlyArray<ReadonlyArray<readonly [number, number]>>

/** Weekly windows grouped by weekday, overlapping ones merged. Assumes the windows passed validation. */
export function weeklyMinutes(availability: Availability): WeeklyMinutes {
  const days: Array<Array<[number, number]>> = [[], [], [], [], [], [], []]
  for (const window of availability.windows) {
    const start = parseClockTime(window.start, false)
    const end = parseClockTime(window.end, true)
    if (start !== null && end !== null && end > start) days[window.weekday]!.push([start, end])
  }
  return days.map((ranges) => {
    ranges.sort((a, b) => a[0] - b[0])
    const merged: Array<[number, number]> = []
    for (const range of ranges) {
      const last = merged[merged.length - 1]
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
      else merged.push([range[0], range[1]])
    }
    return merged
  })
}

/** Blackout ranges as sorted, merged day-number intervals [startDay, endDay + 1). */
export function blackoutDays(availability: Availability): Interval[] {
  const ranges: Interval[] = []
  for (const blackout of availability.blackouts) {
    const start = parseLocalDate(blackout.start)
    const end = parseLocalDate(blackout.end)
    if (start !== null && end !== null && end >= start) ranges.push({ start, end: end + 1 })
  }
  return mergeIntervals(ranges)
}

/** Inputs of a FreeTime calendar. */
export interface FreeTimeOptions {
  readonly weekly: WeeklyMinutes
  readonly blackouts: readonly Interval[]
  /** Busy time and existing sessions (already padded with breaks), any order. */
  readonly blocked: readonly Interval[]
  readonly offsets: ZoneOffsets
  /** Nothing is free before this instant. */
  readonly notBeforeMs: number
}

/** The free instants of any local day, computed on demand. */
export class FreeTime {
  private readonly blocked: Interval[]
  /** Reused by every freeIntervals call: a plan asks for thousands of days and keeps each answer only briefly. */
  private readonly scratch: Interval[] = []
  private readonly pool: Interval[] = []

  constructor(private readonly options: FreeTimeOptions) {
    this.blocked = mergeIntervals(options.blocked)
  }

  /** Whether the weekly windows give `day` any time at all, before blackouts and busy time (cheap). */
  hasWindows(day: number): boolean {
    return (this.options.weekly[weekdayIndex(day)]?.length ?? 0) > 0
  }

  /**
   * Free intervals of local day `day` (a day number), sorted and on whole minutes: its windows turned into instants
   * (a window in a spring-forward gap shrinks), minus the repeated hour of a fall-back night, blackouts, busy time and
   * everything before `notBeforeMs`. The caller may change the list and its intervals, but only until the next call:
   * both may be reused then.
   */
  freeIntervals(day: number): Interval[] {
    const ranges = this.options.weekly[weekdayIndex(day)]
    if (!ranges || ranges.length === 0 || this.isBlackedOut(day)) return []
    const { offsets } = this.options
    const dayLocal = day * DAY_MS
    let free = this.scratch
    let count = 0
    // Away from offset changes a wall time is simply local - offset; localToInstant handles the days near one.
    const offset = offsets.steadyOffsetOfDay(dayLocal)
    const steady = !Number.isNaN(offset)
    for (let rangeIndex = 0; rangeIndex < ranges.length; rangeIndex++) {
      const startMinute = ranges[rangeIndex]![0]
      const endMinute = ranges[rangeIndex]![1]
      const start = steady
        ? dayLocal + startMinute * MINUTE_MS - offset
        : offsets.localToInstant(dayLocal + startMinute * MINUTE_MS)
      const end = steady
        ? dayLocal + endMinute * MINUTE_MS - offset
        : offsets.localToInstant(dayLocal + endMinute * MINUTE_MS)
      if (end <= start) continue
      const interval = this.pool[count] ?? (this.pool[count] = { start: 0, end: 0 })
      interval.start = start
      interval.end = end
      free[count++] = interval
    }
    free.length = count
    if (count === 0) return []
    const first = free[0]!.start
    const last = free[count - 1]!.end
    const repeated = offsets.repeatedRanges(first, last)
    if (repeated.length > 0)
      free = subtractIntervals(
        free,
        repeated.map(([start, end]) => ({ start, end }))
      )
    // Most days touch no busy time: skip the subtraction (and its allocations) then.
    const blockedFrom = firstEndingAfter(this.blocked, first)
    const blocker = this.blocked[blockedFrom]
    if (blocker !== undefined && blocker.start < last) free = subtractIntervals(free, this.blocked, blockedFrom)
    return roundToMinutes(free, this.options.notBeforeMs)
  }

  private isBlackedOut(day: number): boolean {
    const ranges = this.options.blackouts
    const index = firstEndingAfter(ranges, day)
    const range = ranges[index]
    return range !== undefined && range.start <= day
  }
}

/** Shrinks intervals in place to whole minutes at or after `notBeforeMs`, dropping any that vanish. */
function roundToMinutes(free: Interval[], notBeforeMs: number): Interval[] {
  let kept = 0
  for (const interval of free) {
    const start = Math.ceil(Math.max(interval.start, notBeforeMs) / MINUTE_MS) * MINUTE_MS
    const end = Math.floor(interval.end / MINUTE_MS) * MINUTE_MS
    if (end <= start) continue
    interval.start = start
    interval.end = end
    free[kept++] = interval
  }
  free.length = kept
  return free
}

/** Weekday of a day number, 0 = Sunday; the same as time/dayNumbers.ts weekdayOf, inlined for the per-day hot path. */
function weekdayIndex(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}
