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

  it('is true for the last planned study session of a topic when the plan has spaced review', () => {
    expect(asksFirstRating(last, [first, last], true)).toBe(true)
    expect(asksFirstRating(first, [first, last], true)).toBe(false)
  })

  it('counts only later study sessions still planned', () => {
    for (const status of ['done', 'skipped'] as const) {
      expect(asksFirstRating(first, [first, { ...last, status }], true)).toBe(true)
    }
    expect(asksFirstRating(first, [first, { ...last, kind: 'review' }], true)).toBe(true)
    expect(asksFirstRating(first, [first, { ...last, topicId: 'another-topic' }], true)).toBe(true)
  })

  it('never asks without spaced review, for a review, or for a session on no topic', () => {
    expect(asksFirstRating(last, [first, last], false)).toBe(false)
    expect(asksFirstRating({ ...last, kind: 'review' }, [first, last], true)).toBe(false)
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

  async function lastStudyOfFirstTopic() {
    const [plan] = await repos.plans.listPlans()
    const sessions = await readPlanRows(db, SESSIONS, plan!.id)
    const topicId = sessions.find((session) => session.kind === 'study')!.topicId
    const ofTopic = sessions.filter((session) => session.topicId === topicId).sort((a, b) => a.startMs - b.startMs)
    return { plan: plan!, sessions, topicId, last: ofTopic.at(-1)! }
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
