// Quick add on the page clock: a topic session and a free-text session are added at chosen times, a clash is refused,
// one is marked done, both are still there after a relaunch of the same profile, and an added one can be deleted (and undone).
import type { Page } from '@playwright/test'
import { AppShellPage } from './pages/AppShellPage'
import { FIRST_RUN_NOW, PlannerPage } from './pages/PlannerPage'
import { expect, test } from './profile'

test.describe.configure({ timeout: 120_000 })

async function shoot(page: Page, name: string): Promise<void> {
  await test.info().attach(name, { body: await page.screenshot(), contentType: 'image/png' })
}

test('adds a topic session and a free-text session, refuses a clash, marks one done, keeps both after a relaunch, and deletes one (undoably)', async ({
  profile
}) => {
  let page = await profile.launchWithPlan(FIRST_RUN_NOW)
  let app = new PlannerPage(profile.context, page)
  await expect(app.sessions().first()).toBeVisible()
  const dialog = () => page.getByRole('dialog', { name: 'Add a session' })

  // Wednesday noon in London: the learner adds an hour of a roadmap topic tomorrow at lunchtime, from the header.
  await page.setViewportSize({ width: 800, height: 600 })
  await page.getByRole('button', { name: 'Add session…' }).click()
  await dialog().getByLabel('What will you study?').fill('SQL and relational data')
  await expect(dialog().getByText('A roadmap topic: this time counts toward it.')).toBeVisible()
  await dialog().getByLabel('Date').fill('2027-01-07')
  await dialog().getByLabel('Start').fill('12:00')
  await dialog().getByLabel('Minutes').fill('60')
  await shoot(page, 'quick-add-topic-800x600')
  await dialog().getByRole('button', { name: 'Add session' }).click()
  await expect(dialog()).toHaveCount(0)
  await page.setViewportSize({ width: 1280, height: 800 })
  const topicBlock = app.sessions('SQL and relational data').filter({ hasText: '12:00' })
  await expect(topicBlock).toHaveCount(1)
  await expect(topicBlock).toContainText('Pinned')

  // With the keyboard (A), something of their own this afternoon: it blocks 14:00-14:45.
  await page.keyboard.press('a')
  await dialog().getByLabel('What will you study?').fill('Read the attention paper')
  await expect(dialog().getByText(/Your own session/)).toBeVisible()
  await dialog().getByLabel('Date').fill('2027-01-06')
  await dialog().getByLabel('Start').fill('14:00')
  await dialog().getByLabel('Minutes').fill('45')
  await dialog().getByRole('button', { name: 'Add session' }).click()
  await expect(dialog()).toHaveCount(0)
  const paperBlock = app.sessions('Read the attention paper')
  await expect(paperBlock).toHaveCount(1)
  await expect(paperBlock).toContainText('14:00')

  // The same time again is refused with the reason, and nothing is added; Escape closes the dialog.
  await page.getByRole('button', { name: 'Add session…' }).click()
  await dialog().getByLabel('What will you study?').fill('Another paper')
  await dialog().getByLabel('Date').fill('2027-01-06')
  await dialog().getByLabel('Start').fill('14:30')
  await dialog().getByRole('button', { name: 'Add session' }).click()
  await expect(dialog().getByRole('alert')).toContainText('That time overlaps “Read the attention paper”')
  await shoot(page, 'quick-add-refused-overlap')
  await page.keyboard.press('Escape')
  await expect(dialog()).toHaveCount(0)
  await expect(app.sessions('Another paper')).toHaveCount(0)

  // 14:50: the paper is read; it is marked done with 40 minutes.
  await page.clock.fastForward(new Date('2027-01-06T14:50:00Z').getTime() - (await page.evaluate(() => Date.now())))
  await paperBlock.click()
  const panel = app.sessionPanel()
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Read the attention paper')
  await panel.getByRole('button', { name: 'Done…' }).click()
  await panel.getByLabel('Minutes you actually studied').fill('40')
  await panel.getByRole('button', { name: 'Mark done' }).click()
  await expect(panel).toHaveCount(0)
  await expect(paperBlock).toContainText('Done')
  await expect(page.locator('section.plan-view')).not.toHaveAttribute('aria-busy', 'true')
  await shoot(page, 'quick-add-both-sessions')

  // A relaunch of the same profile shows both, where they were: the paper done, the topic session still pinned.
  page = await profile.relaunch({ now: new Date('2027-01-06T15:00:00Z') })
  app = new PlannerPage(profile.context, page)
  await expect(app.heading()).toHaveText('Calendar')
  await expect(app.sessions('Read the attention paper')).toContainText('Done')
  const sqlBlock = app.sessions('SQL and relational data').filter({ hasText: '12:00' })
  await expect(sqlBlock).toContainText('Pinned')

  // The learner changes their mind: the added topic session is deleted, and Undo brings it back.
  await sqlBlock.click()
  await app.sessionPanel().getByRole('button', { name: 'Delete' }).click()
  await expect(app.sessionPanel()).toHaveCount(0)
  await expect(sqlBlock).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo delete session' }).click()
  await expect(sqlBlock).toContainText('Pinned')

  // Progress counts the paper as study: it is the only done session, and today is a study day.
  await new AppShellPage(page).open('Progress')
  await expect(page.getByTestId('current-streak')).toHaveText('1 day')
})

test('clicking a free hour of the week grid, or a day of the month, opens quick add there', async ({ profile }) => {
  const page = await profile.launchWithPlan(FIRST_RUN_NOW)
  const app = new PlannerPage(profile.context, page)
  await expect(app.sessions().first()).toBeVisible()
  // Thursday 7 January, the top of the 16:00 row: free time with no session.
  const column = (await app.calendar().getByText('Thu 7', { exact: true }).boundingBox())!
  const row = (await app.calendar().getByText('16:00', { exact: true }).boundingBox())!
  await page.mouse.click(column.x + column.width / 2, row.y + 3)
  const dialog = page.getByRole('dialog', { name: 'Add a session' })
  await expect(dialog.getByLabel('Date')).toHaveValue('2027-01-07')
  await expect(dialog.getByLabel('Start')).toHaveValue('16:00')
  await expect(dialog.getByLabel('Minutes')).toHaveValue('60')
  await dialog.getByLabel('What will you study?').fill('Python essentials')
  await dialog.getByRole('button', { name: 'Add session' }).click()
  await expect(app.sessions('Python essentials').filter({ hasText: '16:00' })).toContainText('Pinned')

  // In the month view a click on a day picks that date, at the default evening hour.
  await app.switchView('Month')
  // Sunday 17 January has no sessions to click by mistake.
  const day = (await app.calendar().getByRole('cell', { name: '17 January 2027', exact: true }).boundingBox())!
  await page.mouse.click(day.x + day.width / 2, day.y + day.height - 8)
  await expect(dialog.getByLabel('Date')).toHaveValue('2027-01-17')
  await expect(dialog.getByLabel('Start')).toHaveValue('18:00')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})
