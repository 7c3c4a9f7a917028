// Finishing a review on the calendar (rating and Mark done in one click) is one action: one undo step, and one Undo
// puts the plan back as it was before the click. It used to be two steps (the rating, then the done session).
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createRepositories } from '../../../../../src/renderer/src/db/repositories'
import { readPlanRows, SESSIONS } from '../../../../../src/renderer/src/db/planRows'
import { DAY, NOW } from '../../db/planFixtures'
import { freshPlanDatabase, renderCalendarScreen } from './calendarScreenHarness'
import { sessionBlocks } from './sessionFixtures'

const database = freshPlanDatabase('review-done')

/** Every row an action or its undo writes, undo steps included. */
async function storedRows() {
  const db = database()
  return db.transaction('r', [db.plans, db.sessionWeeks, db.studyLogWeeks, db.reviewWeeks, db.undoSteps], async () => ({
    plans: await db.plans.toArray(),
    sessionWeeks: await db.sessionWeeks.toArray(),
    studyLogWeeks: await db.studyLogWeeks.toArray(),
    reviewWeeks: await db.reviewWeeks.toArray(),
    undoSteps: await db.undoSteps.toArray()
  }))
}

const calendarSection = () => screen.getByRole('region', { name: 'Calendar' })
/** Lazy screens and re-plans take seconds on a loaded 2-core machine; testing-library's 1 s default flaked there. */
const SLOW = { timeout: 15_000 }
/** The first day the calendar shows, 'YYYY-MM-DD' (its heading names only the month). */
const firstDayShown = () => document.querySelector('.sp-calendar [data-date]')?.getAttribute('data-date') ?? ''
const reviewBlocks = () => sessionBlocks('Review: Topic rust-t0', document.querySelector('.sp-calendar') as HTMLElement)

describe('finishing a review on the calendar', () => {
  it('one click stores one undo step, and Undo puts back exactly the state before the click', async () => {
    const repos = createRepositories(database())
    const [plan] = await repos.plans.listPlans()
    // A rating plans a review of the topic.
    expect((await repos.sessions.rateReview(plan!.id, 'rust-t0', 'good', NOW)).ok).toBe(true)
    // The click's rating comes a minute later: with the clock standing still both would share one instant, and
    // ratings of the same instant have no order.
    vi.setSystemTime(NOW + 60_000)
    const before = await storedRows()
    await renderCalendarScreen(database())
    const user = userEvent.setup()
    // The review's week: step the calendar until its first day is within 7 days of the review, then wait for it.
    const review = (await readPlanRows(database(), SESSIONS, plan!.id)).find((session) => session.kind === 'review')!
    await waitFor(() => expect(firstDayShown()).not.toBe(''), SLOW)
    for (let week = 0; week < 8 && Date.parse(firstDayShown()) + 7 * DAY <= review.startMs; week++) {
      const shown = firstDayShown()
      await user.keyboard('n')
      await waitFor(() => expect(firstDayShown()).not.toBe(shown), SLOW)
    }
    await waitFor(() => expect(reviewBlocks().length).toBeGreaterThan(0), SLOW)
    await user.click(reviewBlocks()[0]!)

    const panel = await screen.findByRole('dialog', { name: 'Topic rust-t0' }, SLOW)
    await user.click(within(panel).getByRole('button', { name: 'Done…' }))
    await user.click(within(panel).getByRole('radio', { name: /Hard/ }))
    await user.click(within(panel).getByRole('button', { name: 'Mark done' }))

    await waitFor(() => expect(screen.queryByRole('alert')?.textContent ?? 'no alert').toBe('no alert'), SLOW)
    const undo = await screen.findByRole('button', { name: 'Undo mark done' }, SLOW)
    await waitFor(() => expect(calendarSection().getAttribute('aria-busy')).toBe('false'), SLOW)
    const after = await storedRows()
    expect(after.undoSteps).toHaveLength(before.undoSteps.length + 1)
    expect(after.undoSteps.at(-1)).toMatchObject({ label: 'Mark done' })
    expect((await repos.sessions.ratings(plan!.id)).map((rating) => rating.rating)).toEqual(['good', 'hard'])

    await user.click(undo)
    await waitFor(async () => expect(await storedRows()).toEqual(before), SLOW)
    expect(await screen.findByRole('button', { name: 'Undo rate' }, SLOW)).toBeTruthy()
  })
})
