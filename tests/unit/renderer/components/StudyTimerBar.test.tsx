// The study timer in the shell: started on the calendar, it shows on every screen, pauses, resumes, survives a restart,
// tells the tray, and Stop opens the session's Done form on the calendar with the minutes measured.
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { App } from '../../../../src/renderer/src/App'
import { NOW } from '../db/planFixtures'
import { createFakePlatform } from '../fakePlatform'
import { LAZY, storedPlanLeftOn, withStoredPlans } from '../storedPlan'

withStoredPlans()

const MIN = 60_000
const timerRegion = () => screen.getByRole('region', { name: 'Study timer' })
const clock = () => within(timerRegion()).getByRole('timer')
/** The shell's live region for the timer's changes (the only one that speaks for it). */
const announced = () => document.querySelector('output.study-timer-status')?.textContent

async function startOnCalendar() {
  const { db, repos, planId } = await storedPlanLeftOn('calendar')
  const platform = createFakePlatform()
  const view = render(<App platform={platform} db={db} />)
  const user = userEvent.setup()
  await screen.findByRole('complementary', { name: 'Today' }, LAZY)
  // No timer yet: nothing in the shell, and the tray is told so once the stored timer is read.
  expect(screen.queryByRole('region', { name: 'Study timer' })).toBeNull()
  await waitFor(() => expect(platform.studyTimers).toEqual([null]))
  await user.keyboard('s')
  const panel = await screen.findByRole('dialog', {}, LAZY)
  const title = panel.querySelector('h2')!.textContent!
  await user.click(within(panel).getByRole('button', { name: 'Start' }))
  await screen.findByRole('region', { name: 'Study timer' }, LAZY)
  return { db, repos, planId, platform, view, user, title, panel }
}

describe('the study timer in the shell', () => {
  it('shows on Settings after Start on the Calendar, pauses, resumes, and tells the tray each change', async () => {
    const { platform, user, title, panel } = await startOnCalendar()
    // The fixture's next session is days away: the panel says it was started early.
    expect(within(panel).getByText(/before its planned time/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Settings' }))
    await screen.findByRole('heading', { level: 1, name: 'Settings' }, LAZY)
    expect(within(timerRegion()).getByText(title)).toBeTruthy()
    expect(announced()).toBe(`Study timer started: ${title}`)
    await waitFor(() =>
      expect(platform.studyTimers.at(-1)).toEqual({ topicTitle: title, startedAtMs: NOW, pausedAtMs: null })
    )

    vi.setSystemTime(NOW + 25 * MIN)
    await waitFor(() => expect(clock().textContent).toBe('25:00'), { timeout: 3000 })
    expect(clock().getAttribute('aria-label')).toBe('25 minutes studied')

    await user.click(within(timerRegion()).getByRole('button', { name: 'Pause' }))
    await within(timerRegion()).findByRole('button', { name: 'Resume' })
    expect(within(timerRegion()).getByText('Paused')).toBeTruthy()
    expect(announced()).toBe(`Study timer paused: ${title}`)
    await waitFor(() =>
      expect(platform.studyTimers.at(-1)).toEqual({ topicTitle: title, startedAtMs: NOW, pausedAtMs: NOW + 25 * MIN })
    )
    // Paused: the clock stands still however long the pause.
    vi.setSystemTime(NOW + 30 * MIN)
    await new Promise((resolve) => setTimeout(resolve, 1200))
    expect(clock().textContent).toBe('25:00')

    await user.click(within(timerRegion()).getByRole('button', { name: 'Resume' }))
    await within(timerRegion()).findByRole('button', { name: 'Pause' })
    expect(announced()).toBe(`Study timer resumed: ${title}`)
    vi.setSystemTime(NOW + 40 * MIN)
    await waitFor(() => expect(clock().textContent).toBe('35:00'), { timeout: 3000 })
  })

  it('survives closing and reopening the app, and Stop opens Done on the calendar with the minutes prefilled', async () => {
    const { db, repos, planId, view, user, title } = await startOnCalendar()
    await user.click(screen.getByRole('button', { name: 'Progress' }))
    vi.setSystemTime(NOW + 25 * MIN)
    await user.click(within(timerRegion()).getByRole('button', { name: 'Pause' }))
    await within(timerRegion()).findByRole('button', { name: 'Resume' })
    view.unmount()

    // Reopened five minutes later, still paused: nothing counted meanwhile.
    vi.setSystemTime(NOW + 30 * MIN)
    const platform = createFakePlatform()
    render(<App platform={platform} db={db} />)
    const region = await screen.findByRole('region', { name: 'Study timer' }, LAZY)
    expect(within(region).getByText(title)).toBeTruthy()
    expect(within(region).getByRole('timer').textContent).toBe('25:00')
    // The tray hears about it at launch, and a timer read at launch is not announced.
    await waitFor(() =>
      expect(platform.studyTimers).toEqual([{ topicTitle: title, startedAtMs: NOW, pausedAtMs: NOW + 25 * MIN }])
    )
    expect(announced()).toBe('')
    expect(screen.getByRole('button', { name: 'Progress' }).getAttribute('aria-current')).toBe('page')

    await user.click(within(region).getByRole('button', { name: 'Resume' }))
    vi.setSystemTime(NOW + 40 * MIN)
    await user.click(within(region).getByRole('button', { name: 'Stop…' }))
    const panel = await screen.findByRole('dialog', { name: title }, LAZY)
    expect(screen.getByRole('button', { name: 'Calendar' }).getAttribute('aria-current')).toBe('page')
    expect((within(panel).getByLabelText('Minutes you actually studied') as HTMLInputElement).value).toBe('35')
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Study timer' })).toBeNull())
    expect(announced()).toBe('Study timer stopped')
    await waitFor(() => expect(platform.studyTimers.at(-1)).toBeNull())
    await user.click(within(panel).getByRole('button', { name: 'Mark done' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: title })).toBeNull(), LAZY)
    await waitFor(async () =>
      expect(
        (await repos.plans.allSessions(planId))
          .filter((session) => session.status === 'done')
          .map((session) => session.minutes)
      ).toEqual([35])
    )
  })

  it('is operated from the keyboard', async () => {
    const { user } = await startOnCalendar()
    await user.keyboard('{Escape}')
    const pause = within(timerRegion()).getByRole('button', { name: 'Pause' })
    pause.focus()
    await user.keyboard('{Enter}')
    const resume = await within(timerRegion()).findByRole('button', { name: 'Resume' })
    resume.focus()
    await user.keyboard(' ')
    expect(await within(timerRegion()).findByRole('button', { name: 'Pause' })).toBeTruthy()
  })
})
