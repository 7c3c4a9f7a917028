// The placement loop: walks local days in order, puts due reviews first, then interleaves study chunks of ready topics.
import { MinHeap } from './heap'
import { takeFromStart, type Interval } from './intervals'
import { PlacedSessions } from './placedSessions'
import type { PendingReview } from './reviews'
import type { TopicTable } from './topicTable'
import type { FreeTime } from './windows'
import { MINUTE_MS as SHARED_MINUTE_MS } from '../time'

// Read once into locals: these run in the planner's hot loops (see durations.ts).
const MINUTE_MS = SHARED_MINUTE_MS

/** Size and pacing rules for placement, in minutes. */
export interface PlacementRules {
  readonly dailyCapMinutes: number
  readonly sessionMinMinutes: number
  readonly sessionMaxMinutes: number
  readonly breakMinutes: number
  readonly parallelTopics: number
  readonly reviewMinutes: number
}

/** Everything the loop reads. */
export interface PlacementContext {
  readonly topics: TopicTable
  readonly topicIndex: ReadonlyMap<string, number>
  readonly freeTime: FreeTime
  readonly firstDay: number
  readonly lastDay: number
  /** Minutes of existing (done or pinned) sessions per local day number. */
  readonly usedMinutes: ReadonlyMap<number, number>
  readonly reviews: readonly PendingReview[]
  readonly rules: PlacementRules
}

/** What the loop produced. */
export interface PlacementResult {
  readonly placed: PlacedSessions
  readonly unplacedReviews: PendingReview[]
  /** Whether any day offered a slot of at least the session minimum; tells "no availability" from "out of time". */
  readonly sawUsableTime: boolean
}

/**
 * Minutes of the next chunk of a topic with `remaining` minutes when `available` minutes are free: as long as the
 * rules allow, never below the minimum unless it finishes the topic, and never leaving a tail shorter than the
 * minimum when a slightly shorter chunk avoids it. 0 when nothing fits.
 */
export function chunkMinutes(remaining: number, available: number, min: number, max: number): number {
  let length = Math.min(max, remaining, available)
  if (length <= 0 || (length < remaining && length < min)) return 0
  const tail = remaining - length
  if (tail > 0 && tail < min && length - (min - tail) >= min) length -= min - tail
  return length
}

/** Runs the placement loop over `context` and returns the new sessions; mutates the topic table. */
export function placeSessions(context: PlacementContext): PlacementResult {
  return new Placer(context).run()
}

class Placer {
  private readonly placed = new PlacedSessions()
  private readonly waiting = new MinHeap<number>((a, b) => this.readyBefore(a, b))
  // Topic indexes follow roadmap order, so the lower index is studied first.
  private readonly ready = new MinHeap<number>((a, b) => a < b)
  private readonly active: number[] = []
  private turn = 0
  private nextReview = 0
  private dueReviews: PendingReview[] = []
  private sawUsableTime = false
  /** End of the latest session placed so far: the break after it reaches into the next day's first window. */
  private lastPlacedEndMs = -Infinity
  private readonly breakMs: number
  /** Active slot of the topic pickTopic chose (kept in a field so picking allocates nothing). */
  private pickedSlot = 0

  constructor(private readonly context: PlacementContext) {
    this.breakMs = context.rules.breakMinutes * MINUTE_MS
    const { complete, unmetPrerequisites, count } = context.topics
    for (let index = 0; index < count; index++) {
      if (complete[index] === 0 && unmetPrerequisites[index] === 0) this.waiting.push(index)
    }
  }

  run(): PlacementResult {
    const { firstDay, lastDay, freeTime } = this.context
    for (let day = firstDay; day <= lastDay && this.hasWork(); day++) {
      if (freeTime.hasWindows(day)) this.placeDay(day)
    }
    return {
      placed: this.placed,
      unplacedReviews: [...this.dueReviews, ...this.context.reviews.slice(this.nextReview)],
      sawUsableTime: this.sawUsableTime
    }
  }

  private readyBefore(a: number, b: number): boolean {
    const readyAtMs = this.context.topics.readyAtMs
    return readyAtMs[a]! < readyAtMs[b]! || (readyAtMs[a] === readyAtMs[b] && a < b)
  }

  private hasWork(): boolean {
    return (
      this.active.length > 0 ||
      this.ready.size > 0 ||
      this.waiting.size > 0 ||
      this.dueReviews.length > 0 ||
      this.nextReview < this.context.reviews.length
    )
  }

  private placeDay(day: number): void {
    const { rules, reviews } = this.context
    while (this.nextReview < reviews.length && reviews[this.nextReview]!.dueDay <= day)
      this.dueReviews.push(reviews[this.nextReview++]!)
    const capLeft = rules.dailyCapMinutes - (this.context.usedMinutes.get(day) ?? 0)
    if (capLeft <= 0) return
    const free = keepFrom(this.context.freeTime.freeIntervals(day), this.lastPlacedEndMs + this.breakMs)
    if (free.length === 0) return
    if (capLeft >= rules.sessionMinMinutes && hasLength(free, rules.sessionMinMinutes * MINUTE_MS))
      this.sawUsableTime = true
    this.placeStudy(free, this.dueReviews.length > 0 ? this.placeReviews(free, capLeft) : capLeft)
  }

  /** Reviews go first each day so new material never crowds out what is due. Returns the cap left. */
  private placeReviews(free: Interval[], capLeft: number): number {
    const minutes = this.context.rules.reviewMinutes
    const stillDue: PendingReview[] = []
    for (const review of this.dueReviews) {
      const slot =
        capLeft >= minutes ? free.findIndex((interval) => interval.end - interval.start >= minutes * MINUTE_MS) : -1
      if (slot < 0) {
        stillDue.push(review)
        continue
      }
      const startMs = free[slot]!.start
      const endMs = startMs + minutes * MINUTE_MS
      this.placed.add(this.context.topicIndex.get(review.topicId)!, startMs, endMs, review.ratingCount)
      this.lastPlacedEndMs = Math.max(this.lastPlacedEndMs, endMs)
      takeFromStart(free, slot, endMs, this.breakMs)
      capLeft -= minutes
      this.sawUsableTime = true
    }
    this.dueReviews = stillDue
    return capLeft
  }

  /** Fills the day's free intervals from the earliest, one chunk at a time, rotating through the active topics. */
  private placeStudy(free: Interval[], capLeft: number): void {
    let index = 0
    while (capLeft > 0 && index < free.length) {
      const interval = free[index]!
      this.activate(interval.start)
      if (this.active.length === 0) {
        const next = this.waiting.peek()
        if (next === undefined) return
        const readyAt = this.context.topics.readyAtMs[next]!
        if (readyAt >= interval.end) index++
        else interval.start = Math.ceil(readyAt / MINUTE_MS) * MINUTE_MS
        continue
      }
      const intervalMinutes = (interval.end - interval.start) / MINUTE_MS
      const minutes = this.pickTopic(Math.min(intervalMinutes, capLeft))
      if (minutes === 0) {
        if (capLeft < intervalMinutes) return
        index++
        continue
      }
      const slot = this.pickedSlot
      const startMs = interval.start
      const endMs = startMs + minutes * MINUTE_MS
      this.placed.add(this.active[slot]!, startMs, endMs, -1)
      this.lastPlacedEndMs = Math.max(this.lastPlacedEndMs, endMs)
      index -= takeFromStart(free, index, endMs, this.breakMs)
      capLeft -= minutes
      this.advance(slot, minutes, endMs)
    }
  }

  /** Moves topics whose prerequisites are done into the ready queue and fills the active slots in roadmap order. */
  private activate(atMs: number): void {
    const readyAtMs = this.context.topics.readyAtMs
    const parallelTopics = this.context.rules.parallelTopics
    for (let next = this.waiting.peek(); next !== undefined && readyAtMs[next]! <= atMs; next = this.waiting.peek()) {
      this.ready.push(this.waiting.pop()!)
    }
    while (this.active.length < parallelTopics && this.ready.size > 0) this.active.push(this.ready.pop()!)
  }

  /**
   * Minutes of a chunk of the first active topic, from the current turn on, with a chunk that fits `available`
   * minutes; its slot goes to `pickedSlot`. 0 when none fits.
   */
  private pickTopic(available: number): number {
    const { rules } = this.context
    const remaining = this.context.topics.remaining
    for (let step = 0; step < this.active.length; step++) {
      const slot = (this.turn + step) % this.active.length
      const minutes = chunkMinutes(
        remaining[this.active[slot]!]!,
        available,
        rules.sessionMinMinutes,
        rules.sessionMaxMinutes
      )
      if (minutes > 0) {
        this.pickedSlot = slot
        return minutes
      }
    }
    return 0
  }

  private advance(slot: number, minutes: number, endMs: number): void {
    const topicIndex = this.active[slot]!
    const { remaining, lastEndMs } = this.context.topics
    remaining[topicIndex]! -= minutes
    lastEndMs[topicIndex] = Math.max(lastEndMs[topicIndex]!, endMs)
    this.turn = slot + 1
    if (remaining[topicIndex]! > 0) {
      this.turn %= this.active.length
      return
    }
    // Shift by hand: splice would allocate a result array for every finished topic.
    for (let index = slot; index + 1 < this.active.length; index++) this.active[index] = this.active[index + 1]!
    this.active.length--
    this.turn = this.active.length === 0 ? 0 : (this.turn - 1) % this.active.length
    this.complete(topicIndex)
  }

  /** Marks a topic finished and releases dependents whose prerequisites are now all finished. */
  private complete(topicIndex: number): void {
    const {
      complete,
      unmetPrerequisites,
      readyAtMs,
      lastEndMs,
      prerequisiteStart,
      prerequisiteList,
      dependentStart,
      dependentList
    } = this.context.topics
    complete[topicIndex] = 1
    for (let link = dependentStart[topicIndex]!; link < dependentStart[topicIndex + 1]!; link++) {
      const dependent = dependentList[link]!
      unmetPrerequisites[dependent]!--
      if (complete[dependent] === 1 || unmetPrerequisites[dependent]! > 0) continue
      let ready = -Infinity
      for (let k = prerequisiteStart[dependent]!; k < prerequisiteStart[dependent + 1]!; k++)
        ready = Math.max(ready, lastEndMs[prerequisiteList[k]!]!)
      readyAtMs[dependent] = ready
      this.waiting.push(dependent)
    }
  }
}

/** Whether some interval of `free` lasts at least `lengthMs`. */
function hasLength(free: readonly Interval[], lengthMs: number): boolean {
  for (let index = 0; index < free.length; index++) {
    if (free[index]!.end - free[index]!.start >= lengthMs) return true
  }
  return false
}

/** `free` without anything before `fromMs`; shortens the (fresh) array in place rather than copying it. */
function keepFrom(free: Interval[], fromMs: number): Interval[] {
  let drop = 0
  while (drop < free.length && free[drop]!.end <= fromMs) drop++
  const first = free[drop]
  if (first && first.start < fromMs) first.start = Math.ceil(fromMs / MINUTE_MS) * MINUTE_MS
  if (first && first.start >= first.end) drop++
  if (drop > 0) {
    for (let index = drop; index < free.length; index++) free[index - drop] = free[index]!
    free.length -= drop
  }
  return free
}
