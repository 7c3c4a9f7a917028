// A notification click opens its session from any screen: the shell switches to the calendar and the panel opens.
import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../../../../src/renderer/src/App'
import { createFakePlatform } from '../fakePlatform'
import { LAZY, storedPlanLeftOn, withStoredPlans } from '../storedPlan'

withStoredPlans()

/** A stored plan left on `lastScreen`, with one of its sessions and that session's topic title. */
async function planLeftOn(lastScreen: string) {
  const { db, repos, planId } = await storedPlanLeftOn(lastScreen)
  const sessions = await repos.plans.allSessions(planId)
  // The third session, so the test cannot pass by opening the first one by accident.
  const session = sessions.filter((candidate) => candidate.status === 'planned')[2]!
  const roadmap = (await repos.roadmaps.getRoadmap((await repos.plans.getPlan(planId))!.roadmapId))!.roadmap
  const title = roadmap.stages
    .flatMap((stage) => (stage.kind === 'sequence' ? stage.topics : []))
    .find((topic) => topic.id === session.topicId)!.title
  return { db, session, title }
}

describe('opening a session from outside the calendar', () => {
  it.each(['settings', 'progress', 'roadmap'])(
    'from %s: switches to the calendar and opens the session asked for',
    async (lastScreen) => {
      const { db, session, title } = await planLeftOn(lastScreen)
      const platform = createFakePlatform()
      render(<App platform={platform} db={db} />)
      await waitFor(
        () => expect(screen.getByRole('button', { name: 'Calendar' }).getAttribute('aria-current')).toBeNull(),
        LAZY
      )
      await screen.findByRole('heading', { level: 1 }, LAZY)

      platform.openSession(session.id)
      const panel = await screen.findByRole('dialog', {}, LAZY)
      expect(panel.querySelector('h2')?.textContent).toBe(title)
      expect(screen.getByRole('button', { name: 'Calendar' }).getAttribute('aria-current')).toBe('page')
    }
  )

  it('on the calendar already: opens the session without waiting for another screen change', async () => {
    const { db, session, title } = await planLeftOn('calendar')
    const platform = createFakePlatform()
    render(<App platform={platform} db={db} />)
    await screen.findByRole('complementary', { name: 'Today' }, LAZY)
    platform.openSession(session.id)
    expect((await screen.findByRole('dialog', {}, LAZY)).querySelector('h2')?.textContent).toBe(title)
  })
})
