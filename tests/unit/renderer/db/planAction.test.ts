// Learner actions through the one plan-action helper: finishing a review is one step, a refusal leaves no trace, and
// undo steps stored with free-text labels before the typed list still show and undo.
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RecallRating } from '../../../../src/shared/domain/plan'
import { NO_TOPIC } from '../../../../src/shared/domain/session'
import { PlannerDB, type SessionRecord } from '../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../src/renderer/src/db/repositories'
import { undoText } from '../../../../src/renderer/src/components/undoText'
import { DAY, NOW, smallPlan } from './planFixtures'
import { en } from '../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../src/shared/i18n/translator'

const t = translatorFor('en', en)

let db: PlannerDB
let repos: Repositories
let counter = 0

beforeEach(async () => {
  db = new PlannerDB(`plan-action-${Math.random()}`)
  await db.open()
  repos = createRepositories(db, () => `id${++counter}`)
})

afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

/** Every row a plan action can write, undo steps included, exactly as stored. */
async function storedRows() {
  return db.transaction(
    'r',
    [db.plans, db.roadmaps, db.sessionWeeks, db.studyLogWeeks, db.reviewWeeks, db.undoSteps],
    async () => ({
      plans: await db.plans.toArray(),
      roadmaps: await db.roadmaps.toArray(),
      sessionWeeks: await db.sessionWeeks.toArray(),
      studyLogWeeks: await db.studyLogWeeks.toArray(),
      reviewWeeks: await db.reviewWeeks.toArray(),
      undoSteps: await db.undoSteps.toArray()
    })
  )
}

/** The small plan with a review of its first topic planned (a rating plans one). */
async function planWithReview(): Promise<{ planId: string; review: SessionRecord }> {
  const created = await repos.plans.createPlan(smallPlan(), NOW)
  if (!created.ok) throw new Error(created.error.message)
  const { planId } = created.value
  expect((await repos.sessions.rateReview(planId, 'rust-t0', 'good', NOW)).ok).toBe(true)
  const review = (await repos.plans.allSessions(planId)).find((session) => session.kind === 'review')
  if (!review) throw new Error('The rating planned no review.')
  return { planId, review }
}

describe('finishing a review', () => {
  it('is one undo step that records the done session, its minutes and its rating; Undo puts back the state before', async () => {
    const { planId, review } = await planWithReview()
    const before = await storedRows()
    const stepsBefore = await db.undoSteps.where('planId').equals(planId).count()

    const done = await repos.sessions.markDone(review.id, 12, review.endMs, 'hard')

    expect(done.ok).toBe(true)
    expect(await db.undoSteps.where('planId').equals(planId).count()).toBe(stepsBefore + 1)
    expect(await repos.sessions.undoLabel(planId)).toBe('Mark done')
    expect((await repos.plans.allSessions(planId)).find((session) => session.id === review.id)).toMatchObject({
      status: 'done',
      minutes: 12
    })
    expect(
      (await repos.sessions.ratings(planId)).map(({ topicId, rating, ratedAtMs }) => ({ topicId, rating, ratedAtMs }))
    ).toEqual([
      { topicId: 'rust-t0', rating: 'good', ratedAtMs: NOW },
      { topicId: 'rust-t0', rating: 'hard', ratedAtMs: review.endMs }
    ])
    expect(await repos.sessions.studyLog(planId)).toMatchObject([{ sessionId: review.id, actualMinutes: 12 }])

    expect(await repos.sessions.undo(planId, review.endMs)).toMatchObject({ ok: true, value: { label: 'Mark done' } })
    expect(await storedRows()).toEqual(before)
  })

  it('refuses a bad rating and stores nothing, not even an undo step', async () => {
    const { review } = await planWithReview()
    const before = await storedRows()
    expect(await repos.sessions.markDone(review.id, 12, review.endMs, 'meh' as RecallRating)).toMatchObject({
      ok: false,
      error: { code: 'invalid', where: 'rating' }
    })
    expect(await storedRows()).toEqual(before)
  })

  it('refuses a rating for a session on no topic (it has nothing to recall) and stores nothing', async () => {
    const { planId, review } = await planWithReview()
    const added = await repos.quickAdd.addSession(
      planId,
      {
        topicId: NO_TOPIC,
        title: 'Read a paper',
        startMs: review.startMs + 2 * DAY,
        endMs: review.startMs + 2 * DAY + 30 * 60_000
      },
      NOW
    )
    if (!added.ok) throw new Error(added.error.message)
    const before = await storedRows()
    expect(await repos.sessions.markDone(added.value.id, 30, NOW, 'good')).toMatchObject({
      ok: false,
      error: { where: 'rating' }
    })
    expect(await storedRows()).toEqual(before)
  })
})

describe('undo labels', () => {
  it('a step stored with a free-text label (before the typed list) still shows and undoes', async () => {
    const { planId, review } = await planWithReview()
    const before = await storedRows()
    expect((await repos.sessions.skip(review.id, NOW)).ok).toBe(true)
    const step = (await db.undoSteps.where('planId').equals(planId).last())!
    await db.undoSteps.put({ ...step, label: 'Skip of an old kind' })

    const label = await repos.sessions.undoLabel(planId)
    expect(label).toBe('Skip of an old kind')
    expect(undoText(t, label!)).toBe('Undo skip of an old kind')
    expect(await repos.sessions.undo(planId, NOW)).toMatchObject({ ok: true, value: { label: 'Skip of an old kind' } })
    expect(await storedRows()).toEqual(before)
  })
})
