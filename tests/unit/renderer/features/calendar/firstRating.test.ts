// Spaced review starts from a first rating: the topic's last planned study session asks for it when done, and that
// rating plans the topic's first review. (Before, only review sessions asked, and none could ever come.)
import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NO_TOPIC } from '../../../../../src/shared/domain/session'
import { PlannerDB, type SessionRecord } from '../../../../../src/renderer/src/db/PlannerDB'
import { readPlanRows, SESSIONS } from '../../../../../src/renderer/src/db/planRows'
import { createRepositories, type Repositories } from '../../../../../src/renderer/src/db/repositories'
import { asksFirstRating } from '../../../../../src/renderer/src/features/calendar/firstRating'
import { NOW, smallPlan } from '../../db/planFixtures'
import { makeSession } from './sessionFixtures'

const HOUR = 3_600_000
const t0 = Date.UTC(2027, 0, 4, 18)

describe('asksFirstRating', () => {
  const first = makeSession('a', t0) as SessionRecord
  const last = makeSession('b', t0 + 24 * HOUR) as SessionRecord
  const firstDone = { ...first, status: 'done' as const }

  it('is true for the only study session of a topic still planned, when the plan has spaced review', () => {
    expect(asksFirstRating(last, [firstDone, last], true)).toBe(true)
  })

  it('is false while another study session of the topic is planned, later or earlier (a missed one is work to place)', () => {
    expect(asksFirstRating(first, [first, last], true)).toBe(false)
    expect(asksFirstRating(last, [first, last], true)).toBe(false)
  })

  it('counts only study sessions of the same topic still planned', () => {
    expect(asksFirstRating(last, [{ ...first, status: 'skipped' }, last], true)).toBe(true)
    expect(asksFirstRating(last, [{ ...first, kind: 'review' }, last], true)).toBe(true)
    expect(asksFirstRating(last, [{ ...first, topicId: 'another-topic' }, last], true)).toBe(true)
  })

  it('never asks without spaced review, for a review, or for a session on no topic', () => {
    expect(asksFirstRating(last, [firstDone, last], false)).toBe(false)
    expect(asksFirstRating({ ...last, kind: 'review' }, [firstDone, last], true)).toBe(false)
    const own = { ...last, topicId: NO_TOPIC }
    expect(asksFirstRating(own, [own], true)).toBe(false)
  })
})

describe('the first rating on a stored plan', () => {
  let db: PlannerDB
  let repos: Repositories

  beforeEach(async () => {
    db = new PlannerDB(`first-rating-${Math.random()}`)
    repos = createRepositories(db)
    const created = await repos.plans.createPlan(smallPlan(), NOW)
    if (!created.ok) throw new Error(created.error.message)
  })

  afterEach(async () => {
    db.close()
    await Dexie.delete(db.name)
  })

  /** The first topic's study sessions done in order, all but the last: the one left is the topic's last. */
  async function lastStudyOfFirstTopic() {
    const [plan] = await repos.plans.listPlans()
    const topicId = (await readPlanRows(db, SESSIONS, plan!.id)).find((session) => session.kind === 'study')!.topicId
    for (;;) {
      const sessions = await readPlanRows(db, SESSIONS, plan!.id)
      const planned = sessions
        .filter((session) => session.topicId === topicId && session.kind === 'study' && session.status === 'planned')
        .sort((a, b) => a.startMs - b.startMs)
      if (planned.length === 1) return { plan: plan!, sessions, topicId, last: planned[0]! }
      expect(asksFirstRating(planned[0]!, sessions, true)).toBe(false)
      const done = await repos.sessions.markDone(planned[0]!.id, planned[0]!.minutes, planned[0]!.endMs)
      expect(done.ok).toBe(true)
    }
  }

  it('is asked on the topic’s last session, and Done with it plans the topic’s first review', async () => {
    const { plan, sessions, topicId, last } = await lastStudyOfFirstTopic()
    expect(plan.settings.reviews.enabled).toBe(true)
    expect(sessions.some((session) => session.kind === 'review')).toBe(false)
    expect(asksFirstRating(last, sessions, plan.settings.reviews.enabled)).toBe(true)

    const done = await repos.sessions.markDone(last.id, last.minutes, last.endMs, 'good')
    expect(done.ok).toBe(true)
    const after = await readPlanRows(db, SESSIONS, plan.id)
    const reviews = after.filter((session) => session.kind === 'review' && session.topicId === topicId)
    expect(reviews.length).toBeGreaterThan(0)
    expect(reviews.every((review) => review.startMs > last.endMs)).toBe(true)
  })

  it('without the rating, no review is planned: the control for the test above', async () => {
    const { plan, last } = await lastStudyOfFirstTopic()
    expect((await repos.sessions.markDone(last.id, last.minutes, last.endMs)).ok).toBe(true)
    const after = await readPlanRows(db, SESSIONS, plan.id)
    expect(after.some((session) => session.kind === 'review')).toBe(false)
  })
})
