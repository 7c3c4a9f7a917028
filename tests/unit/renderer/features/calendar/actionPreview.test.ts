// An action's preview against the real repository: what the calendar shows at once (after a drag, Done or Skip) is
// what the session repository then stores.
import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PlannerDB, type SessionRecord } from '../../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../../src/renderer/src/db/repositories'
import {
  previewSessionAction,
  type PlanSnapshot
} from '../../../../../src/renderer/src/features/calendar/actionPreview'
import { DAY, NOW, smallPlan } from '../../db/planFixtures'

const HOUR = 3_600_000
let db: PlannerDB
let repos: Repositories

beforeEach(async () => {
  db = new PlannerDB(`move-preview-${Math.random()}`)
  repos = createRepositories(db)
  const created = await repos.plans.createPlan(smallPlan(), NOW)
  if (!created.ok) throw new Error(created.error.message)
})

afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

async function snapshot(): Promise<PlanSnapshot> {
  const [plan] = await repos.plans.listPlans()
  const roadmap = (await repos.roadmaps.getRoadmap(plan!.roadmapId))!.roadmap
  return { plan: plan!, roadmap, sessions: await repos.plans.allSessions(plan!.id), reviews: null }
}

/** What a calendar shows of a session; ids included, so a different placement cannot pass as equal. */
const shown = (sessions: readonly SessionRecord[]) =>
  sessions.map(({ id, topicId, kind, status, pinned, startMs, endMs, minutes }) => ({
    id,
    topicId,
    kind,
    status,
    pinned,
    startMs,
    endMs,
    minutes
  }))

/** The move preview as the calendar asks for it. */
const previewMove = (plan: PlanSnapshot, move: { sessionId: string; startMs: number; endMs: number }, now: number) =>
  previewSessionAction(plan, move.sessionId, { kind: 'move', startMs: move.startMs, endMs: move.endMs }, now)

describe('previewSessionAction', () => {
  it('shows exactly the re-plan moveSession stores: the moved session pinned, one it landed on let go and re-placed', async () => {
    const before = await snapshot()
    const [target, landedOn] = [before.sessions[2]!, before.sessions[5]!]
    const move = {
      sessionId: target.id,
      startMs: landedOn.startMs,
      endMs: landedOn.startMs + (target.endMs - target.startMs)
    }
    const now = NOW + HOUR

    const preview = previewMove(before, move, now)
    const stored = await repos.sessions.moveSession(move.sessionId, move.startMs, now, move.endMs)

    expect(stored.ok).toBe(true)
    expect(preview?.replanned).toBe(true)
    const after = await repos.plans.allSessions(before.plan.id)
    expect(shown(preview!.sessions)).toEqual(shown(after))
    expect(preview!.sessions.find((session) => session.id === target.id)).toMatchObject({
      pinned: true,
      startMs: move.startMs,
      endMs: move.endMs
    })
    // The session it landed on was let go and its work placed after the week: a preview that only pinned the dragged
    // one would not match.
    expect(after.find((session) => session.id === landedOn.id)?.startMs).not.toBe(landedOn.startMs)
    const others = (sessions: readonly SessionRecord[]) => shown(sessions.filter((session) => session.id !== target.id))
    expect(others(after)).not.toEqual(others(before.sessions))
  })

  it('only pins the moved session when ratings are unknown and a session is done (the stored re-plan follows)', async () => {
    const start = await snapshot()
    const [first, second] = start.sessions
    const done = await repos.sessions.markDone(first!.id, 30, NOW + HOUR)
    expect(done.ok).toBe(true)
    const before = await snapshot()
    const target =
      before.sessions.find((session) => session.status === 'planned' && session.id !== first!.id) ?? second!
    const move = { sessionId: target.id, startMs: target.startMs + DAY, endMs: target.endMs + DAY }

    const preview = previewMove(before, move, NOW + HOUR)

    expect(preview?.replanned).toBe(false)
    const changed = preview!.sessions.filter((session) => !before.sessions.includes(session))
    expect(changed).toEqual([{ ...target, startMs: move.startMs, endMs: move.endMs, pinned: true }])
  })

  it('with the plan’s ratings read, re-plans a plan with done work and reviews exactly as the stored move does', async () => {
    const first = (await snapshot()).sessions[0]!
    expect((await repos.sessions.markDone(first.id, first.minutes, NOW + HOUR)).ok).toBe(true)
    expect((await repos.sessions.rateReview(first.planId, first.topicId, 'hard', NOW + HOUR)).ok).toBe(true)
    const before = { ...(await snapshot()), reviews: await repos.sessions.ratings(first.planId) }
    expect(before.sessions.some((session) => session.kind === 'review')).toBe(true)
    const target = before.sessions.filter((session) => session.status === 'planned' && session.kind === 'study')[1]!
    const move = { sessionId: target.id, startMs: target.startMs + DAY + HOUR, endMs: target.endMs + DAY + HOUR }
    const now = NOW + 2 * HOUR

    const preview = previewMove(before, move, now)
    expect((await repos.sessions.moveSession(move.sessionId, move.startMs, now, move.endMs)).ok).toBe(true)

    expect(preview?.replanned).toBe(true)
    expect(shown(preview!.sessions)).toEqual(shown(await repos.plans.allSessions(first.planId)))
  })

  it('refuses what the repository refuses: a done session or an empty span', async () => {
    const first = (await snapshot()).sessions[0]!
    await repos.sessions.markDone(first.id, 30, NOW + HOUR)
    const before = await snapshot()
    const planned = before.sessions.find((session) => session.status === 'planned')!
    expect(
      previewMove(before, { sessionId: first.id, startMs: first.startMs + DAY, endMs: first.endMs + DAY }, NOW)
    ).toBeNull()
    expect(
      previewMove(before, { sessionId: planned.id, startMs: planned.startMs, endMs: planned.startMs }, NOW)
    ).toBeNull()
    expect(previewMove(before, { sessionId: 'nope', startMs: planned.startMs, endMs: planned.endMs }, NOW)).toBeNull()
  })

  it('shows exactly what markDone stores: the session done with its actual minutes and the rest as the engine re-plans it', async () => {
    const before = { ...(await snapshot()), reviews: [] }
    const target = before.sessions.filter((session) => session.status === 'planned')[1]!
    const now = target.endMs + HOUR

    const preview = previewSessionAction(before, target.id, { kind: 'done', actualMinutes: target.minutes + 25 }, now)
    expect((await repos.sessions.markDone(target.id, target.minutes + 25, now)).ok).toBe(true)

    expect(preview?.replanned).toBe(true)
    const after = await repos.plans.allSessions(before.plan.id)
    expect(shown(preview!.sessions)).toEqual(shown(after))
    expect(after.find((session) => session.id === target.id)).toMatchObject({
      status: 'done',
      minutes: target.minutes + 25
    })
    // 25 more minutes than planned: later work of the topic shrinks, so the re-plan is not a no-op.
    expect(shown(after.filter((session) => session.id !== target.id))).not.toEqual(
      shown(before.sessions.filter((session) => session.id !== target.id))
    )
  })

  it('shows exactly what skip stores: the slot left free and its work placed after the week ahead', async () => {
    const before = { ...(await snapshot()), reviews: [] }
    const target = before.sessions.find((session) => session.status === 'planned')!
    const now = target.startMs - HOUR

    const preview = previewSessionAction(before, target.id, { kind: 'skip' }, now)
    expect((await repos.sessions.skip(target.id, now)).ok).toBe(true)

    const after = await repos.plans.allSessions(before.plan.id)
    expect(shown(preview!.sessions)).toEqual(shown(after))
    expect(after.find((session) => session.id === target.id)).toMatchObject({ status: 'skipped' })
    expect(after.filter((session) => session.status === 'planned' && session.startMs === target.startMs)).toEqual([])
  })

  it('shows exactly what finishing a review stores: done, rated, and the rest re-planned with the new rating', async () => {
    const first = (await snapshot()).sessions[0]!
    expect((await repos.sessions.rateReview(first.planId, first.topicId, 'good', NOW)).ok).toBe(true)
    const before = { ...(await snapshot()), reviews: await repos.sessions.ratings(first.planId) }
    const review = before.sessions.find((session) => session.kind === 'review')!
    const now = review.endMs

    const action = { kind: 'done', actualMinutes: 10, rating: 'again' } as const
    const preview = previewSessionAction(before, review.id, action, now)
    const unrated = previewSessionAction(before, review.id, { kind: 'done', actualMinutes: 10 }, now)
    expect((await repos.sessions.markDone(review.id, 10, now, 'again')).ok).toBe(true)

    expect(preview?.replanned).toBe(true)
    const after = await repos.plans.allSessions(before.plan.id)
    expect(shown(preview!.sessions)).toEqual(shown(after))
    // 'Again' brings the next review closer: a preview that left the rating out would not match.
    expect(shown(unrated!.sessions)).not.toEqual(shown(after))
  })

  it('refuses what the repository refuses: done twice, skipping a done session, minutes out of range', async () => {
    const first = (await snapshot()).sessions[0]!
    await repos.sessions.markDone(first.id, 30, NOW + HOUR)
    const before = await snapshot()
    const planned = before.sessions.find((session) => session.status === 'planned')!
    expect(previewSessionAction(before, first.id, { kind: 'done', actualMinutes: 30 }, NOW)).toBeNull()
    expect(await repos.sessions.markDone(first.id, 30, NOW + HOUR)).toMatchObject({ ok: false })
    expect(previewSessionAction(before, first.id, { kind: 'skip' }, NOW)).toBeNull()
    expect(await repos.sessions.skip(first.id, NOW + HOUR)).toMatchObject({ ok: false })
    expect(previewSessionAction(before, planned.id, { kind: 'done', actualMinutes: 1441 }, NOW)).toBeNull()
  })
})
