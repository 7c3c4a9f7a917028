// StudyCalendar in real Chromium (component harness): drag and resize report new times, clicks open, axe finds nothing serious.
import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import type { ViteDevServer } from 'vite'
import { serveHarness } from './serveHarness'

const port = 5191
let server: ViteDevServer

test.beforeAll(async () => {
  server = await serveHarness(port)
})

test.afterAll(async () => {
  await server.close()
})

test.use({ locale: 'en-GB', timezoneId: 'Europe/Rome', viewport: { width: 1280, height: 1000 } })

const harnessLog = (page: Page) => page.evaluate(() => window.harnessLog as Array<Record<string, unknown>>)

async function openCalendar(page: Page, view = 'week') {
  await page.goto(`http://127.0.0.1:${port}/?c=calendar&view=${view}`)
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible()
}

/** The block of the planned Thursday 19:00 session (Python essentials). */
function thursdayEvening(page: Page) {
  return page.locator('.sp-session:not(.sp-status-done)', { hasText: '19:00–20:00' }).nth(2)
}

/** The Thursday 19:00 block scrolled into view, its box, and how many pixels an hour of the grid takes. */
async function thursdayEveningOnGrid(page: Page) {
  const block = thursdayEvening(page)
  await block.scrollIntoViewIfNeeded()
  const box = (await block.boundingBox())!
  // The next block starts 70 minutes after this one.
  const next = (await page.locator('.sp-session', { hasText: '20:10–21:00' }).first().boundingBox())!
  return { block, box, hourPx: (next.y - box.y) / (70 / 60) }
}

/** The first move the calendar reported, once it has reported one. */
async function reportedMove(page: Page): Promise<{ startMs: number; endMs: number }> {
  await expect.poll(async () => (await harnessLog(page)).find((entry) => 'move' in entry)).toBeTruthy()
  return (await harnessLog(page)).find((entry) => 'move' in entry) as { startMs: number; endMs: number }
}

/** Drags the Thursday 19:00 block one hour down the grid and returns the move the calendar reported. */
async function dragThursdayAnHourLater(page: Page): Promise<{ startMs: number; endMs: number }> {
  const { box, hourPx } = await thursdayEveningOnGrid(page)
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x, y + hourPx / 2, { steps: 8 })
  await page.mouse.move(x, y + hourPx, { steps: 8 })
  await page.mouse.up()
  return reportedMove(page)
}

test('dragging a session an hour later reports its new start and end', async ({ page }) => {
  await openCalendar(page)
  const move = await dragThursdayAnHourLater(page)
  // Thursday 7 January 2027, 20:00-21:00 in Rome (UTC+1).
  expect(move.startMs).toBe(Date.UTC(2027, 0, 7, 19, 0))
  expect(move.endMs).toBe(Date.UTC(2027, 0, 7, 20, 0))
  await expect(page.locator('.sp-pinned', { hasText: '20:00–21:00' })).toBeVisible()
})

test('resizing a session by its bottom edge reports its new end', async ({ page }) => {
  await openCalendar(page)
  const { block, box, hourPx } = await thursdayEveningOnGrid(page)
  const x = box.x + box.width / 2
  const edge = box.y + box.height - 2
  // The handle appears while the pointer is on the block and overlaps its bottom edge.
  await page.mouse.move(x, box.y + box.height / 2)
  await expect(block.locator('.sp-resizer-end')).toBeVisible()
  await page.mouse.move(x, edge)
  await page.mouse.down()
  await page.mouse.move(x, edge + hourPx / 4, { steps: 6 })
  await page.mouse.move(x, edge + hourPx / 2, { steps: 6 })
  await page.mouse.up()
  // Thursday 7 January 2027, 19:00-20:30 in Rome (UTC+1): same start, half an hour longer.
  expect(await reportedMove(page)).toMatchObject({
    startMs: Date.UTC(2027, 0, 7, 18, 0),
    endMs: Date.UTC(2027, 0, 7, 19, 30)
  })
})

test.describe('on a computer set to another time zone', () => {
  test.use({ timezoneId: 'America/New_York' })

  test('the week shows and moves sessions on the plan’s clock, not the computer’s', async ({ page }) => {
    await openCalendar(page)
    // The plan is in Rome: its Thursday evening block still reads 19:00 and lies in Thursday's column.
    await expect(thursdayEvening(page)).toBeVisible()
    expect(
      await thursdayEvening(page).evaluate((block) => block.closest('[data-date]')?.getAttribute('data-date'))
    ).toBe('2027-01-07')
    const move = await dragThursdayAnHourLater(page)
    expect(move.startMs).toBe(Date.UTC(2027, 0, 7, 19, 0))
    expect(move.endMs).toBe(Date.UTC(2027, 0, 7, 20, 0))
  })
})

/** How a block is dressed: its tint and how its lines break (run in the page). */
function lookOf(element: Element) {
  return {
    background: getComputedStyle(element).backgroundColor,
    textWhiteSpace: getComputedStyle(element.querySelector('.sp-event-body')!).whiteSpace
  }
}

test('a session dragged over the past still looks like a block, and cannot be dropped there', async ({ page }) => {
  await openCalendar(page)
  const { block, box } = await thursdayEveningOnGrid(page)
  const blockLook = await block.evaluate(lookOf)
  const monday = (await page.locator('.sp-status-done', { hasText: '19:00–20:00' }).first().boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(monday.x + monday.width / 2, box.y + box.height / 2, { steps: 10 })
  // Monday is before the harness's now: FullCalendar shows a copy of the block on <body> instead of a drop preview.
  const dragImage = page.locator('body > .sp-session')
  await expect(dragImage).toBeVisible()
  // The copy is dressed as the block it copies: its stage's tint and its lines (it once lost both off the calendar).
  expect(await dragImage.evaluate(lookOf)).toEqual(blockLook)
  expect(blockLook.background).not.toBe('rgba(0, 0, 0, 0)')
  await page.mouse.up()
  await expect(dragImage).toHaveCount(0)
  await page.waitForTimeout(300)
  expect((await harnessLog(page)).filter((entry) => 'move' in entry)).toEqual([])
  // The caller hears why the block went back, once.
  expect((await harnessLog(page)).filter((entry) => 'refused' in entry)).toEqual([{ refused: true }])
})

test('a session opens from the keyboard', async ({ page }) => {
  await openCalendar(page)
  await thursdayEvening(page).focus()
  await page.keyboard.press('Enter')
  await expect
    .poll(async () => (await harnessLog(page)).find((entry) => 'open' in entry))
    .toEqual({ open: expect.stringContaining(':study:') })
})

test('clicking a session opens it', async ({ page }) => {
  await openCalendar(page)
  await thursdayEvening(page).click()
  await expect
    .poll(async () => (await harnessLog(page)).find((entry) => 'open' in entry))
    .toEqual({ open: expect.stringContaining(':study:') })
})

test('blocks show whole lines of text: the bottom edge cuts no line through the middle', async ({ page }) => {
  // 700 px high: an hour of the grid is about 45 px, room for two and a half lines of a block's text.
  await page.setViewportSize({ width: 900, height: 700 })
  await openCalendar(page)
  const blocks = await page.locator('.sp-event-body:not(.sp-event-short)').evaluateAll((bodies) =>
    bodies.map((body) => {
      const style = getComputedStyle(body)
      const line = parseFloat(style.lineHeight)
      const room = body.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
      const lines = (body.textContent ?? '').split('\n').length
      // The pixels of a line the box shows only part of: none when every line fits.
      const partShown = lines * line <= room + 0.5 ? 0 : room % line
      return { text: body.textContent, line, partShown }
    })
  )
  expect(blocks.length).toBeGreaterThan(5)
  // At most the descenders of the last line shown (4 px) may be cut, never a half line.
  const cutThrough = blocks.filter(({ line, partShown }) => partShown > 0.5 && partShown < line - 4.5)
  expect(cutThrough).toEqual([])
})

test('blocks take the dark palette when Settings forces it, or when the OS is dark and Settings follows it', async ({
  page
}) => {
  await openCalendar(page)
  // The first stage's tint in each palette (calendarTheme.ts).
  const light = 'rgb(176, 204, 254)'
  const dark = 'rgb(59, 76, 109)'
  const cases = [
    { os: 'light', forced: null, tint: light },
    { os: 'dark', forced: null, tint: dark },
    { os: 'light', forced: 'dark', tint: dark },
    { os: 'dark', forced: 'light', tint: light }
  ] as const
  const seen = []
  for (const { os, forced } of cases) {
    await page.emulateMedia({ colorScheme: os })
    await page.evaluate(
      (theme) =>
        theme
          ? document.documentElement.setAttribute('data-theme', theme)
          : document.documentElement.removeAttribute('data-theme'),
      forced
    )
    seen.push({
      os,
      forced,
      tint: await thursdayEvening(page).evaluate((block) => getComputedStyle(block).backgroundColor)
    })
  }
  expect(seen).toEqual(cases)
})

for (const [view, colorScheme] of [
  ['week', 'light'],
  ['month', 'light'],
  ['agenda', 'light'],
  ['week', 'dark']
] as const) {
  test(`the ${view} view in the ${colorScheme} theme has no serious or critical axe findings`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await openCalendar(page, view)
    const { violations } = await new AxeBuilder({ page }).analyze()
    const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    expect(
      serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
    ).toEqual([])
  })
}
