// Does the page keep answering while an untrusted file is read? The built app on a fresh profile is handed a calendar
// that outlasts the read budget (30,000 events; ical.js needs about five seconds), picked from disk as a learner picks
// it, and every animation frame is timed until the app answers. Frames stall only when the page's
// thread is busy; with the read in its worker, what remains is the two cores shared with that worker.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchProfile, newProfileDir } from '../../tests/e2e/browser'
import { DataPage } from '../../tests/e2e/pages/DataPage'
import { bigCalendar, watchFrames } from '../../tests/e2e/untrustedFileLoad'

/** Frame gaps while the file was read: the 95th percentile and the longest, in ms, and the share within 100 ms. */
export interface HostileFileFrames {
  readonly outcome: string
  readonly readMs: number
  readonly frames: number
  readonly frameGapP95Ms: number
  readonly longestFrameGapMs: number
  readonly framesWithin100MsShare: number
}

const round = (value: number) => Math.round(value * 10) / 10

export async function measureHostileFileFrames(appUrl: string): Promise<HostileFileFrames> {
  const profileDir = newProfileDir()
  const fileDir = mkdtempSync(join(tmpdir(), 'planner-hostile-file-'))
  const context = await launchProfile(profileDir, appUrl)
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(appUrl)
    await page.getByRole('button', { name: 'Create plan' }).click()
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor()
    const data = new DataPage(page)
    await data.open()
    const path = join(fileDir, 'team.ics')
    writeFileSync(path, bigCalendar(30_000))

    const stop = await watchFrames(page)
    await data.section.getByLabel('Import busy time from .ics').setInputFiles(path)
    // Stopped at the 5 s budget, or read just within it on a fast machine (and then refused or previewed): whatever
    // the app answers ends the watch, and the answer is reported with the figures.
    const alert = data.section.getByRole('alert')
    const read = data.section.getByRole('group', { name: 'Busy time to import' })
    await alert.or(read).first().waitFor({ timeout: 30_000 })
    const watch = await stop()
    const outcome = (await alert.isVisible()) ? ((await alert.textContent()) ?? '') : 'previewed for import'
    const gaps = [...watch.gapsMs].sort((a, b) => a - b)
    return {
      outcome,
      readMs: round(watch.spanMs),
      frames: watch.frames,
      frameGapP95Ms: round(gaps[Math.max(0, Math.ceil(0.95 * gaps.length) - 1)]!),
      longestFrameGapMs: round(watch.longestGapMs),
      framesWithin100MsShare: Math.round((gaps.filter((gap) => gap <= 100).length / gaps.length) * 1000) / 1000
    }
  } finally {
    await context.close()
    rmSync(profileDir, { recursive: true, force: true })
    rmSync(fileDir, { recursive: true, force: true })
  }
}
