// Two roadmap-and-settings journeys in a real browser: switching the specialization track re-plans and moves the
// finish date; the .ics exported from Settings parses with ical.js and holds exactly the plan's sessions.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import ICAL from 'ical.js'
import { AppShellPage } from './pages/AppShellPage'
import { DataPage } from './pages/DataPage'
import { expect, test } from './profile'

test.describe.configure({ timeout: 60_000 })

// Wednesday 6 January 2027, 12:00 in London.
const NOW = new Date('2027-01-06T12:00:00Z')

interface StoredPlan {
  settings: { trackChoices?: Record<string, string>; timeZone: string }
  reminderLeadMinutes: number | null
  report: { finishDate: string | null; plannedStudyMinutes: number; plannedReviewMinutes: number }
}

/** The plan as stored in IndexedDB: a witness independent of what the screens show. */
function storedPlan(page: Page): Promise<StoredPlan> {
  return page.evaluate(
    () =>
      new Promise<StoredPlan>((resolve, reject) => {
        const request = indexedDB.open('study-planner')
        request.addEventListener('error', () => reject(request.error))
        request.addEventListener('success', () => {
          const db = request.result
          const plans = db.transaction('plans', 'readonly').objectStore('plans').getAll()
          plans.addEventListener('success', () => {
            db.close()
            resolve(plans.result[0])
          })
        })
      })
  )
}

test('switching the specialization track re-plans with its topics and moves the finish date', async ({ profile }) => {
  const page = await profile.launchWithPlan(NOW)
  const shell = new AppShellPage(page)
  const before = await storedPlan(page)
  await shell.open('Progress')
  const finishSentence = page.getByTestId('finish-sentence')
  await expect(finishSentence).toContainText('Projected finish')
  const sentenceBefore = await finishSentence.textContent()

  await shell.open('Roadmap')
  const specialization = page.getByRole('region', { name: /Specialization/ })
  const track = specialization.getByLabel('Specialization track')
  // The default is the first track, NLP and LLMs (88 h); computer vision is estimated at 82 h.
  await expect(track).toHaveValue('nlp-llms')
  await track.selectOption({ label: 'Computer vision' })
  await expect(specialization.getByRole('listitem').first()).toBeVisible()
  await expect.poll(async () => (await storedPlan(page)).settings.trackChoices?.specialization).toBe('computer-vision')

  const after = await storedPlan(page)
  expect(after.report.finishDate).not.toBeNull()
  expect(after.report.finishDate! < before.report.finishDate!).toBe(true)
  await shell.open('Progress')
  await expect(finishSentence).not.toHaveText(sentenceBefore!)
  await expect(finishSentence).toContainText('Projected finish')
  await test.info().attach('progress-after-track-switch', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png'
  })
})

test('the .ics exported from Settings parses with ical.js and holds every planned session with its reminder', async ({
  profile
}) => {
  const page = await profile.launchWithPlan(NOW)
  const data = new DataPage(page)
  await data.open()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export .ics' }).click()
  const file = await (await download).path()
  const text = readFileSync(file, 'utf8')

  const calendar = new ICAL.Component(ICAL.parse(text))
  const timezones = calendar.getAllSubcomponents('vtimezone')
  for (const zone of timezones) ICAL.TimezoneService.register(zone)
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
  const plan = await storedPlan(page)

  expect(events.length).toBeGreaterThan(0)
  expect(new Set(events.map((event) => event.uid)).size).toBe(events.length)
  const minutes = events.reduce(
    (sum, event) => sum + (event.endDate.toUnixTime() - event.startDate.toUnixTime()) / 60,
    0
  )
  expect(minutes).toBe(plan.report.plannedStudyMinutes + plan.report.plannedReviewMinutes)
  // Times carry the plan's zone, defined in the file itself.
  expect(timezones.map((zone) => zone.getFirstPropertyValue('tzid'))).toContain(plan.settings.timeZone)
  expect(events[0]!.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(plan.settings.timeZone)
  // The first session starts after the moment the plan was made.
  expect(Math.min(...events.map((event) => event.startDate.toUnixTime() * 1000))).toBeGreaterThanOrEqual(NOW.getTime())
  // A new plan reminds 10 minutes ahead; every event carries that alarm.
  expect(plan.reminderLeadMinutes).toBe(10)
  for (const event of events)
    expect(event.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-PT10M')
  await test.info().attach('exported.ics', { body: text, contentType: 'text/calendar' })
})
