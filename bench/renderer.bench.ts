// Renderer figures: initial JS in gzip bytes, first render vs a bare React page, a 300-session week, drop-to-repaint and
// -to-stored, and action-to-repaint per learner action on the AI Engineer plan (see renderer-browser/actionRepaint.ts).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser } from '@playwright/test'
import react from '@vitejs/plugin-react'
import { build, preview, type PreviewServer } from 'vite'
import { eagerCompile } from '../scripts/eagerCompile'
import { chromiumLaunchOptions } from '../tests/e2e/browser'
import type { WeekBenchResult } from './renderer-browser/calendar/main'
import { measureActionRepaints } from './renderer-browser/actionRepaint'
import { measureHostileFileFrames } from './renderer-browser/hostileFileFrames'
import { measureDropToRepaint } from './renderer-browser/dropToRepaint'

const REPO = resolve(__dirname, '..')
const RENDERER_OUT = join(REPO, 'out', 'renderer')
const PAGES = resolve(__dirname, 'renderer-browser')
// Cold loads vary by ±30% on a shared 2-core machine; 21 alternating pairs keep the median ratio steady.
const FIRST_RENDER_LOADS = 21
// The same build's week median differs by up to ~15% from one page to the next here; the figure is the median of
// the medians of three fresh pages, reported with the fastest and slowest page.
const WEEK_PAGES = 3

/** The entry script of index.html and every chunk it imports statically (lazy `import()` chunks are not counted). */
export function initialScripts(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const entries = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)
  ]
  const seen = new Set<string>()
  const queue = entries.map((match) => resolve(outDir, match[1]!))
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(file, 'utf8')
    // Static imports and re-exports: `import x from"./a.js"`, `import"./a.js"`, `export{x}from"./a.js"`; never `import(`.
    for (const match of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
      queue.push(resolve(dirname(file), match[1]!))
  }
  return [...seen]
}

function initialJsGzipBytes(outDir: string): number {
  return initialScripts(outDir).reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0)
}

/** Milliseconds from navigation start until #root first has content, in a fresh context (cold cache) each time. */
async function firstCommitMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        const root = document.getElementById('root')
        if (root && root.childElementCount > 0) {
          window.firstCommitMs = performance.now()
          observer.disconnect()
        }
      })
      observer.observe(document, { childList: true, subtree: true })
    })
    await page.goto(url)
    await page.waitForFunction(() => typeof window.firstCommitMs === 'number')
    return await page.evaluate(() => window.firstCommitMs!)
  } finally {
    await context.close()
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places

/**
 * The calendar page is compiled as it loads, as the app's calendar chunk is (electron.vite.config.ts). Its one chunk
 * holds React too, which in the app is compiled before the calendar mounts, by the screens drawn before it.
 */
const EAGER_PAGES = new Set(['calendar'])

export async function buildPage(name: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(PAGES, name),
    plugins: [react(), ...(EAGER_PAGES.has(name) ? [eagerCompile(() => true)] : [])],
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, minify: true, modulePreload: { polyfill: false } }
  })
}

export async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    configFile: false,
    root: REPO,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 5195, strictPort: false }
  })
  return { server, url: server.resolvedUrls?.local[0] ?? '' }
}

/** Builds the renderer as shipped, the bare React page and the calendar page, and measures all their figures. */
export async function run(): Promise<Record<string, unknown>> {
  execFileSync('npx', ['electron-vite', 'build'], { cwd: REPO, stdio: 'ignore' })
  const bareOut = mkdtempSync(join(tmpdir(), 'planner-bare-bench-'))
  const calendarOut = mkdtempSync(join(tmpdir(), 'planner-calendar-bench-'))
  const servers: PreviewServer[] = []
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true })
  try {
    await buildPage('bare', bareOut)
    await buildPage('calendar', calendarOut)
    const app = await serve(RENDERER_OUT)
    const bare = await serve(bareOut)
    const calendar = await serve(calendarOut)
    servers.push(app.server, bare.server, calendar.server)

    // Alternate the two pages so load on the machine affects both alike; one warm-up load each.
    await firstCommitMs(browser, app.url)
    await firstCommitMs(browser, bare.url)
    const appTimes: number[] = []
    const bareTimes: number[] = []
    for (let i = 0; i < FIRST_RENDER_LOADS; i++) {
      appTimes.push(await firstCommitMs(browser, app.url))
      bareTimes.push(await firstCommitMs(browser, bare.url))
    }

    const weeks: WeekBenchResult[] = []
    for (let i = 0; i < WEEK_PAGES; i++) weeks.push(await runWeekPage(browser, calendar.url))
    const drop = await measureDropToRepaint(app.url)
    const actions = await measureActionRepaints(app.url)
    const hostileFile = await measureHostileFileFrames(app.url)

    return {
      'renderer.initialJsGzipBytes': initialJsGzipBytes(RENDERER_OUT),
      'renderer.firstRenderMs': round(median(appTimes), 1),
      'renderer.bareReactFirstRenderMs': round(median(bareTimes), 1),
      'renderer.firstRenderRatio': round(median(appTimes) / median(bareTimes), 2),
      ...weekFigures(weeks),
      'renderer.dropToRepaintMs': round(drop.repaintMs, 1),
      'renderer.dropToStoredMs': round(drop.storedMs, 1),
      'renderer.dropRepaintsUnlikeStored': drop.repaintsUnlikeStored,
      // While a calendar that outlasts the read budget is read (in its worker): how the page's frames kept coming.
      ...Object.fromEntries(Object.entries(hostileFile).map(([name, figure]) => [`files.hostileRead.${name}`, figure])),
      // One figure per learner action: { median, p95, runs } in ms from the input to the frame showing its result.
      ...Object.fromEntries(Object.entries(actions).map(([name, figure]) => [`actions.${name}`, figure]))
    }
  } finally {
    await browser.close()
    await Promise.all(servers.map((server) => server.close()))
    rmSync(bareOut, { recursive: true, force: true })
    rmSync(calendarOut, { recursive: true, force: true })
  }
}

/** The week bench's figures over its fresh pages: medians of the pages' figures, and the spread of their medians. */
export function weekFigures(weeks: readonly WeekBenchResult[]): Record<string, number> {
  const weekMedian = (pick: (week: WeekBenchResult) => number) => round(median(weeks.map(pick)), 1)
  return {
    'renderer.week300SessionsMs': weekMedian((week) => week.medianMs),
    'renderer.week300SlowestPageMs': Math.max(...weeks.map((week) => week.medianMs)),
    'renderer.week300FastestPageMs': Math.min(...weeks.map((week) => week.medianMs)),
    'renderer.week300FirstPassMs': weekMedian((week) => week.mountMs),
    'renderer.week300MeasuredPassMs': weekMedian((week) => week.measuredPassMs),
    'renderer.week300FirstMountMs': weekMedian((week) => week.firstMountMs)
  }
}

/** One fresh page of the 300-session week bench (see renderer-browser/calendar/main.tsx). */
export async function runWeekPage(browser: Browser, url: string): Promise<WeekBenchResult> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()))
  try {
    await page.goto(url)
    await page
      .waitForFunction(() => typeof window.runWeekBench === 'function', undefined, { timeout: 10_000 })
      .catch(() => {
        throw new Error(`the calendar bench page did not start: ${pageErrors.join('; ')}`)
      })
    return await page.evaluate(() => window.runWeekBench())
  } finally {
    await page.close()
  }
}

declare global {
  interface Window {
    firstCommitMs?: number
    runWeekBench: () => Promise<WeekBenchResult>
  }
}
