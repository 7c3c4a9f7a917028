// The plan screen's keyboard shortcuts on a real (in-memory) database: T today, P / N weeks, S the next session, ? the list.
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { NOW } from '../../db/planFixtures'
import { freshPlanDatabase, renderCalendarScreen } from './calendarScreenHarness'
import { sessionBlocks } from './sessionFixtures'

const database = freshPlanDatabase('plan-view')

async function renderPlan() {
  await renderCalendarScreen(database())
  return { user: userEvent.setup(), title: () => calendarTitle().textContent }
}

const calendarTitle = () => within(calendarBlock()).getByRole('heading', { level: 2 })
const calendarBlock = () => document.querySelector('.sp-calendar') as HTMLElement
const firstTopicShown = () => sessionBlocks('Topic rust-t0', calendarBlock()).length > 0

describe('PlanView keyboard shortcuts', () => {
  it('N and P move a week forward and back, T comes back to the current week', async () => {
    const { user, title } = await renderPlan()
    const thisWeek = title()
    expect(firstTopicShown()).toBe(false)
    await user.keyboard('n')
    await waitFor(() => expect(firstTopicShown()).toBe(true))
    expect(title()).not.toBe(thisWeek)
    await user.keyboard('p')
    await waitFor(() => expect(title()).toBe(thisWeek))
    await user.keyboard('nn')
    await waitFor(() => expect(title()).not.toBe(thisWeek))
    await user.keyboard('t')
    await waitFor(() => expect(title()).toBe(thisWeek))
  })

  it('S shows the week of the next session and opens its panel', async () => {
    const { user, title } = await renderPlan()
    const thisWeek = title()
    await user.keyboard('s')
    const panel = await screen.findByRole('dialog', { name: 'Topic rust-t0' })
    expect(within(panel).getByRole('heading', { name: 'Topic rust-t0' })).toBeTruthy()
    await waitFor(() => expect(firstTopicShown()).toBe(true))
    expect(title()).not.toBe(thisWeek)
  })

  it('? lists the shortcuts and other shortcuts wait until the list is closed', async () => {
    const { user, title } = await renderPlan()
    const thisWeek = title()
    await user.keyboard('?')
    const overlay = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(overlay.textContent).toContain('Open the next session')
    await act(async () => {
      await user.keyboard('n')
    })
    expect(title()).toBe(thisWeek)
    await user.click(within(overlay).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull())
    await user.keyboard('n')
    await waitFor(() => expect(title()).not.toBe(thisWeek))
  })

  it('Start keeps a study timer that outlives closing the panel, and Done uses then stops it', async () => {
    const { user } = await renderPlan()
    await user.keyboard('s')
    let panel = await screen.findByRole('dialog', { name: 'Topic rust-t0' })
    await user.click(within(panel).getByRole('button', { name: 'Start' }))
    await waitFor(async () =>
      expect((await database().settings.get('study.timer'))?.value).toMatchObject({
        sessionId: expect.stringContaining('rust-t0'),
        startedAtMs: NOW
      })
    )
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Topic rust-t0' })).toBeNull())
    vi.setSystemTime(NOW + 25 * 60_000)
    await user.keyboard('s')
    panel = await screen.findByRole('dialog', { name: 'Topic rust-t0' })
    expect(within(panel).getByText(/min so far/)).toBeTruthy()
    expect(within(panel).queryByRole('button', { name: 'Start' })).toBeNull()
    await user.click(within(panel).getByRole('button', { name: 'Done…' }))
    expect((within(panel).getByLabelText('Minutes you actually studied') as HTMLInputElement).value).toBe('25')
    await user.click(within(panel).getByRole('button', { name: 'Mark done' }))
    await waitFor(async () => expect((await database().settings.get('study.timer'))?.value).toBeNull())
  })

  it('the shortcut list also opens from a visible button', async () => {
    const { user } = await renderPlan()
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }))
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy()
  })
})
