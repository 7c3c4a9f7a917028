// A learner's first week on the page clock, Monday to Sunday: the week stays put while they do, skip, miss and log
// sessions late; missed sessions stay as history after "Not now", after a catch-up option and after a relaunch; free
// time painted in Your plan is used this week without moving what the week had; a session they add is kept where they
// put it; a second plan started on Sunday leaves the first one's week exactly as it was.
import type { Locator, Page } from '@playwright/test'
import { AppShellPage } from './pages/AppShellPage'
import { PlannerPage } from './pages/PlannerPage'
import { expect, test } from './profile'

// A persistent profile, a plan, a simulated week and a relaunch take a while on a loaded 2-core machine.
test.describe.configure({ timeout: 240_000 })

/** Each block of the week as its time, topic and stage, without the status marks a learner's own action adds. */
async function weekPlan(app: PlannerPage): Promise<string[]> {
  const texts = await app.sessions().allInnerTexts()
  // Tall blocks put each part on a line; short ones join them with ' · '.
  return texts.map((text) =>
    text
      .split(/\n| · /)
      .filter((part) => !['Done', 'Skipped', 'Missed', 'Pinned'].includes(part.trim()))
      .join(' | ')
  )
}

/** Moves the page clock (timers included) forward to `time`, as time passing would. */
async function advanceTo(page: Page, time: string): Promise<void> {
  const now = await page.evaluate(() => Date.now())
  await page.clock.fastForward(Math.max(0, new Date(time).getTime() - now))
}

async function shoot(page: Page, name: string): Promise<void> {
  await test.info().attach(name, { body: await page.screenshot(), contentType: 'image/png' })
}

/** Monday 4 January 2027, 12:00 in London: the default plan's first session is this evening at 19:00. */
const MONDAY_NOON = new Date('2027-01-04T12:00:00Z')

/** The blocks of one day of the week grid ('2027-01-06'), optionally those containing `text`. */
function blocksOn(app: PlannerPage, date: string, text?: string): Locator {
  return app.calendar().locator(`[data-date="${date}"] .sp-session`, text === undefined ? {} : { hasText: text })
}

async function markDone(
  app: PlannerPage,
  block: Locator,
  minutes: string,
  button: 'Done…' | 'Log as done…'
): Promise<void> {
  await block.click()
  const panel = app.sessionPanel()
  await panel.getByRole('button', { name: button }).click()
  await panel.getByLabel('Minutes you actually studied').fill(minutes)
  await panel.getByRole('button', { name: 'Mark done' }).click()
  await expect(panel).toHaveCount(0)
  await app.settled()
}

test('a week of doing, skipping, missing, logging late, changing the plan, adding a session and starting a second plan never reshuffles the week', async ({
  profile
}) => {
  const first = await profile.launch({ now: MONDAY_NOON })
  let app = new PlannerPage(profile.context, first)
  await app.createDefaultPlan()
  const page = () => app.page
  // Monday to Saturday of the first week, as first planned: every step below must leave it exactly so.
  const planned = await weekPlan(app)
  expect(planned.length).toBeGreaterThan(10)
  const missedButton = () => page().getByRole('button', { name: /^\d+ missed sessions?$/ })
  const missedBlocks = () => app.sessions().and(page().locator('.sp-status-missed'))
  await shoot(page(), 'monday-planned')

  // Monday and Tuesday evenings: both sessions of each are done as they end. Nothing else in the week moves.
  for (const day of ['2027-01-04', '2027-01-05']) {
    await advanceTo(page(), `${day}T19:55:00Z`)
    await markDone(app, blocksOn(app, day, '19:00–20:00'), '55', 'Done…')
    await advanceTo(page(), `${day}T20:55:00Z`)
    await markDone(app, blocksOn(app, day, '20:10'), '45', 'Done…')
  }
  expect(await weekPlan(app)).toEqual(planned)

  // Wednesday 19:55: tonight's first session is done with 50 minutes. Nothing else in the week moves or changes topic.
  await advanceTo(page(), '2027-01-06T19:55:00Z')
  const wednesdayFirst = blocksOn(app, '2027-01-06', '19:00–20:00')
  await markDone(app, wednesdayFirst, '50', 'Done…')
  await expect(wednesdayFirst).toContainText('Done')
  expect(await weekPlan(app)).toEqual(planned)

  // 20:05: the learner skips tonight's 20:10 session. Its slot stays empty (no new block beside the skipped one), the
  // week is otherwise unchanged, and the Today panel's next session is tomorrow's.
  await advanceTo(page(), '2027-01-06T20:05:00Z')
  const tonightLate = blocksOn(app, '2027-01-06', '20:10')
  await tonightLate.click()
  await app.sessionPanel().getByRole('button', { name: 'Skip' }).click()
  await expect(tonightLate).toContainText('Skipped')
  await app.settled()
  expect(await weekPlan(app)).toEqual(planned)
  const today = app.todayPanel()
  await expect(today.getByRole('button', { name: /20:10/ })).toHaveCount(0)
  await expect(today.getByText(/Thu 7 Jan, 19:00/)).toBeVisible()
  await shoot(page(), 'wednesday-done-and-skipped')

  // Away on Thursday: by Friday noon both Thursday sessions are missed. The prompt says so; "Not now" leaves the count
  // in the header, and the two blocks stay where they were, marked missed.
  await advanceTo(page(), '2027-01-08T12:00:00Z')
  const prompt = app.missedPrompt()
  await expect(prompt.getByRole('heading')).toHaveText('You missed 2 sessions')
  await shoot(page(), 'friday-missed-prompt')
  await prompt.getByRole('button', { name: 'Not now' }).click()
  await expect(prompt).toHaveCount(0)
  await expect(missedButton()).toHaveText('2 missed sessions')
  await expect(missedBlocks()).toHaveCount(2)
  await expect(missedBlocks().first()).toContainText('Missed')
  expect(await weekPlan(app)).toEqual(planned)

  // The learner did study on Thursday evening after all and logs it: only that session changes.
  await markDone(app, missedBlocks().first(), '45', 'Log as done…')
  await expect(missedButton()).toHaveText('1 missed session')
  await expect(missedBlocks()).toHaveCount(1)
  expect(await weekPlan(app)).toEqual(planned)

  // The header reopens the prompt; placing the missed work after this week answers it, and the block stays missed.
  await missedButton().click()
  await expect(prompt.getByRole('heading')).toHaveText('You missed 1 session')
  await prompt.getByRole('radio', { name: /Place the missed work after this week/ }).check()
  await prompt.getByRole('button', { name: 'Apply' }).click()
  await expect(prompt).toHaveCount(0)
  await expect(missedButton()).toHaveCount(0)
  await expect(missedBlocks()).toHaveCount(1)
  expect(await weekPlan(app)).toEqual(planned)
  await expect(page().getByRole('button', { name: /^Undo catch up on missed sessions/i })).toBeVisible()
  await shoot(page(), 'friday-caught-up')

  // A relaunch of the same profile shows the same week: six done, one skipped, one missed, nothing waiting.
  const relaunched = await profile.relaunch({ now: new Date('2027-01-08T12:05:00Z') })
  app = new PlannerPage(profile.context, relaunched)
  await expect(app.heading()).toHaveText('Calendar')
  await expect(app.sessions().first()).toBeVisible()
  expect(await weekPlan(app)).toEqual(planned)
  await expect(app.sessions().and(page().locator('.sp-status-done'))).toHaveCount(6)
  await expect(app.sessions().and(page().locator('.sp-status-skipped'))).toHaveCount(1)
  await expect(missedBlocks()).toHaveCount(1)
  await expect(missedButton()).toHaveCount(0)
  await expect(app.missedPrompt()).toHaveCount(0)

  // "Re-plan this week" says what it would change and changes nothing until applied.
  await page().getByRole('button', { name: 'Re-plan this week…' }).click()
  const dialog = page().getByRole('dialog', { name: 'Re-plan this week?' })
  await expect(dialog.getByText(/would change|Nothing would change/)).toBeVisible()
  await expect(dialog.getByText(/Finish: .+ → .+\.|Finish stays .+\./)).toBeVisible()
  await shoot(page(), 'replan-week-preview')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect(await weekPlan(app)).toEqual(planned)

  for (const [width, height] of [
    [800, 600],
    [2560, 1440]
  ] as const) {
    await page().setViewportSize({ width, height })
    await expect(missedBlocks()).toHaveCount(1)
    await shoot(page(), `friday-${width}x${height}`)
  }

  // Friday afternoon turns free: in Settings → Your plan the learner paints 14:00–16:00. Before anything changes the
  // preview shows more study time and which sessions would change; Apply adds the afternoon to this week, and every
  // block the week already had stays as it was.
  await page().setViewportSize({ width: 1280, height: 800 })
  const shell = new AppShellPage(page())
  await shell.open('Settings')
  const yourPlan = page().getByRole('region', { name: 'Your plan' })
  for (const [from, to] of [
    ['14:00', '14:30'],
    ['14:30', '15:00'],
    ['15:00', '15:30'],
    ['15:30', '16:00']
  ]) {
    await yourPlan.getByRole('button', { name: `Friday ${from} to ${to}` }).click()
  }
  // Exactly the half hours clicked: the hours line used to sit above the grid and, shrinking as a cell was painted,
  // slid the grid under the still-pressed pointer, which painted 16:30 too.
  const paintedFriday = await yourPlan
    .locator('[aria-pressed="true"][aria-label^="Friday"]')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('aria-label')))
  expect(paintedFriday).toEqual(
    ['14:00', '14:30', '15:00', '15:30', '19:00', '19:30', '20:00', '20:30'].map((from) =>
      expect.stringMatching(new RegExp(`^Friday ${from} to`))
    )
  )
  await expect(yourPlan.getByRole('row', { name: /^Study time a week/ })).toContainText(/h.*h/)
  await expect(yourPlan.getByTestId('plan-change-sessions')).toContainText(/sessions? in the next 7 days changes?/)
  for (const [width, height] of [
    [800, 600],
    [1280, 800],
    [2560, 1440]
  ] as const) {
    await page().setViewportSize({ width, height })
    await shoot(page(), `your-plan-preview-${width}x${height}`)
  }
  await page().setViewportSize({ width: 1280, height: 800 })
  await yourPlan.getByRole('button', { name: 'Apply', exact: true }).click()
  await expect(yourPlan.getByText('Plan changed.')).toBeVisible()
  await shell.open('Calendar')
  await expect(blocksOn(app, '2027-01-08', '14:00')).toHaveCount(1)
  const afterChange = await weekPlan(app)
  for (const block of planned) expect(afterChange).toContain(block)
  expect(afterChange.length).toBeGreaterThan(planned.length)
  await shoot(page(), 'friday-afternoon-added')

  // Friday afternoon and evening and Saturday morning: each session is done as it ends, except Saturday's last.
  for (const [date, start, end] of [
    ['2027-01-08', '14:00', '14:55'],
    ['2027-01-08', '15:10', '15:55'],
    ['2027-01-08', '19:00', '19:55'],
    ['2027-01-08', '20:10', '20:55'],
    ['2027-01-09', '09:00', '09:55'],
    ['2027-01-09', '10:10', '11:05']
  ] as const) {
    await advanceTo(page(), `${date}T${end}:00Z`)
    await markDone(app, blocksOn(app, date, start), '45', 'Done…')
  }

  // Saturday 13:00: the morning's last session was missed; its work goes after this week, and the block stays.
  await advanceTo(page(), '2027-01-09T13:00:00Z')
  const saturdayPrompt = app.missedPrompt()
  await expect(saturdayPrompt.getByRole('heading')).toHaveText('You missed 1 session')
  await saturdayPrompt.getByRole('radio', { name: /Place the missed work after this week/ }).check()
  await saturdayPrompt.getByRole('button', { name: 'Apply' }).click()
  await expect(saturdayPrompt).toHaveCount(0)
  await expect(missedBlocks()).toHaveCount(2)
  for (const block of afterChange) expect(await weekPlan(app)).toContain(block)

  // The learner adds a session of their own this afternoon. It stays exactly where they put it, the
  // week around it is unchanged, and the Today panel lists it.
  await advanceTo(page(), '2027-01-09T13:00:00Z')
  const add = page().getByRole('dialog', { name: 'Add a session' })
  await page().getByRole('button', { name: 'Add session…' }).click()
  await add.getByLabel('What will you study?').fill('Read the attention paper')
  await add.getByLabel('Date').fill('2027-01-09')
  await add.getByLabel('Start').fill('15:00')
  await add.getByLabel('Minutes').fill('45')
  await add.getByRole('button', { name: 'Add session' }).click()
  await expect(add).toHaveCount(0)
  const paper = blocksOn(app, '2027-01-09', 'Read the attention paper')
  await expect(paper).toContainText('15:00')
  await expect(
    app
      .todayPanel()
      .getByText(/Read the attention paper/)
      .first()
  ).toBeVisible()
  const withPaper = await weekPlan(app)
  for (const block of afterChange) expect(withPaper).toContain(block)
  await shoot(page(), 'saturday-session-added')
  await advanceTo(page(), '2027-01-09T15:50:00Z')
  await markDone(app, paper, '40', 'Done…')
  expect(await weekPlan(app)).toEqual(withPaper)

  // Sunday: a second plan from the built-in roadmap with its defaults. It shows its own week; switching back shows the
  // first plan's week exactly as it was, and so does a relaunch.
  await advanceTo(page(), '2027-01-10T10:00:00Z')
  const currentPlan = page().getByRole('combobox', { name: 'Current plan' })
  const firstTitle = (await currentPlan.locator('option:checked').textContent())!
  await currentPlan.selectOption({ label: 'New plan…' })
  await expect(page().getByRole('region', { name: 'New plan' })).toBeVisible()
  await page().getByRole('button', { name: 'Create plan' }).click()
  await expect(app.heading()).toHaveText('Calendar')
  await expect(currentPlan.locator('option')).toHaveCount(3)
  await expect(blocksOn(app, '2027-01-09', 'Read the attention paper')).toHaveCount(0)
  await shoot(page(), 'sunday-second-plan')
  await currentPlan.selectOption({ index: 0 })
  await expect(currentPlan.locator('option:checked')).toHaveText(firstTitle)
  await expect(paper).toBeVisible()
  expect(await weekPlan(app)).toEqual(withPaper)

  const sunday = await profile.relaunch({ now: new Date('2027-01-10T10:05:00Z') })
  app = new PlannerPage(profile.context, sunday)
  await expect(app.heading()).toHaveText('Calendar')
  await expect(page().getByRole('combobox', { name: 'Current plan' }).locator('option:checked')).toHaveText(firstTitle)
  await expect(blocksOn(app, '2027-01-09', 'Read the attention paper')).toBeVisible()
  expect(await weekPlan(app)).toEqual(withPaper)
  await expect(app.sessions().and(page().locator('.sp-status-missed'))).toHaveCount(2)
  await expect(app.sessions().and(page().locator('.sp-status-done'))).toHaveCount(13)
  await expect(page().getByRole('button', { name: /missed sessions?$/ })).toHaveCount(0)
  await shoot(page(), 'sunday-relaunched')
})
