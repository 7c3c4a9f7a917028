// Runs only the 300-session week bench (bench/renderer-browser/calendar) and prints its figures, the first mount
// (`renderer.week300FirstMountMs`) among them: `npx tsx bench/run-week.ts` (WEEK_BENCH_PAGES=n fresh pages, 3 by default).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../tests/e2e/browser'
import { buildPage, runWeekPage, serve, weekFigures } from './renderer.bench'
import type { WeekBenchResult } from './renderer-browser/calendar/main'

async function main(): Promise<void> {
  const pages = Number(process.env['WEEK_BENCH_PAGES'] ?? 3)
  const outDir = mkdtempSync(join(tmpdir(), 'planner-week-bench-'))
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true })
  try {
    await buildPage('calendar', outDir)
    const { server, url } = await serve(outDir)
    try {
      const weeks: WeekBenchResult[] = []
      for (let i = 0; i < pages; i++) weeks.push(await runWeekPage(browser, url))
      process.stdout.write(`${JSON.stringify({ ...weekFigures(weeks), pages: weeks }, null, 1)}\n`)
    } finally {
      await server.close()
    }
  } finally {
    await browser.close()
    rmSync(outDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
