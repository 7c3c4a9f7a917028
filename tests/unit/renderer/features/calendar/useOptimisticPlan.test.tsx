// An optimistic action (a drag, Done, Skip): the preview shows at once, gives way to the stored sessions, and rolls back
// when the save fails.
import 'fake-indexeddb/auto'
import { act, renderHook } from '@testing-library/react'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PlannerDB } from '../../../../../src/renderer/src/db/PlannerDB'
import { createRepositories } from '../../../../../src/renderer/src/db/repositories'
import type { PlanSnapshot } from '../../../../../src/renderer/src/features/calendar/actionPreview'
import { useOptimisticPlan } from '../../../../../src/renderer/src/features/calendar/useOptimisticPlan'
import { DAY, NOW, smallPlan } from '../../db/planFixtures'

let db: PlannerDB
let stored: PlanSnapshot

beforeEach(async () => {
  db = new PlannerDB(`optimistic-${Math.random()}`)
  const repos = createRepositories(db)
  const created = await repos.plans.createPlan(smallPlan(), NOW)
  if (!created.ok) throw new Error(created.error.message)
  const [plan] = await repos.plans.listPlans()
  stored = {
    plan: plan!,
    roadmap: (await repos.roadmaps.getRoadmap(plan!.roadmapId))!.roadmap,
    sessions: await repos.plans.allSessions(plan!.id),
    reviews: null
  }
})

afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

/** Drags the first planned session a day later; `store` decides the outcome. */
function dragFirst(result: { current: ReturnType<typeof useOptimisticPlan> }, store: () => Promise<boolean>) {
  const target = stored.sessions.find((session) => session.status === 'planned')!
  const moving = result.current.act(
    target.id,
    { kind: 'move', startMs: target.startMs + DAY, endMs: target.endMs + DAY },
    NOW,
    store
  )
  return { target, moving }
}

describe('useOptimisticPlan', () => {
  it('shows the pinned move before the store answers, then the stored sessions once they change', async () => {
    const { result, rerender } = renderHook(({ snapshot }) => useOptimisticPlan(snapshot), {
      initialProps: { snapshot: stored }
    })
    let answer!: (accepted: boolean) => void
    const { target, moving } = dragFirst(result, () => new Promise((resolve) => (answer = resolve)))
    await act(async () => {})
    expect(result.current.sessions?.find((session) => session.id === target.id)).toMatchObject({
      pinned: true,
      startMs: target.startMs + DAY
    })

    await act(async () => {
      answer(true)
      await moving
    })
    const next = { ...stored, sessions: stored.sessions.slice(1) }
    rerender({ snapshot: next })
    expect(result.current.sessions).toBe(next.sessions)
  })

  it('shows a skip at once: the session skipped before the store has answered', async () => {
    const { result } = renderHook(() => useOptimisticPlan(stored))
    const target = stored.sessions.find((session) => session.status === 'planned')!
    let answer!: (accepted: boolean) => void
    const skipping = result.current.act(
      target.id,
      { kind: 'skip' },
      target.startMs - DAY,
      () => new Promise((resolve) => (answer = resolve))
    )
    await act(async () => {})
    expect(result.current.sessions?.find((session) => session.id === target.id)).toMatchObject({ status: 'skipped' })
    // Busy until the store answers: closing the app now could lose the skip.
    expect(result.current.saving).toBe(true)
    await act(async () => {
      answer(false)
      await skipping
    })
    expect(result.current.sessions).toBe(stored.sessions)
    expect(result.current.saving).toBe(false)
  })

  it("shows an operation's stored sessions (by start time) until the live query reads the plan back", async () => {
    const repos = createRepositories(db)
    const { result, rerender } = renderHook(({ snapshot }) => useOptimisticPlan(snapshot), {
      initialProps: { snapshot: stored }
    })
    const target = stored.sessions.find((session) => session.status === 'planned')!
    const done = await repos.sessions.markDone(target.id, target.minutes, target.endMs)
    if (!done.ok || !done.value.sessions) throw new Error('mark done did not return the stored sessions')
    act(() => result.current.show(done.value.sessions!))
    // What the live query will read back, in its order: the session done, shown before that read.
    const readBack = await repos.plans.allSessions(stored.plan.id)
    expect(result.current.sessions).toEqual(readBack)
    expect(result.current.sessions?.find((session) => session.id === target.id)).toMatchObject({ status: 'done' })

    rerender({ snapshot: { ...stored, sessions: readBack } })
    expect(result.current.sessions).toBe(readBack)
  })

  it('rolls back to the stored sessions and says so when the save is refused', async () => {
    const { result } = renderHook(() => useOptimisticPlan(stored))
    const { moving } = dragFirst(result, async () => false)
    await act(async () => {
      await expect(moving).resolves.toBe(false)
    })
    expect(result.current.sessions).toBe(stored.sessions)
  })

  it('rolls back when the save throws', async () => {
    const { result } = renderHook(() => useOptimisticPlan(stored))
    const { moving } = dragFirst(result, () => Promise.reject(new Error('disk full')))
    await act(async () => {
      await expect(moving).resolves.toBe(false)
    })
    expect(result.current.sessions).toBe(stored.sessions)
  })
})
