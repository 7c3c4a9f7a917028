// "Not now" on the missed-sessions prompt holds until another session turns missed: logging one of the missed, coming
// back to the Calendar or restarting does not bring the prompt back. (It used to reopen on each of those.)
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { readPlanRows, SESSIONS } from '../../../../../src/renderer/src/db/planRows'
import { createRepositories } from '../../../../../src/renderer/src/db/repositories'
import { freshPlanDatabase, renderCalendarScreen } from './calendarScreenHarness'

const SLOW = { timeout: 15_000 }
const database = freshPlanDatabase('missed-dismissal')

const prompt = () => screen.queryByRole('dialog', { name: /^You missed/ })
const missedCount = (text: string) => screen.findByRole('button', { name: text }, SLOW)
/**
 * The prompt does not come back within 3 s: its options are previewed asynchronously after the missed sessions
 * change, so "not shown yet" right after the change would prove nothing.
 */
const staysClosed = () =>
  expect(waitFor(() => expect(prompt()).not.toBeNull(), { timeout: 3_000 })).rejects.toThrow(
    'expected null not to be null'
  )

describe('the missed-sessions prompt after Not now', () => {
  it('stays closed when one is logged and across a remount, and opens again when another session is missed', async () => {
    const repos = createRepositories(database())
    const [plan] = await repos.plans.listPlans()
    const sessions = (await readPlanRows(database(), SESSIONS, plan!.id)).sort((a, b) => a.startMs - b.startMs)
    const user = userEvent.setup()

    // Two sessions over: the prompt opens by itself.
    vi.setSystemTime(sessions[1]!.endMs + 60_000)
    let unmount = await renderCalendarScreen(database())
    const opened = await screen.findByRole('dialog', { name: 'You missed 2 sessions' }, SLOW)
    await user.click(within(opened).getByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(prompt()).toBeNull(), SLOW)
    await missedCount('2 missed sessions')

    // Logging one of them late shrinks the count; the prompt stays closed.
    expect((await repos.sessions.markDone(sessions[0]!.id, 30, Date.now())).ok).toBe(true)
    await missedCount('1 missed session')
    await staysClosed()

    // Back on the Calendar (or after a restart): still closed.
    unmount()
    unmount = await renderCalendarScreen(database())
    await missedCount('1 missed session')
    await staysClosed()

    // The header's count opens it on demand.
    await user.click(await missedCount('1 missed session'))
    await screen.findByRole('dialog', { name: 'You missed 1 session' }, SLOW)
    await user.click(screen.getByRole('button', { name: 'Not now' }))
    await waitFor(() => expect(prompt()).toBeNull(), SLOW)

    // Another session turns missed: the prompt opens by itself again.
    unmount()
    vi.setSystemTime(sessions[2]!.endMs + 60_000)
    unmount = await renderCalendarScreen(database())
    await screen.findByRole('dialog', { name: 'You missed 2 sessions' }, SLOW)
    unmount()
  })
})
