// Spaced review: FSRS turns a topic's recall ratings into the next review's due instant.
import { createEmptyCard, fsrs, Rating, type Grade } from 'ts-fsrs'
import type { RecallRating, ReviewRecord } from '../domain/plan'

/** Length of a review session when the plan does not say. */
export const DEFAULT_REVIEW_MINUTES = 15

const GRADES: Record<RecallRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy
}

// No fuzz keeps plans deterministic. No short-term steps: a topic review is a calendar session, and FSRS's
// minute-scale learning steps would put one right after the study session that was just rated.
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false })

/**
 * When a topic should next be reviewed, given its recall ratings (any order; sorted by time here). The first rating
 * is the one given after the topic's last study session. Null without ratings.
 */
export function nextReviewDue(history: readonly ReviewRecord[]): number | null {
  const ordered = [...history].sort((a, b) => a.ratedAtMs - b.ratedAtMs)
  const first = ordered[0]
  if (!first) return null
  let card = createEmptyCard(new Date(first.ratedAtMs))
  for (const record of ordered) {
    card = scheduler.next(card, new Date(record.ratedAtMs), GRADES[record.rating]).card
  }
  return card.due.getTime()
}

/** A review waiting for a slot: due on `dueDay` (a local day number) or later. */
export interface PendingReview {
  readonly topicId: string
  readonly dueMs: number
  readonly dueDay: number
  /** How many ratings the topic has; names the review session. */
  readonly ratingCount: number
}

/**
 * The next review of every topic with ratings, unless a done or pinned review session at or after its last rating
 * already covers it. `dayOf` maps an instant to its local day number. Sorted by due time, then topic order.
 */
export function pendingReviews(
  reviews: readonly ReviewRecord[],
  coveredAfter: ReadonlyMap<string, number>,
  topicOrder: ReadonlyMap<string, number>,
  dayOf: (ms: number) => number
): PendingReview[] {
  const byTopic = new Map<string, ReviewRecord[]>()
  for (const record of reviews) {
    if (!topicOrder.has(record.topicId)) continue
    const list = byTopic.get(record.topicId) ?? []
    list.push(record)
    byTopic.set(record.topicId, list)
  }
  const pending: PendingReview[] = []
  for (const [topicId, history] of byTopic) {
    const lastRating = Math.max(...history.map((record) => record.ratedAtMs))
    if ((coveredAfter.get(topicId) ?? -Infinity) >= lastRating) continue
    const dueMs = nextReviewDue(history)!
    pending.push({ topicId, dueMs, dueDay: dayOf(dueMs), ratingCount: history.length })
  }
  return pending.sort((a, b) => a.dueMs - b.dueMs || topicOrder.get(a.topicId)! - topicOrder.get(b.topicId)!)
}
