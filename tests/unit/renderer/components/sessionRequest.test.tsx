// A notification click opens its session from any screen: the shell switches to the calendar and the panel opens.
import { render, screen, waitFor } from '@testing-library/react'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../../src/renderer/src/App'
import { PlannerDB } from '../../../../src/renderer/src/db/PlannerDB'
import { createRepositories } from '../../../../src/renderer/src/db/repositories'
import { NOW, smallPlan } from '../db/planFixtures'
import { createFakePlatform } from '../fakePlatform'

const LAZY = { timeout: 15_000 }
const openDbs: PlannerDB[] = []

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})

afterEach(async () => {
  vi.useRealTimers()
  for (const db of openDbs.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

async function planLeftOn(lastScreen: string) {
  const db = new PlannerDB(`session-request-${Math.random()}`)
  openDbs.push(db)
  const repos = createRepositories(db)
  const created = await repos.plans.createPlan(smallPlan(), NOW)
  if (!created.ok) throw new Error(created.error.message)
  await repos.settings.set('ui.lastScreen', lastScreen)
  const sessions = await repos.plans.allSessions(created.value.planId)
  // The third session, so the test cannot pass by opening the first one by accident.
  const session = sessions.filter((candidate) => candidate.status === 'planned')[2]!
  const roadmap = (await repos.roadmaps.getRoadmap((await repos.plans.getPlan(created.value.planId))!.roadmapId))!.roadmap
  const title = roadmap.stages.flatMap((stage) => (stage.kind === 'sequence' ? stage.topics : [])).find((topic) => topic.id === session.topicId)!.title
  return { db, session, title }
}

describe('opening a session from outside the calendar', () => {
  it.each(['settings', 'progress', 'roadmap'])('from %s: switches to the calendar and opens the session asked for', async (lastScreen) => {
    const { db, session, title } = await planLeftOn(lastScreen)
    const platform = createFakePlatform()
    render(<App platform={platform} db={db} />)
    await waitFor(() => expect(screen.getByRole('button', { name: 'Calendar' }).getAttribute('aria-current')).toBeNull(), LAZY)
    await screen.findByRole('heading', { level: 1 }, LAZY)

    platform.openSession(session.id)
    const panel = await screen.findByRole('dialog', {}, LAZY)
    expect(panel.querySelector('h2')?.textContent).toBe(title)
    expect(screen.getByRole('button', { name: 'Calendar' }).getAttribute('aria-current')).toBe('page')
  })

  it('on the calendar already: opens the session without waiting for another screen change', async () => {
    const { db, session, title } = await planLeftOn('calendar')
    const platform = createFakePlatform()
    render(<App platform={platform} db={db} />)
    await screen.findByRole('complementary', { name: 'Today' }, LAZY)
    platform.openSession(session.id)
    expect((await screen.findByRole('dialog', {}, LAZY)).querySelector('h2')?.textContent).toBe(title)
  })
})
