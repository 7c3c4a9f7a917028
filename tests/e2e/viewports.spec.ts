// The app from the smallest window we support (800×600) to a 4K screen: every screen fits its width (no sideways
// scrolling of the page), keeps its navigation and heading in view, and the first run's main button is reachable.
import type { Page } from '@playwright/test'
import { AppShellPage } from './pages/AppShellPage'
import { expect, test } from './profile'

test.describe.configure({ timeout: 90_000 })

const NOW = new Date('2027-01-06T12:00:00Z')
const SIZES = [
  { name: '800x600', width: 800, height: 600 },
  { name: '4K', width: 3840, height: 2160 }
] as const

/** How far the page is wider than the window, in CSS pixels (0 when nothing scrolls sideways). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

for (const size of SIZES) {
  test(`at ${size.name} every screen fits the window and keeps its navigation in view`, async ({ profile }) => {
    const page = await profile.launch({ now: NOW })
    await page.setViewportSize({ width: size.width, height: size.height })

    const create = page.getByRole('button', { name: 'Create plan' })
    await create.scrollIntoViewIfNeeded()
    await expect(create).toBeInViewport()
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
    // The date fields line up: the target is as wide as the start above it.
    const width = async (label: RegExp) => (await page.getByLabel(label).boundingBox())!.width
    expect(await width(/Target date/)).toBeCloseTo(await width(/Start date/), 0)
    await create.click()

    const shell = new AppShellPage(page)
    for (const screen of ['Calendar', 'Roadmap', 'Progress', 'Settings']) {
      await shell.open(screen)
      await expect(shell.screenHeading()).toHaveText(screen)
      await expect(shell.screenHeading()).toBeInViewport()
      await expect(shell.navItem('Settings')).toBeInViewport()
      expect(await sidewaysOverflow(page), `${screen} scrolls sideways`).toBeLessThanOrEqual(0)
      await test.info().attach(`${size.name}-${screen}`, { body: await page.screenshot(), contentType: 'image/png' })
    }
    await shell.open('Calendar')
    // The week grid shows sessions, not just a frame.
    await expect(page.locator('.sp-calendar .sp-session').first()).toBeVisible()
    // A session's panel, taller than an 800x600 window with its Done form open, scrolls inside the window, and opening
    // the form brings Mark done into view (it once sat below the bottom edge, out of reach, then below the panel's fold).
    await page.locator('.sp-calendar .sp-session.sp-status-planned').first().click()
    const panel = page.locator('dialog.sp-panel')
    await panel.getByRole('button', { name: 'Done…' }).click()
    const markDone = panel.getByRole('button', { name: 'Mark done' })
    await expect(markDone).toBeInViewport()
    const box = (await panel.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(size.height)
  })
}

// A trial's learner wheel-scrolled to the end of first run and found a blank band about 660 px tall below the last step:
// the page itself scrolled on past the window. At the end, the last step sits at the window's bottom edge.
for (const size of [
  { name: '800x600', width: 800, height: 600 },
  { name: '1280x800', width: 1280, height: 800 },
  { name: '2560x1440', width: 2560, height: 1440 }
]) {
  test(`at ${size.name} first run scrolled to its end by the wheel ends at its last step, with no blank band`, async ({
    profile
  }) => {
    const page = await profile.launch({ now: NOW })
    await page.setViewportSize({ width: size.width, height: size.height })
    await expect(page.getByRole('button', { name: 'Create plan' })).toBeVisible()
    const shell = new AppShellPage(page)
    await shell.wheelToEnd()
    // Wheel scrolling is asynchronous: wait until it has come to rest at the end.
    await expect.poll(async () => (await shell.bottomEdge()).atEnd, { timeout: 10_000 }).toBe(true)
    const edge = await shell.bottomEdge()
    expect(edge.pageOverflow, 'the page itself scrolls past the window').toBeLessThanOrEqual(0)
    expect(Math.abs(edge.blankBand), 'blank band below the last step').toBeLessThanOrEqual(2)
    await expect(page.getByRole('group', { name: /Dates and pace/ })).toBeInViewport()
    await test.info().attach(`first-run-end-${size.name}`, { body: await page.screenshot(), contentType: 'image/png' })
  })
}
