// Spaced review: FSRS due dates from recall ratings, and review sessions placed on or after them ahead of new study.
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs'
import { describe, expect, it } from 'vitest'
import type { ReviewRecord } from '../../../../src/shared/domain/plan'
import { buildSchedule } from '../../../../src/shared/scheduling/buildSchedule'
import { nextReviewDue } from '../../../../src/shared/scheduling/reviews'
import { availability, everyDay, inputOf, noProgress, settings, topic } from './fixtures'

const rated = (rating: ReviewRecord['rating'], iso: string, topicId = 'a'): ReviewRecord => ({
  topicId,
  rating,
  ratedAtMs: Date.parse(iso)
})

describe('nextReviewDue', () => {
  it('follows ts-fsrs (no fuzz, long-term scheduling) rating by rating, whatever order the history comes in', () => {
    const history = [
      rated('good', '2027-01-10T12:00:00Z'),
      rated('hard', '2027-01-04T18:00:00Z'),
      rated('easy', '2027-01-20T09:00:00Z')
    ]
    const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false })
    let card = createEmptyCard(new Date('2027-01-04T18:00:00Z'))
    card = scheduler.next(card, new Date('2027-01-04T18:00:00Z'), Rating.Hard).card
    card = scheduler.next(card, new Date('2027-01-10T12:00:00Z'), Rating.Good).card
    card = scheduler.next(card, new Date('2027-01-20T09:00:00Z'), Rating.Easy).card
    expect(nextReviewDue(history)).toBe(card.due.getTime())
  })

  it('puts better recall further out', () => {
    const at = '2027-01-04T18:00:00Z'
    const dues = (['again', 'hard', 'good', 'easy'] as const).map((rating) => nextReviewDue([rated(rating, at)])!)
    expect([...dues].sort((a, b) => a - b)).toEqual(dues)
    expect(new Set(dues).size).toBe(4)
    expect(nextReviewDue([])).toBeNull()
  })
})

describe('review sessions in the plan', () => {
  const ratedGood = rated('good', '2027-01-04T12:00:00Z', 'done')
  const doneStudy = {
    id: 'd',
    topicId: 'done',
    kind: 'study' as const,
    startMs: Date.parse('2027-01-04T10:00:00Z'),
    endMs: Date.parse('2027-01-04T11:00:00Z'),
    actualMinutes: 60
  }
  const input = inputOf([topic('done', 60), topic('next', 600)], {
    settings: settings({ timeZone: 'UTC', startDate: '2027-01-04', reviews: { enabled: true, sessionMinutes: 20 } }),
    availability: availability({ windows: everyDay('18:00', '20:00'), dailyCapMinutes: 100 }),
    progress: { ...noProgress, done: [doneStudy], reviews: [ratedGood] },
    now: Date.parse('2027-01-04T12:00:00Z')
  })

  it('places one review on or after its due date, first in the day, inside the daily cap', () => {
    const result = buildSchedule(input)
    if (!result.ok) throw new Error(result.error.message)
    const reviews = result.sessions.filter((session) => session.kind === 'review')
    expect(reviews).toHaveLength(1)
    const review = reviews[0]!
    const dueDate = new Date(nextReviewDue([ratedGood])!).toISOString().slice(0, 10)
    expect(review.localStart.slice(0, 10)).toBe(dueDate)
    expect(review).toMatchObject({ id: 'done:review:1', minutes: 20, topicId: 'done' })
    const sameDay = result.sessions.filter(
      (session) => session.localStart.slice(0, 10) === dueDate && session.status === 'planned'
    )
    expect(sameDay[0]!.id).toBe(review.id)
    expect(sameDay.reduce((sum, session) => sum + session.minutes, 0)).toBeLessThanOrEqual(100)
    expect(result.report.plannedReviewMinutes).toBe(20)
  })

  it('places no reviews when they are switched off for the plan', () => {
    const result = buildSchedule({ ...input, settings: { ...input.settings, reviews: { enabled: false } } })
    expect(result.ok && result.sessions.some((session) => session.kind === 'review')).toBe(false)
  })

  it('does not add a review when a pinned review already follows the last rating', () => {
    const pinnedReview = {
      id: 'my-review',
      topicId: 'done',
      kind: 'review' as const,
      startMs: Date.parse('2027-01-06T18:00:00Z'),
      endMs: Date.parse('2027-01-06T18:20:00Z')
    }
    const result = buildSchedule({ ...input, progress: { ...input.progress!, pinned: [pinnedReview] } })
    expect(
      result.ok && result.sessions.filter((session) => session.kind === 'review').map((session) => session.id)
    ).toEqual(['my-review'])
  })
})
