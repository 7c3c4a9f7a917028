// Two roadmap-and-settings journeys in a real browser: switching the specialization track re-plans and moves the
// finish date; the .ics exported from Settings with its defaults parses with ical.js and holds exactly the planned
// sessions still ahead, with no alarm.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import ICAL from 'ical.js'
import { AppShellPage } from './pages/AppShellPage'
import { DataPage } from './pages/DataPage'
import { RoadmapPage } from './pages/RoadmapPage'
import { readStoredRecords } from './storedRecords'
import { expect, test } from './profile'

test.describe.configure({ timeout: 60_000 })

// Wednesday 6 January 2027, 12:00 in London.
const NOW = new Date('2027-01-06T12:00:00Z')

interface StoredPlan {
  settings: { trackChoices?: Record<string, string>; timeZone: string }
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
  const roadmap = new RoadmapPage(page)
  const specialization = roadmap.stage(/Specialization/)
  // Only the current stage starts open.
  await roadmap.openStage(/Specialization/)
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

test('the .ics exported from Settings with its defaults holds only the planned sessions ahead, described, with no alarm', async ({
  profile
}) => {
  const page = await profile.launchWithPlan(NOW)
  // The learner does Wednesday evening's first session, then lets Thursday evening pass: by Friday noon one session
  // is done and the rest of the week so far is missed.
  await page.clock.setFixedTime(new Date('2027-01-06T19:55:00Z'))
  await page.locator('.sp-session', { hasText: '19:00' }).first().click()
  const panel = page.getByRole('dialog')
  await panel.getByRole('button', { name: 'Done…' }).click()
  await panel.getByLabel('Minutes you actually studied').fill('50')
  await panel.getByRole('button', { name: 'Mark done' }).click()
  await expect(page.getByRole('button', { name: /^Undo mark done/i })).toBeVisible()
  const friday = new Date('2027-01-08T12:00:00Z')
  await page.clock.setFixedTime(friday)

  const data = new DataPage(page)
  await data.open()
  const form = page.getByRole('group', { name: 'Export to your calendar app' })
  await expect(form.getByRole('radio', { name: 'From now on' })).toBeChecked()
  await expect(form.getByRole('checkbox', { name: /Include done sessions/ })).not.toBeChecked()
  await expect(form.getByRole('checkbox', { name: /Add reminders/ })).not.toBeChecked()
  const download = page.waitForEvent('download')
  await form.getByRole('button', { name: 'Export .ics' }).click()
  const file = await (await download).path()
  const text = readFileSync(file, 'utf8')

  const calendar = new ICAL.Component(ICAL.parse(text))
  const timezones = calendar.getAllSubcomponents('vtimezone')
  for (const zone of timezones) ICAL.TimezoneService.register(zone)
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
  const plan = await storedPlan(page)
  const { sessions } = (await page.evaluate(readStoredRecords, { sessions: 'sessionWeeks' })) as {
    sessions: Array<{ id: string; status: string; startMs: number; endMs: number }>
  }
  const done = sessions.filter((session) => session.status === 'done')
  const missed = sessions.filter((session) => session.status === 'planned' && session.endMs <= friday.getTime())
  expect(done).toHaveLength(1)
  expect(missed.length).toBeGreaterThan(0)

  // Exactly the planned sessions still ahead: not the done one, not the missed ones.
  const ahead = sessions.filter((session) => session.status === 'planned' && session.endMs > friday.getTime())
  expect(events.length).toBeGreaterThan(0)
  expect(events.map((event) => event.uid).sort()).toEqual(ahead.map((session) => `${session.id}@study-planner`).sort())
  for (const event of events) {
    expect(event.startDate.toUnixTime() * 1000).toBeGreaterThanOrEqual(friday.getTime())
    expect(event.summary).not.toMatch(/^✓/)
  }
  // No alarms unless asked for.
  expect(text).not.toContain('BEGIN:VALARM')
  // Each event says what to study: the topic's summary, outcome, links and stage.
  expect(events[0]!.description).toMatch(/\n\nOutcome: .+/)
  expect(events[0]!.description).toMatch(/\nResources:\n.+ — https:\/\//)
  expect(events[0]!.description).toMatch(/\n\nStage: .+$/)
  // Times carry the plan's zone, defined in the file itself.
  expect(timezones.map((zone) => zone.getFirstPropertyValue('tzid'))).toContain(plan.settings.timeZone)
  expect(events[0]!.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(plan.settings.timeZone)
  await expect(form.getByText(`Exported ${events.length.toLocaleString('en-GB')} sessions to`)).toBeVisible()
  await test.info().attach('exported.ics', { body: text, contentType: 'text/calendar' })
})
