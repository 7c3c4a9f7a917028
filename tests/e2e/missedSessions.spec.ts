// Missed sessions: the page clock moves past several sessions, the prompt offers the engine's options with finish dates,
// nothing changes until one is applied, and applying one places the missed work after the week ahead while the missed
// sessions stay in the calendar.
import { FIRST_RUN_NOW, PlannerPage } from './pages/PlannerPage'
import { expect, test } from './profile'

// A persistent profile, a plan and a relaunch take several seconds each on a loaded 2-core machine.
test.describe.configure({ timeout: 60_000 })

test('after missed sessions the prompt previews each option and changes nothing until one is applied', async ({
  profile
}) => {
  const page = await profile.launch({ now: FIRST_RUN_NOW })
  const app = new PlannerPage(profile.context, page)
  await app.createDefaultPlan()
  // Every session of this week (Wednesday to Saturday morning) ends before Saturday 12:30.
  const weekBefore = await app.sessions().allInnerTexts()
  const missedCount = weekBefore.length
  expect(missedCount).toBeGreaterThan(2)
  const summaryBefore = await page.locator('.plan-summary').innerText()

  // The learner is away until Saturday 9 January, 12:30 (the useNow tick and reminder timers run on the page clock).
  await page.clock.fastForward(new Date('2027-01-09T12:30:00Z').getTime() - FIRST_RUN_NOW.getTime())
  const prompt = app.missedPrompt()
  await expect(prompt).toBeVisible()
  await expect(prompt.getByRole('heading')).toHaveText(`You missed ${missedCount} sessions`)
  const options = prompt.getByRole('radio')
  await expect(options).not.toHaveCount(0)
  const reflow = prompt.getByRole('radio', { name: /Place the missed work after this week/ })
  await expect(prompt.locator('label', { hasText: 'Place the missed work after this week' })).toContainText(
    /Finishes \d{1,2} \w+/
  )
  await test.info().attach('missed-prompt', { body: await page.screenshot(), contentType: 'image/png' })

  // Choosing an option is only a preview: the calendar and the finish date stay as they were.
  const apply = prompt.getByRole('button', { name: 'Apply' })
  await expect(apply).toBeDisabled()
  await reflow.check()
  await expect(apply).toBeEnabled()
  // The blocks are where they were, now marked missed.
  const unmarked = async () =>
    (await app.sessions().allInnerTexts()).map((text) => text.replace(/(\n| · )Missed(?=\n| · |$)/, ''))
  expect(await unmarked()).toEqual(weekBefore)
  await expect(page.locator('.plan-summary')).toHaveText(summaryBefore)
  await expect(app.sessions().and(page.locator('.sp-status-missed'))).toHaveCount(missedCount)

  await apply.click()
  await expect(prompt).toBeHidden()
  // The missed sessions stay where they were, marked missed; nothing waits for an answer any more.
  await expect(app.sessions().and(page.locator('.sp-status-missed'))).toHaveCount(missedCount)
  await expect(page.getByRole('button', { name: /^\d+ missed sessions?$/ })).toHaveCount(0)
  // The week ahead is as it was planned: Monday evening's session is next.
  await expect(app.todayPanel().getByText(/Mon 11 Jan, 19:00/)).toBeVisible()
  await expect(page.getByRole('button', { name: /^Undo catch up on missed sessions/i })).toBeVisible()
})
