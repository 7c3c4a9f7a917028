// Half-open instant intervals [start, end): merging, subtracting and carving out booked time.

/** A mutable half-open interval of instants, [start, end). */
export interface Interval {
  start: number
  end: number
}

/** Sorted, disjoint union of `intervals` (touching intervals are joined). */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals
    .filter((interval) => interval.end > interval.start)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: Interval[] = []
  for (const interval of sorted) {
    const last = merged[merged.length - 1]
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end)
    else merged.push({ start: interval.start, end: interval.end })
  }
  return merged
}

/**
 * `free` minus `blocked`, both sorted and disjoint. `blocked` is read from index `from`, so a caller sweeping forward
 * in time can skip blockers that ended long ago.
 */
export function subtractIntervals(free: readonly Interval[], blocked: readonly Interval[], from = 0): Interval[] {
  const result: Interval[] = []
  let index = from
  for (const interval of free) {
    let start = interval.start
    while (index < blocked.length && blocked[index]!.end <= start) index++
    let scan = index
    while (scan < blocked.length && blocked[scan]!.start < interval.end) {
      const blocker = blocked[scan]!
      if (blocker.start > start) result.push({ start, end: blocker.start })
      start = Math.max(start, blocker.end)
      scan++
    }
    if (start < interval.end) result.push({ start, end: interval.end })
  }
  return result
}

/** Index of the first interval in sorted, disjoint `intervals` that ends after `ms`. */
export function firstEndingAfter(intervals: readonly Interval[], ms: number): number {
  let low = 0
  let high = intervals.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (intervals[mid]!.end <= ms) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * Books [free[index].start, end) with a break of `pad` on both sides in sorted, disjoint `free`, in place. Sessions are
 * always taken from the start of an interval, so the booked time itself never splits one. Returns how many intervals
 * before `index` were removed, so a caller walking the list can keep its place.
 */
export function takeFromStart(free: Interval[], index: number, end: number, pad: number): number {
  const busyFrom = free[index]!.start - pad
  const freeFrom = end + pad
  let last = index
  while (last < free.length && free[last]!.start < freeFrom) {
    if (free[last]!.end > freeFrom) {
      free[last]!.start = freeFrom
      break
    }
    last++
  }
  let first = index
  while (first > 0 && free[first - 1]!.end > busyFrom) {
    const before = free[first - 1]!
    if (before.start < busyFrom) {
      before.end = busyFrom
      break
    }
    first--
  }
  // Removed by hand: splice would allocate an array of the removed intervals on every booking.
  const removed = last - first
  if (removed > 0) {
    for (let at = last; at < free.length; at++) free[at - removed] = free[at]!
    free.length -= removed
  }
  return index - first
}
