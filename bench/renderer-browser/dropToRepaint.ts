// Drop-to-repaint in the built app: drag a session in the week view and time, inside the page, from the pointer release
// to the first animation frame that shows one more pinned session (the move is stored and the plan re-planned by then).
import { rmSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { launchProfile, newProfileDir } from '../../tests/e2e/browser'

const DROPS = 7
const HOURS_EARLIER = 5

declare global {
  interface Window {
    lastDropAt?: number
    awaitPinnedAt?: (pinnedBefore: number, timeoutMs: number) => Promise<number | null>
  }
}

/**
 * Installed before the app loads: remembers the last pointer release, and waits frame by frame for the pinned block.
 * Plain text, because tsx's name helpers (`__name`) do not exist in the page.
 */
const PROBE = `
window.addEventListener('pointerup', () => { window.lastDropAt = performance.now() }, true)
window.awaitPinnedAt = (pinnedBefore, timeoutMs) => new Promise((resolve) => {
  const deadline = performance.now() + timeoutMs
  function check() {
    const now = performance.now()
    const pinned = document.querySelectorAll('.sp-calendar .sp-session.sp-pinned').length > pinnedBefore
    if (pinned) resolve(now - (window.lastDropAt ?? now))
    else if (now > deadline) resolve(null)
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})
`

/** Drags the first unpinned evening session HOURS_EARLIER up; returns the drop-to-repaint time, or null if it did not land. */
async function dropOnce(page: Page, hourPx: number): Promise<number | null> {
  const block = page.locator('.sp-calendar .sp-session.sp-status-planned:not(.sp-pinned)', { hasText: /^(19|20):\d\d–/ }).first()
  const pinnedBefore = await page.locator('.sp-calendar .sp-session.sp-pinned').count()
  const box = (await block.boundingBox())!
  const x = box.x + box.width / 2
  const y = box.y + Math.min(10, box.height / 2)
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x, y - (HOURS_EARLIER * hourPx) / 2, { steps: 6 })
  await page.mouse.move(x, y - HOURS_EARLIER * hourPx, { steps: 6 })
  const waiting = page.evaluate((before) => window.awaitPinnedAt!(before, 5000), pinnedBefore)
  await page.mouse.up()
  return waiting
}

/** Median drop-to-repaint over several drags, on a fresh persistent profile with the default first-run plan. */
export async function measureDropToRepaint(appUrl: string): Promise<number> {
  const profileDir = newProfileDir()
  const context = await launchProfile(profileDir, appUrl)
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.addInitScript({ content: PROBE })
    await page.goto(appUrl)
    await page.getByRole('button', { name: 'Create plan' }).click()
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor()
    // Next week always has the default weekday evenings (19:00 and 20:10 after a 10-minute break).
    await page.keyboard.press('n')
    const first = page.locator('.sp-calendar .sp-session', { hasText: /^19:00–/ }).first()
    await first.waitFor()
    const firstBox = (await first.boundingBox())!
    const secondBox = (await page.locator('.sp-calendar .sp-session', { hasText: /^20:10–/ }).first().boundingBox())!
    const hourPx = (secondBox.y - firstBox.y) / (70 / 60)
    const times: number[] = []
    for (let i = 0; i < DROPS; i++) {
      const elapsed = await dropOnce(page, hourPx)
      if (elapsed !== null) times.push(elapsed)
    }
    if (times.length < 3) throw new Error(`only ${times.length} of ${DROPS} drops landed`)
    times.sort((a, b) => a - b)
    return times[Math.floor(times.length / 2)]!
  } finally {
    await context.close()
    rmSync(profileDir, { recursive: true, force: true })
  }
}
