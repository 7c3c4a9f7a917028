// Action-to-repaint in the built app, one figure per learner action: mark done, skip, move, undo, roadmap edit, settings
// change and apply a plan change, each timed inside the page from the input event (the click, drop or change that
// starts it) to the first animation frame whose DOM shows the action's result, on the default first-run plan (the
// built-in AI Engineer roadmap, about 1,000-1,300 sessions) in Chromium on an on-disk profile. Done, skip, move, roadmap
// edits and an applied plan change show their result before the database has committed it (and take it back, saying
// so, if the write fails), so each action also gets a `…StoredMs` figure: from the input to the commit of its write.
import { rmSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { launchProfile, newProfileDir } from '../../tests/e2e/browser'

/** Timed repetitions of each action; undo is timed after each mark done, skip and move, so it has three times as many. */
const REPS = Number(process.env['ACTION_BENCH_REPS'] ?? 20)
const TIMEOUT_MS = 15_000
/** Input-to-commit times of the action being repeated, and of every undo. */
let stored: number[] = []
const undoStored: number[] = []

/** Median and 95th percentile (nearest rank) of one action's times, in ms, and how many times it was timed. */
export interface RepaintFigure {
  readonly median: number
  readonly p95: number
  readonly runs: number
}

/** Each action's figure, or why it could not be timed (e.g. its screen is missing from this build). */
export type ActionFigures = Record<string, RepaintFigure | { readonly error: string } | number>

declare global {
  interface Window {
    awaitRepaint?: (predicate: string, args: readonly unknown[], timeoutMs: number) => Promise<number | null>
    awaitStored?: (timeoutMs: number) => Promise<number | null>
  }
}

/**
 * Installed before the app loads. Remembers the last input event (capture phase, so before React sees it) and, once
 * asked, checks the named predicate on every animation frame. Plain text: tsx's helpers do not exist in the page.
 */
const PROBE = `
let lastInputAt = 0
for (const type of ['pointerup', 'click', 'change', 'submit', 'keydown']) window.addEventListener(type, () => { lastInputAt = performance.now() }, true)
// A read-write transaction's complete event fires once it is durable (the app opens strict-durability transactions).
const commits = []
const openTransaction = IDBDatabase.prototype.transaction
IDBDatabase.prototype.transaction = function (...args) {
  const transaction = openTransaction.apply(this, args)
  if (transaction.mode === 'readwrite') transaction.addEventListener('complete', () => { commits.push(performance.now()) })
  return transaction
}
// The first commit after the last input: the action's own write.
window.awaitStored = (timeoutMs) => new Promise((resolve) => {
  const startedAt = performance.now()
  function check() {
    const commit = commits.find((at) => at > lastInputAt)
    if (commit !== undefined) resolve(commit - lastInputAt)
    else if (performance.now() - startedAt > timeoutMs) resolve(null)
    else requestAnimationFrame(check)
  }
  check()
})
const predicates = {
  countAbove: (selector, n) => document.querySelectorAll(selector).length > n,
  countAtMost: (selector, n) => document.querySelectorAll(selector).length <= n,
  textIn: (selector, text) => [...document.querySelectorAll(selector)].some((element) => element.textContent.includes(text)),
  valueIs: (selector, value) => document.querySelector(selector)?.value === value
}
window.awaitRepaint = (name, args, timeoutMs) => new Promise((resolve) => {
  const startedAt = performance.now()
  function check() {
    const now = performance.now()
    if (lastInputAt > startedAt && predicates[name](...args)) resolve(now - lastInputAt)
    else if (now - startedAt > timeoutMs) resolve(null)
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})
`

type Predicate = readonly [name: 'countAbove' | 'countAtMost' | 'textIn' | 'valueIs', ...args: Array<string | number>]

/** Starts watching for `predicate`, runs `input`, and resolves ms from the input to the frame that shows the result. */
async function timed(
  page: Page,
  predicate: Predicate,
  input: () => Promise<void>,
  timeoutMs = TIMEOUT_MS
): Promise<number> {
  const [name, ...args] = predicate
  const waiting = page.evaluate(([n, a, t]) => window.awaitRepaint!(n, a, t), [name, args, timeoutMs] as const)
  await input()
  const ms = await waiting
  if (ms === null) throw new Error(`no repaint showed ${name}(${args.join(', ')}) within ${timeoutMs} ms`)
  const storedMs = await page.evaluate((t) => window.awaitStored!(t), timeoutMs)
  if (storedMs === null) throw new Error(`nothing was stored within ${timeoutMs} ms of the input`)
  stored.push(storedMs)
  return ms
}

const count = (page: Page, selector: string) => page.locator(selector).count()

const SESSIONS = '.sp-calendar .sp-session'
const DONE = `${SESSIONS}.sp-status-done`
const SKIPPED = `${SESSIONS}.sp-status-skipped`
const PINNED = `${SESSIONS}.sp-pinned`
/** A planned study session of a weekday evening (review sessions ask for a rating when done). */
const EVENING = (page: Page) =>
  page.locator(`${SESSIONS}.sp-status-planned:not(.sp-pinned):not(.sp-review)`, { hasText: /(19|20):\d\d–/ }).first()

/** Clicks the header's Undo and times until `predicate` holds again, then waits for the button to settle. */
async function undo(page: Page, predicate: Predicate): Promise<number> {
  const button = page.locator('.plan-header').getByRole('button', { name: /^Undo / })
  const label = await button.textContent()
  const ms = await timed(page, predicate, () => button.click())
  undoStored.push(stored.pop()!)
  // Let the undone state settle (the button loses that label) before the next drag or click starts on the week.
  await page.locator('.plan-header').getByRole('button', { name: label!, exact: true }).waitFor({ state: 'detached' })
  await page.waitForTimeout(100)
  return ms
}

/** Opens an evening session's panel; resolves the panel. */
async function openEvening(page: Page) {
  await EVENING(page).click()
  const panel = page.locator('dialog.sp-panel')
  await panel.waitFor()
  return panel
}

async function markDoneThenUndo(page: Page): Promise<[number, number]> {
  const before = await count(page, DONE)
  const panel = await openEvening(page)
  await panel.getByRole('button', { name: 'Done…' }).click()
  const done = await timed(page, ['countAbove', DONE, before], () =>
    panel.getByRole('button', { name: 'Mark done' }).click()
  )
  const undone = await undo(page, ['countAtMost', DONE, before])
  return [done, undone]
}

async function skipThenUndo(page: Page): Promise<[number, number]> {
  const before = await count(page, SKIPPED)
  const panel = await openEvening(page)
  const skipped = await timed(page, ['countAbove', SKIPPED, before], () =>
    panel.getByRole('button', { name: 'Skip' }).click()
  )
  const undone = await undo(page, ['countAtMost', SKIPPED, before])
  return [skipped, undone]
}

/** Drags that did not land (FullCalendar sometimes misses a synthetic drag on a loaded machine); they are retried. */
let missedDrops = 0

/** Drags an evening session five hours earlier (FullCalendar needs intermediate moves); times from the release. */
async function moveThenUndo(page: Page, hourPx: number): Promise<[number, number]> {
  const before = await count(page, PINNED)
  const drop = async () => {
    const box = (await EVENING(page).boundingBox())!
    const x = box.x + box.width / 2
    const y = box.y + Math.min(10, box.height / 2)
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x, y - (5 * hourPx) / 2, { steps: 6 })
    await page.mouse.move(x, y - 5 * hourPx, { steps: 6 })
    return timed(page, ['countAbove', PINNED, before], () => page.mouse.up(), 3_000)
  }
  let moved: number | null = null
  for (let attempt = 0; moved === null; attempt++) {
    moved = await drop().catch(async (error: unknown) => {
      if (attempt >= 3) throw error
      missedDrops++
      // A drop may land after the wait on a loaded machine: put it back (untimed) before trying again.
      await page.waitForTimeout(2_000)
      if ((await count(page, PINNED)) > before) {
        await page.locator('.plan-header').getByRole('button', { name: 'Undo move' }).click()
        await page.locator('.plan-header').getByRole('button', { name: 'Undo move' }).waitFor({ state: 'detached' })
      }
      return null
    })
  }
  // Wait for the stored move (its Undo) before undoing it: the repaint above comes before the database has it.
  await page.locator('.plan-header').getByRole('button', { name: 'Undo move' }).waitFor()
  const undone = await undo(page, ['countAtMost', PINNED, before])
  return [moved, undone]
}

const round = (value: number) => Math.round(value * 10) / 10

/** Figures of `times`; p95 is the nearest-rank 95th percentile. */
export function figureOf(times: readonly number[]): RepaintFigure {
  const sorted = [...times].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return {
    median: round(median),
    p95: round(sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)]!),
    runs: sorted.length
  }
}

/**
 * ACTION_BENCH_PROFILE=<figure name> records a CPU profile over that action's repetitions and prints the functions with
 * the most self time to stderr (build with minify off to read their names).
 */
async function startProfile(page: Page): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  return async () => {
    const { profile } = await cdp.send('Profiler.stop')
    const selfUs = new Map<string, number>()
    const byId = new Map(profile.nodes.map((node) => [node.id, node]))
    const deltas = profile.timeDeltas ?? []
    ;(profile.samples ?? []).forEach((id, index) => {
      const frame = byId.get(id)!.callFrame
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`
      selfUs.set(key, (selfUs.get(key) ?? 0) + (deltas[index] ?? 0))
    })
    const top = [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, 40)
    process.stderr.write(`${top.map(([key, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms  ${key}`).join('\n')}\n`)
  }
}

/** Runs `measure` REPS times and returns its figure, or the error that stopped it. */
async function repeat(
  label: string,
  measure: (rep: number) => Promise<number>,
  figures: ActionFigures,
  page?: Page
): Promise<void> {
  const times: number[] = []
  stored = []
  try {
    const profiling = page && process.env['ACTION_BENCH_PROFILE'] === label ? await startProfile(page) : null
    for (let rep = 0; rep < REPS; rep++) times.push(await measure(rep))
    if (profiling) await profiling()
    figures[label] = figureOf(times)
    figures[label.replace(/RepaintMs$/, 'StoredMs')] = figureOf(stored)
  } catch (error) {
    figures[label] = {
      error: `${times.length} of ${REPS} timed, then: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
    }
  }
}

async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click()
  await page.getByRole('heading', { level: 1, name }).waitFor()
}

/**
 * The topic whose estimate the roadmap bench edits: a topic late in the roadmap, so the edit re-plans the plan's tail.
 * Only the current stage starts open, so the stage 60% of the way down is opened first.
 */
async function editableTopic(page: Page): Promise<{ title: string; minutes: number }> {
  const stages = page.locator('section.stage-section')
  const stage = stages.nth(Math.floor((await stages.count()) * 0.6))
  const toggle = stage.locator('button.stage-toggle')
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  const items = stage.locator('li.topic-item')
  await items.first().waitFor()
  const item = items.nth(Math.floor((await items.count()) * 0.6))
  const title = (await item.getAttribute('aria-label'))!
  await page.getByRole('button', { name: `Edit ${title}`, exact: true }).click()
  const form = page.getByRole('group', { name: `Edit ${title}` })
  const minutes = Math.round(Number(await form.getByLabel('Estimate (hours)').inputValue()) * 60)
  await form.getByRole('button', { name: 'Cancel' }).click()
  return { title, minutes }
}

/** How a topic's card states its estimate ('0 of 9 hours done'). */
const hoursText = (minutes: number) =>
  `of ${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(Math.round((minutes / 60) * 10) / 10)} hours done`

/** Every action's action-to-repaint figures, on a fresh persistent profile with the default first-run plan. */
export async function measureActionRepaints(appUrl: string): Promise<ActionFigures> {
  const profileDir = newProfileDir()
  const context = await launchProfile(profileDir, appUrl)
  const figures: ActionFigures = {}
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.setViewportSize({ width: 1400, height: 1000 })
    await page.addInitScript({ content: PROBE })
    await page.goto(appUrl)
    await page.getByRole('button', { name: 'Create plan' }).click()
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor()
    const sessionCount = await page.evaluate(async () => {
      const request = indexedDB.open('study-planner')
      const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)))
      const buckets = await new Promise<Array<{ rows: unknown[] }>>((resolve) => {
        const all = db.transaction('sessionWeeks').objectStore('sessionWeeks').getAll()
        all.onsuccess = () => resolve(all.result as Array<{ rows: unknown[] }>)
      })
      db.close()
      return buckets.reduce((sum, bucket) => sum + bucket.rows.length, 0)
    })
    figures['sessionsInPlan'] = sessionCount

    // Next week always has the default weekday evenings (19:00 and 20:10 after a 10-minute break), all still planned.
    await page.keyboard.press('n')
    await page
      .locator(SESSIONS, { hasText: /19:00–/ })
      .first()
      .waitFor()
    const firstBox = (await page
      .locator(SESSIONS, { hasText: /19:00–/ })
      .first()
      .boundingBox())!
    const secondBox = (await page
      .locator(SESSIONS, { hasText: /20:10–/ })
      .first()
      .boundingBox())!
    const hourPx = (secondBox.y - firstBox.y) / (70 / 60)

    const undos: number[] = []
    const calendarAction = (label: string, action: (page: Page) => Promise<[number, number]>) =>
      repeat(
        label,
        async () => {
          const [time, undone] = await action(page)
          undos.push(undone)
          return time
        },
        figures,
        page
      )
    await calendarAction('markDoneRepaintMs', markDoneThenUndo)
    await calendarAction('skipRepaintMs', skipThenUndo)
    await calendarAction('moveRepaintMs', (p) => moveThenUndo(p, hourPx))
    figures['undoRepaintMs'] = undos.length > 0 ? figureOf(undos) : { error: 'no action was undone' }
    if (undoStored.length > 0) figures['undoStoredMs'] = figureOf(undoStored)
    figures['moveMissedDrops'] = missedDrops

    // A roadmap edit: a later topic's estimate, one hour up, then back (so the plan keeps its size), saved from its form.
    let topic = { title: '', minutes: 0 }
    await repeat(
      'roadmapEditRepaintMs',
      async (rep) => {
        if (rep === 0) {
          await openScreen(page, 'Roadmap')
          topic = await editableTopic(page)
        }
        const minutes = rep % 2 === 0 ? topic.minutes + 60 : topic.minutes
        await page.getByRole('button', { name: `Edit ${topic.title}`, exact: true }).click()
        const form = page.getByRole('group', { name: `Edit ${topic.title}` })
        await form.getByLabel('Estimate (hours)').fill(String(minutes / 60))
        const shown = `li.topic-item[aria-label="${topic.title.replaceAll('"', '\\"')}"] .topic-facts dd`
        return timed(page, ['textIn', shown, hoursText(minutes)], () =>
          form.getByRole('button', { name: 'Save' }).click()
        )
      },
      figures,
      page
    )

    // A settings change that is stored with the plan: the reminder lead, 15 then 10 minutes. The select is controlled
    // by the stored plan, so it shows the new value only once the plan is stored and read back.
    const leadSelect = page.getByLabel('Remind me before a session')
    await repeat(
      'settingsChangeRepaintMs',
      async (rep) => {
        if (rep === 0) {
          await openScreen(page, 'Settings')
          await leadSelect.waitFor()
          await page.evaluate(() => {
            const label = [...document.querySelectorAll('label')].find((element) =>
              element.textContent?.includes('Remind me before a session')
            )
            label?.querySelector('select')?.setAttribute('data-bench', 'reminder-lead')
          })
        }
        const value = rep % 2 === 0 ? '15' : '10'
        return timed(page, ['valueIs', 'select[data-bench="reminder-lead"]', value], () =>
          leadSelect.selectOption(value).then(() => undefined)
        )
      },
      figures,
      page
    )

    // Apply a plan change from its preview (Settings > Your plan): the break between sessions, 15 then 10 minutes.
    await repeat(
      'applyPlanChangeRepaintMs',
      async (rep) => {
        if (rep === 0) await openScreen(page, 'Settings')
        const section = page.getByRole('region', { name: 'Your plan' })
        await section.getByLabel('Break between sessions').fill(rep % 2 === 0 ? '15' : '10')
        const apply = section.getByRole('button', { name: 'Apply', exact: true })
        await apply.and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT_MS })
        // By class, not a mark set here: the section's form is reset when the stored plan comes back.
        const ms = await timed(page, ['textIn', 'section.plan-change', 'Plan changed.'], () => apply.click()).catch(
          async (error: unknown) => {
            // Say what the section showed instead (a refusal, a preview still updating), to tell a slow apply from a failed one.
            const shown = (await section.innerText()).replace(/\s+/g, ' ').slice(-300)
            throw new Error(`${error instanceof Error ? error.message : String(error)}; the section ends: ${shown}`)
          }
        )
        // The stored plan comes back as a fresh form (Apply off again): wait for it before typing the next change.
        await section
          .getByRole('button', { name: 'Apply', exact: true })
          .and(page.locator(':disabled'))
          .waitFor({ timeout: TIMEOUT_MS })
        await page.waitForTimeout(300)
        return ms
      },
      figures,
      page
    )
    return figures
  } finally {
    await context.close()
    rmSync(profileDir, { recursive: true, force: true })
  }
}
