// Drop-to-repaint in the built app: drag a session in the week view and time, inside the page, from the pointer release
// to the first animation frame that shows one more pinned session. The app paints the re-planned week before the
// database has stored it, so this also times the move's strict-durability commit, and checks that the first repaint
// already showed what the stored re-plan shows (the rest of the week re-planned, not only the dragged block).
import { rmSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { launchProfile, newProfileDir } from '../../tests/e2e/browser'

const DROPS = 7
const HOURS_EARLIER = 5

declare global {
  interface Window {
    lastDropAt?: number
    lastCommitAt?: number
    awaitPinnedAt?: (pinnedBefore: number, timeoutMs: number) => Promise<DropTimes | null>
  }
}

/** One drop: ms to the first repaint with the pin, ms to the stored commit, and whether that repaint matched the stored view. */
interface DropTimes {
  repaintMs: number
  storedMs: number | null
  repaintMatchedStored: boolean
}

/**
 * Installed before the app loads: remembers the last pointer release, and waits frame by frame for the pinned block.
 * Plain text, because tsx's name helpers (`__name`) do not exist in the page.
 */
const PROBE = `
window.addEventListener('pointerup', () => { window.lastDropAt = performance.now() }, true)
// A read-write transaction's complete event fires once it is durable (the app opens strict-durability transactions).
const openTransaction = IDBDatabase.prototype.transaction
IDBDatabase.prototype.transaction = function (...args) {
  const transaction = openTransaction.apply(this, args)
  if (transaction.mode === 'readwrite') transaction.addEventListener('complete', () => { window.lastCommitAt = performance.now() })
  return transaction
}
// What the week shows: each block's text and place, to compare the first repaint with the view after the stored re-plan.
const weekView = () => [...document.querySelectorAll('.sp-calendar .sp-session')].map((block) => {
  const box = block.getBoundingClientRect()
  return block.textContent + '@' + Math.round(box.left) + ',' + Math.round(box.top) + ',' + Math.round(box.height)
}).sort().join('|')
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))
window.awaitPinnedAt = (pinnedBefore, timeoutMs) => new Promise((resolve) => {
  const deadline = performance.now() + timeoutMs
  async function settle(dropAt, repaintMs, firstView) {
    while ((window.lastCommitAt ?? 0) < dropAt && performance.now() < deadline) await nextFrame()
    const storedMs = (window.lastCommitAt ?? 0) >= dropAt ? window.lastCommitAt - dropAt : null
    // The live query re-reads and re-renders after the commit: wait until the view is still for a few frames.
    let view = weekView()
    for (let still = 0; still < 10 && performance.now() < deadline; ) {
      await new Promise((done) => setTimeout(done, 30))
      await nextFrame()
      const next = weekView()
      still = next === view ? still + 1 : 0
      view = next
    }
    resolve({ repaintMs, storedMs, repaintMatchedStored: view === firstView })
  }
  function check() {
    const now = performance.now()
    const pinned = document.querySelectorAll('.sp-calendar .sp-session.sp-pinned').length > pinnedBefore
    // Read at the repaint: the pointer was released after this wait began.
    const dropAt = window.lastDropAt ?? now
    if (pinned) void settle(dropAt, now - dropAt, weekView())
    else if (now > deadline) resolve(null)
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})
`

/** Drags the first unpinned evening session HOURS_EARLIER up; returns its times, or null if it did not land. */
async function dropOnce(page: Page, hourPx: number): Promise<DropTimes | null> {
  const block = page
    .locator('.sp-calendar .sp-session.sp-status-planned:not(.sp-pinned)', { hasText: /(19|20):\d\d–/ })
    .first()
  const pinnedBefore = await page.locator('.sp-calendar .sp-session.sp-pinned').count()
  const box = (await block.boundingBox())!
  const x = box.x + box.width / 2
  const y = box.y + Math.min(10, box.height / 2)
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x, y - (HOURS_EARLIER * hourPx) / 2, { steps: 6 })
  await page.mouse.move(x, y - HOURS_EARLIER * hourPx, { steps: 6 })
  const waiting = page.evaluate((before) => window.awaitPinnedAt!(before, 8000), pinnedBefore)
  await page.mouse.up()
  return waiting
}

/** What several drags measured: median repaint and stored times, and how many first repaints differed from the stored view. */
export interface DropFigures {
  readonly repaintMs: number
  readonly storedMs: number
  readonly repaintsUnlikeStored: number
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Drop figures over several drags, on a fresh persistent profile with the default first-run plan. */
export async function measureDropToRepaint(appUrl: string): Promise<DropFigures> {
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
    const first = page.locator('.sp-calendar .sp-session', { hasText: /19:00–/ }).first()
    await first.waitFor()
    const firstBox = (await first.boundingBox())!
    const secondBox = (await page
      .locator('.sp-calendar .sp-session', { hasText: /20:10–/ })
      .first()
      .boundingBox())!
    const hourPx = (secondBox.y - firstBox.y) / (70 / 60)
    const drops: DropTimes[] = []
    for (let i = 0; i < DROPS; i++) {
      const times = await dropOnce(page, hourPx)
      if (times !== null) drops.push(times)
    }
    const stored = drops.flatMap((drop) => (drop.storedMs === null ? [] : [drop.storedMs]))
    if (drops.length < 3 || stored.length < 3)
      throw new Error(`only ${drops.length} of ${DROPS} drops landed, ${stored.length} were stored`)
    return {
      repaintMs: median(drops.map((drop) => drop.repaintMs)),
      storedMs: median(stored),
      repaintsUnlikeStored: drops.filter((drop) => !drop.repaintMatchedStored).length
    }
  } finally {
    await context.close()
    rmSync(profileDir, { recursive: true, force: true })
  }
}
