// The week a learner reads (#19 item 1): at 1280×800 a one-hour block shows its whole title, then its time; at
// 800×600 the Week tab shows three days whose blocks still read; a block too short for more shows its title's start;
// every block gives its full text on hover and on keyboard focus.
import type { Locator, Page } from '@playwright/test'
import { PlannerPage } from './pages/PlannerPage'
import { expect, test } from './profile'

test.describe.configure({ timeout: 120_000 })

/** Monday 4 January 2027, 08:00 in London: the default plan studies this evening 19:00–20:00 and 20:10–21:00. */
const MONDAY_MORNING = new Date('2027-01-04T08:00:00Z')

/** The week grid's block on `date` holding `text` (its title or its time). */
function blockOn(app: PlannerPage, date: string, text: string): Locator {
  return app.calendar().locator(`[data-date="${date}"] .sp-session`, { hasText: text })
}

/**
 * What of a block's title and time the learner can see: whether the title's element shows all its lines and its
 * whole width (not clamped to an ellipsis), and whether the time line lies inside the block's visible text box.
 */
async function legibility(block: Locator, time: string) {
  return block.evaluate((element, timeText) => {
    const body = element.querySelector<HTMLElement>('.sp-event-body')!
    const title = element.querySelector<HTMLElement>('.sp-event-title')
    const textNode = [...body.childNodes].find(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes(timeText)
    )
    let timeShown = false
    if (textNode) {
      const range = document.createRange()
      const at = textNode.textContent!.indexOf(timeText)
      range.setStart(textNode, at)
      range.setEnd(textNode, at + timeText.length)
      const line = range.getBoundingClientRect()
      const box = body.getBoundingClientRect()
      timeShown = line.height > 0 && line.top >= box.top && line.bottom <= box.bottom + 1 && line.right <= box.right + 1
    }
    return {
      firstLine: body.textContent?.split('\n')[0] ?? '',
      titleWhole:
        title !== null && title.scrollHeight <= title.clientHeight + 1 && title.scrollWidth <= title.clientWidth + 1,
      timeShown
    }
  }, time)
}

/** The tooltip's lines: title, then time and marks, then stage. */
async function tooltipLines(page: Page): Promise<string[]> {
  const tooltip = page.getByRole('tooltip')
  await expect(tooltip).toBeVisible()
  return (await tooltip.innerText()).split('\n').filter((line) => line.trim() !== '')
}

test('at 1280×800 a one-hour block shows its whole title, then its time; hover and keyboard focus give the full text', async ({
  profile
}) => {
  const page = await profile.launchWithPlan(MONDAY_MORNING)
  const app = new PlannerPage(profile.context, page)
  const hour = blockOn(app, '2027-01-04', '19:00–20:00')
  await expect(hour).toBeVisible()
  // The trial read "7:00 – 8:0… / Python ess…": the time first and the title cut.
  expect(await legibility(hour, '19:00–20:00')).toEqual({
    firstLine: 'Python essentials',
    titleWhole: true,
    timeShown: true
  })
  await test.info().attach('week-1280x800', { body: await page.screenshot(), contentType: 'image/png' })

  // Fifty minutes leave two lines: the title wraps and is cut with an ellipsis, and the full text is a hover away.
  const shorter = blockOn(app, '2027-01-04', '20:10–21:00')
  expect((await legibility(shorter, '20:10–21:00')).firstLine).toBe('Git and version control')
  await shorter.hover()
  expect(await tooltipLines(page)).toEqual(['Git and version control', '20:10–21:00', 'Solid foundations'])
  await test.info().attach('tooltip-hover', { body: await page.screenshot(), contentType: 'image/png' })
  await page.mouse.move(1, 1)
  await expect(page.getByRole('tooltip')).toHaveCount(0)

  // From the keyboard: Tab reaches the blocks, the focused one shows the same text, Escape puts it away.
  for (let tabs = 0; tabs < 60; tabs++) {
    await page.keyboard.press('Tab')
    if (await hour.evaluate((element) => element === document.activeElement)) break
  }
  await expect(hour).toBeFocused()
  expect(await tooltipLines(page)).toEqual(['Python essentials', '19:00–20:00', 'Solid foundations'])
  await test.info().attach('tooltip-focus', { body: await page.screenshot(), contentType: 'image/png' })
  await page.keyboard.press('Escape')
  await expect(page.getByRole('tooltip')).toHaveCount(0)
  await expect(hour).toBeFocused()
})

test('a 30-minute block shows the start of its title, and its tooltip the rest', async ({ profile }) => {
  const page = await profile.launchWithPlan(MONDAY_MORNING)
  const app = new PlannerPage(profile.context, page)
  await page.getByRole('button', { name: 'Add session…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a session' })
  await dialog.getByLabel('What will you study?').fill('SQL and relational data')
  await dialog.getByLabel('Date').fill('2027-01-05')
  await dialog.getByLabel('Start').fill('12:00')
  await dialog.getByLabel('Minutes').fill('30')
  await dialog.getByRole('button', { name: 'Add session' }).click()
  await expect(dialog).toHaveCount(0)
  const half = blockOn(app, '2027-01-05', 'SQL and relational data')
  await expect(half).toBeVisible()
  // One line, title first: its first word is drawn in full inside the block (the rest ends in an ellipsis).
  const firstWord = await half.evaluate((element) => {
    const body = element.querySelector<HTMLElement>('.sp-event-body')!
    const text = [...body.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!
    const range = document.createRange()
    range.setStart(text, 0)
    range.setEnd(text, 'SQL'.length)
    const word = range.getBoundingClientRect()
    const box = body.getBoundingClientRect()
    return {
      text: text.textContent?.slice(0, 3),
      inside: word.left >= box.left && word.right <= box.right && word.bottom <= box.bottom + 1
    }
  })
  expect(firstWord).toEqual({ text: 'SQL', inside: true })
  await half.hover()
  expect(await tooltipLines(page)).toEqual(['SQL and relational data', '12:00–12:30 · Pinned', 'Solid foundations'])
})

test('at 800×600 the Week tab shows three days around today, whose blocks read title then time', async ({
  profile
}) => {
  const page = await profile.launchWithPlan(MONDAY_MORNING)
  const app = new PlannerPage(profile.context, page)
  await page.setViewportSize({ width: 800, height: 600 })
  const calendar = app.calendar()
  // Seven columns would be ~75 px: three days, yesterday to tomorrow, named as what they are.
  await expect(calendar.getByRole('tab', { name: '3 days view' })).toHaveAttribute('aria-selected', 'true')
  await expect(calendar.locator('[role="columnheader"]')).toHaveText([/Sun 3/, /Mon 4/, /Tue 5/])
  await expect(calendar.getByRole('button', { name: 'Next three days' })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)
  // The plan's sentence has a line of its own under the heading and buttons: squeezed between them it took four to six
  // lines and pushed the evening below the fold.
  const sentence = page.locator('.plan-summary')
  const lineHeight = await sentence.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight))
  expect((await sentence.boundingBox())!.height).toBeLessThanOrEqual(2 * lineHeight + 1)

  const tonight = blockOn(app, '2027-01-04', '19:00–20:00')
  await tonight.scrollIntoViewIfNeeded()
  await expect(tonight).toBeInViewport()
  expect(await legibility(tonight, '19:00–20:00')).toEqual({
    firstLine: 'Python essentials',
    titleWhole: true,
    timeShown: true
  })
  await test.info().attach('three-days-800x600', { body: await page.screenshot(), contentType: 'image/png' })

  // Still the planner: a block opens its session, and the next three days follow.
  await tonight.click()
  await expect(app.sessionPanel()).toBeVisible()
  await app.sessionPanel().getByRole('button', { name: 'Close session details' }).click()
  await calendar.getByRole('button', { name: 'Next three days' }).click()
  await expect(calendar.locator('[role="columnheader"]')).toHaveText([/Wed 6/, /Thu 7/, /Fri 8/])

  // Wide again, the tab is the week it was, with the days just shown in it.
  await page.setViewportSize({ width: 1280, height: 800 })
  await expect(calendar.getByRole('tab', { name: 'Week view' })).toHaveAttribute('aria-selected', 'true')
  await expect(calendar.locator('[role="columnheader"]')).toHaveCount(7)
  await expect(blockOn(app, '2027-01-06', '19:00–20:00')).toBeVisible()
})
