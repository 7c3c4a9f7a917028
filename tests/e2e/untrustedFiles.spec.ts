// Files the learner picks are read in a Web Worker with a hard time budget: in a real browser, a calendar that takes
// longer than the budget is stopped while the page keeps drawing frames, the learner is told, and nothing is stored;
// every import path (busy time, roadmap, restore) answers the same way, and a normal file still imports.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Page } from '@playwright/test'
import { DataPage } from './pages/DataPage'
import { AppShellPage } from './pages/AppShellPage'
import { expect, test } from './profile'
import { ALL_STORES, readStoredRecords } from './storedRecords'
import { bigCalendar, watchFrames } from './untrustedFileLoad'

test.describe.configure({ timeout: 90_000 })

/** The test-only setting that can shorten (never lengthen) the read budget: see src/renderer/src/files/readUntrustedFile.ts. */
const BUDGET_KEY = 'study-planner:file-budget-ms'

const ONE_EVENT = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//EN',
  'BEGIN:VEVENT',
  'UID:dentist@test',
  'DTSTAMP:20270101T000000Z',
  'DTSTART:20270111T090000Z',
  'DTEND:20270111T100000Z',
  'SUMMARY:Dentist',
  'END:VEVENT',
  'END:VCALENDAR',
  ''
].join('\r\n')

async function launchOnData(profile: { launch(): Promise<Page> }): Promise<DataPage> {
  const page = await profile.launch()
  await page.getByRole('button', { name: 'Create plan' }).click()
  await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor()
  const data = new DataPage(page)
  await data.open()
  return data
}

test('a calendar that takes longer than the budget is stopped off the page’s thread: frames keep coming, the learner is told, nothing is stored', async ({
  profile
}) => {
  const data = await launchOnData(profile)
  const page = data.page
  // One second instead of five keeps the test short; the file below takes ical.js about five seconds.
  await page.evaluate((key) => localStorage.setItem(key, '1000'), BUDGET_KEY)
  const before = await page.evaluate(readStoredRecords, ALL_STORES)

  // From disk, as a learner picks it: a file given as bytes is built by Playwright's script in the page, on its thread.
  const path = join(test.info().outputDir, 'team.ics')
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, bigCalendar(30_000))

  const stopWatching = await watchFrames(page)
  await page.evaluate(() => {
    const times = { change: 0, click: 0 }
    document.addEventListener('change', () => (times.change ||= performance.now()), true)
    document.addEventListener('click', () => (times.click ||= performance.now()), true)
    Object.assign(globalThis, { inputTimes: times })
  })
  await data.section.getByLabel('Import busy time from .ics').setInputFiles(path)
  // The learner clicks while the file is being read: the page handles it at once, not after the read.
  await data.section.getByRole('heading', { name: 'Calendar files' }).click()
  const clicked = await page.evaluate(() => performance.now())
  await expect(data.section.getByRole('alert')).toHaveText(
    '“team.ics” took too long to read and was not imported; nothing was changed.',
    { timeout: 15_000 }
  )
  const frames = await stopWatching()
  const times = await page.evaluate(
    () => (globalThis as unknown as { inputTimes: { change: number; click: number } }).inputTimes
  )

  // The read lasted the whole budget and the page kept drawing frames throughout it, on average more than one every
  // 100 ms. Parsing on the page's own thread blocks it for the whole parse (about five seconds for this file: no frame,
  // no click, not even the budget's timer). The longest gap is bounded by the budget, not by 100 ms: on a loaded 2-core
  // machine even a worker doing bare arithmetic delays the page's tasks by 200-700 ms at times (measured here; none over
  // 40 ms without a worker), which says nothing about the app.
  expect(frames.spanMs).toBeGreaterThan(1_000)
  expect(frames.frames).toBeGreaterThan(frames.spanMs / 100)
  expect(frames.longestGapMs).toBeLessThan(1_000)
  expect(times.click).toBeGreaterThan(times.change)
  expect(clicked - times.change).toBeLessThan(2_500)
  await expect(data.section.getByRole('group', { name: 'Busy time to import' })).toHaveCount(0)
  expect(await page.evaluate(readStoredRecords, ALL_STORES)).toEqual(before)

  // The page still answers the learner at once: the next, ordinary file imports through a fresh worker.
  await data.section
    .getByLabel('Import busy time from .ics')
    .setInputFiles({ name: 'dentist.ics', mimeType: 'text/calendar', buffer: Buffer.from(ONE_EVENT) })
  const preview = data.section.getByRole('group', { name: 'Busy time to import' })
  await expect(preview).toContainText('dentist.ics')
  await preview.getByRole('button', { name: 'Apply busy time' }).click()
  await expect(data.section.getByText(/dentist\.ics/).last()).toBeVisible()
  await expect
    .poll(async () =>
      (
        (await page.evaluate(readStoredRecords, ALL_STORES)).plans as Array<{
          availability: { busy: Array<{ label?: string }> }
        }>
      )[0]!.availability.busy.map((busy) => busy.label)
    )
    .toEqual(['Dentist'])
})

test('a roadmap import and a restore past the budget are stopped the same way, naming the file, and nothing changes', async ({
  profile
}) => {
  const data = await launchOnData(profile)
  const page = data.page
  const backup = await (await data.backUpNow()).path()
  const backupText = readFileSync(backup, 'utf8')
  // A budget no worker can meet: each path must give up on the read, tell the learner, and store nothing.
  await page.evaluate((key) => localStorage.setItem(key, '1'), BUDGET_KEY)
  let before = await page.evaluate(readStoredRecords, ALL_STORES)

  await data.section
    .getByLabel('Restore from file')
    .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(backupText) })
  await expect(data.section.getByRole('alert')).toContainText(
    '“mine.json” took too long to read and was not restored; nothing was changed.'
  )
  await expect(data.section.getByRole('group', { name: /^Restore / })).toHaveCount(0)

  expect(await page.evaluate(readStoredRecords, ALL_STORES)).toEqual(before)

  // Opening a screen is remembered (ui.lastScreen), so the roadmap import is compared from there.
  await new AppShellPage(page).open('Roadmap')
  before = await page.evaluate(readStoredRecords, ALL_STORES)
  await page.getByLabel('Import roadmap file').setInputFiles({
    name: 'go.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# Go\n## Basics\n- Syntax (2h)\n')
  })
  await expect(page.getByRole('alert')).toHaveText(
    '“go.md” took too long to read and was not imported; nothing was changed.'
  )
  await expect(page.getByRole('button', { name: 'Start a new plan with it' })).toHaveCount(0)
  expect(await page.evaluate(readStoredRecords, ALL_STORES)).toEqual(before)

  // With the budget back, the same backup reads through the worker and previews as before.
  await page.evaluate((key) => localStorage.removeItem(key), BUDGET_KEY)
  await data.open()
  const preview = await data.restoreFile('mine.json', backupText)
  await expect(preview).toBeVisible()
})
