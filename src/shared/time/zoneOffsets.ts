// The planner's fast path for one zone: its UTC offsets sampled from Intl once per year into a sorted table, and
// wall-time <-> instant conversion on plain numbers, with the same rule as wallTime.ts's instantOfWall.
import { utcYearOf } from './dayNumbers'
import { DAY_MS as SHARED_DAY_MS, HOUR_MS as SHARED_HOUR_MS } from './durations'
import { firstOffsetChange, offsetAt } from './wallTime'

// Read once into locals: these run in the planner's hot loops (see durations.ts).
const HOUR_MS = SHARED_HOUR_MS
const DAY_MS = SHARED_DAY_MS

/** A change of a zone's UTC offset: from `atMs` on, local = utc + `after` instead of utc + `before`. */
export interface OffsetTransition {
  readonly atMs: number
  readonly before: number
  readonly after: number
}

const NO_TRANSITIONS: OffsetTransition[] = []
const NO_RANGES: ReadonlyArray<readonly [number, number]> = Object.freeze([])

const SAMPLE_STEP_MS = 7 * DAY_MS
/** Every real zone's offset lies within -12h..+14h; a margin of 15h reaches every instant a wall time can map to. */
const OFFSET_REACH_MS = 15 * HOUR_MS

/**
 * Offsets of one zone. Intl is slow (microseconds a call), so each UTC year is sampled weekly once, transitions are
 * located to the minute by bisection and kept in one sorted array; lookups afterwards are binary searches (with a
 * shortcut for the sequential access the planner makes). Assumes at most one offset change per week, which holds for
 * every zone's rules since 1970.
 */
export class ZoneOffsets {
  private firstYear = 0
  private lastYear = -1
  /** Offset before the first loaded transition (at the start of `firstYear`). */
  private baseOffset = 0
  private transitions: OffsetTransition[] = []
  private lastIndex = -1
  private loadedFromMs = 0
  private loadedToMs = 0

  constructor(readonly zone: string) {}

  /** Offset in ms (local minus UTC) in force at instant `ms`. */
  offsetAt(ms: number): number {
    this.load(ms)
    const index = this.indexAt(ms)
    return index < 0 ? this.baseOffset : this.transitions[index]!.after
  }

  /** Transitions with `fromMs < atMs <= toMs`, in time order. */
  transitionsBetween(fromMs: number, toMs: number): OffsetTransition[] {
    this.load(fromMs)
    this.load(toMs)
    const first = this.indexAt(fromMs) + 1
    const last = this.indexAt(toMs)
    return last < first ? NO_TRANSITIONS : this.transitions.slice(first, last + 1)
  }

  /** Local wall time (as a local epoch) of instant `ms`. */
  instantToLocal(ms: number): number {
    return ms + this.offsetAt(ms)
  }

  /**
   * The instant of a wall time given as a local epoch, by the 'clock-jump' rule (wallTime.ts): a repeated wall time
   * (a fall-back night's repeated hour) resolves to its first occurrence; a wall time in a spring-forward gap resolves
   * to the instant the clocks jump, so a window touching the gap is shortened rather than moved.
   */
  localToInstant(localMs: number): number {
    const nearby = this.transitionsBetween(localMs - OFFSET_REACH_MS, localMs + OFFSET_REACH_MS)
    const first = nearby[0]
    if (!first) return localMs - this.offsetAt(localMs)
    let segmentStart = -Infinity
    let offset = first.before
    for (const transition of nearby) {
      const candidate = localMs - offset
      if (candidate >= segmentStart && candidate < transition.atMs) return candidate
      segmentStart = transition.atMs
      offset = transition.after
    }
    const lastCandidate = localMs - offset
    if (lastCandidate >= segmentStart) return lastCandidate
    for (const transition of nearby) {
      if (localMs - transition.before >= transition.atMs && localMs - transition.after < transition.atMs)
        return transition.atMs
    }
    return lastCandidate
  }

  /**
   * The offset that turns every wall time of the local day starting at local epoch `dayLocalMs` (up to and including
   * its 24:00) into its instant, as `local - offset`; NaN when an offset change is near enough that localToInstant
   * must decide. Lets the planner convert a day's windows with plain arithmetic on most days.
   */
  steadyOffsetOfDay(dayLocalMs: number): number {
    const fromMs = dayLocalMs - OFFSET_REACH_MS
    const toMs = dayLocalMs + DAY_MS + OFFSET_REACH_MS
    this.load(fromMs)
    this.load(toMs)
    const index = this.indexAt(toMs)
    if (index !== this.indexAt(fromMs)) return Number.NaN
    return index < 0 ? this.baseOffset : this.transitions[index]!.after
  }

  /**
   * Instants that repeat an earlier wall time (the second pass through a fall-back hour) between `fromMs` and `toMs`,
   * as [start, end) pairs. Excluding them means no wall-clock time is ever booked twice.
   */
  repeatedRanges(fromMs: number, toMs: number): ReadonlyArray<readonly [number, number]> {
    const transitions = this.transitionsBetween(fromMs - DAY_MS, toMs)
    // The planner asks once per day and nearly every day has no transition nearby: answer those without allocating.
    if (transitions.length === 0) return NO_RANGES
    const ranges: Array<[number, number]> = []
    for (const transition of transitions) {
      const end = transition.atMs + transition.before - transition.after
      if (transition.after < transition.before && end > fromMs && transition.atMs < toMs)
        ranges.push([transition.atMs, end])
    }
    return ranges
  }

  /** Index of the last transition at or before `ms`, or -1. */
  private indexAt(ms: number): number {
    const transitions = this.transitions
    const cached = this.lastIndex
    if (
      cached >= 0 &&
      cached < transitions.length &&
      transitions[cached]!.atMs <= ms &&
      (cached + 1 === transitions.length || transitions[cached + 1]!.atMs > ms)
    ) {
      return cached
    }
    let low = 0
    let high = transitions.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (transitions[mid]!.atMs <= ms) low = mid + 1
      else high = mid
    }
    this.lastIndex = low - 1
    return low - 1
  }

  /** Makes sure the year of `ms` is sampled. */
  private load(ms: number): void {
    if (ms >= this.loadedFromMs && ms < this.loadedToMs) return
    const year = utcYearOf(ms)
    if (this.lastYear < this.firstYear) {
      this.firstYear = year
      this.lastYear = year
      this.baseOffset = this.rawOffset(Date.UTC(year, 0, 1))
      this.transitions = this.buildYear(year)
    }
    while (year < this.firstYear) {
      this.firstYear--
      this.transitions = [...this.buildYear(this.firstYear), ...this.transitions]
      this.baseOffset = this.rawOffset(Date.UTC(this.firstYear, 0, 1))
    }
    while (year > this.lastYear) {
      this.lastYear++
      this.transitions = [...this.transitions, ...this.buildYear(this.lastYear)]
    }
    this.loadedFromMs = Date.UTC(this.firstYear, 0, 1)
    this.loadedToMs = Date.UTC(this.lastYear + 1, 0, 1)
    this.lastIndex = -1
  }

  /** Transitions inside UTC year `year`, including one exactly at its first instant. */
  private buildYear(year: number): OffsetTransition[] {
    const start = Date.UTC(year, 0, 1)
    const end = Date.UTC(year + 1, 0, 1)
    const transitions: OffsetTransition[] = []
    let previousMs = start
    let previousOffset = this.rawOffset(start)
    const offsetBefore = this.rawOffset(start - 1000)
    if (offsetBefore !== previousOffset) transitions.push({ atMs: start, before: offsetBefore, after: previousOffset })
    while (previousMs < end) {
      const sampleMs = Math.min(previousMs + SAMPLE_STEP_MS, end - 1000)
      const sampleOffset = this.rawOffset(sampleMs)
      if (sampleOffset !== previousOffset) {
        transitions.push({
          atMs: firstOffsetChange(previousMs, sampleMs, this.zone),
          before: previousOffset,
          after: sampleOffset
        })
      }
      if (sampleMs === end - 1000) break
      previousMs = sampleMs
      previousOffset = sampleOffset
    }
    return transitions
  }

  /** Offset at a whole-second instant, read from Intl. */
  private rawOffset(ms: number): number {
    return offsetAt(ms, this.zone)
  }
}

const zoneCache = new Map<string, ZoneOffsets>()

/** The shared, lazily filled offset table of `zone` (deterministic, so sharing it between plans is safe). */
export function zoneOffsets(zone: string): ZoneOffsets {
  let offsets = zoneCache.get(zone)
  if (!offsets) {
    offsets = new ZoneOffsets(zone)
    zoneCache.set(zone, offsets)
  }
  return offsets
}
