// Settings as a learner meets it (#19 item 4): a searchable time-zone field instead of ~420 raw ids, file pickers that
// are buttons naming the chosen file, each status beside the control it is about, and the times the learner chose
// (12- or 24-hour) in the calendar at once.
import type { Locator } from '@playwright/test'
import { DataPage } from './pages/DataPage'
import { AppShellPage } from './pages/AppShellPage'
import { expect, test } from './profile'
import { FIRST_RUN_NOW } from './pages/PlannerPage'

/**
 * Whether a status is beside its control: on the control's line, or, where the row wraps in a narrow window, on the
 * line just under it (it once sat under the next field, reading as that field's).
 */
async function besideControl(status: Locator, control: Locator, wraps = false): Promise<boolean> {
  const [text, field] = [await status.boundingBox(), await control.boundingBox()]
  if (!text || !field) return false
  const sameLine = Math.abs(text.y + text.height / 2 - (field.y + field.height / 2)) < 12
  return sameLine || (wraps && text.y >= field.y + field.height && text.y - (field.y + field.height) < 12)
}

test('the plan’s time zone is found by typing a city or an offset, and the preview follows', async ({ profile }) => {
  const page = await profile.launchWithPlan(FIRST_RUN_NOW)
  await new AppShellPage(page).open('Settings')
  const plan = page.getByRole('region', { name: 'Your plan' })
  const zone = plan.getByRole('combobox', { name: 'Time zone of the plan' })
  await expect(zone).toHaveValue('London (Europe) · UTC')
  // No select in the section offers hundreds of raw zone ids any more.
  for (const select of await plan.locator('select').all())
    expect(await select.locator('option').count()).toBeLessThan(50)
  await zone.click()
  await page.keyboard.type('+5:30')
  await expect(page.getByRole('option', { name: /Kolkata/ })).toBeVisible()
  await page.keyboard.type(' kolk')
  await page.keyboard.press('Enter')
  await expect(zone).toHaveValue('Kolkata (Asia) · UTC+05:30')
  await expect(plan.getByTestId('zone-note')).toHaveText(
    'This computer is set to London (Europe). Study times are shown and planned in Kolkata (Asia), the plan’s zone.'
  )
  await expect(page.getByRole('button', { name: 'Apply' })).toBeEnabled()
})

test('statuses sit beside their controls, and a picked backup file is named beside its button', async ({ profile }) => {
  const page = await profile.launchWithPlan(FIRST_RUN_NOW)
  await new AppShellPage(page).open('Settings')
  const reminders = page.getByRole('region', { name: 'Reminders and appearance' })
  const lead = reminders.getByLabel('Remind me before a session')
  await lead.selectOption('30')
  const saved = reminders.getByText('Reminder time saved.')
  await expect(saved).toBeVisible()
  expect(await besideControl(saved, lead)).toBe(true)

  const data = new DataPage(page)
  await data.backUpNow()
  const backedUp = data.section.getByText(/^Backup saved as /)
  await expect(backedUp).toBeVisible()
  // A backup's file name is long: at 1280 px the row wraps, and the status starts the next line.
  expect(await besideControl(backedUp, data.section.getByRole('button', { name: 'Back up now' }), true)).toBe(true)

  // The restore picker is a button; the file it was given is named beside it (the browser's "No file chosen" is gone).
  await expect(data.section.getByRole('button', { name: 'Back up now' })).toBeVisible()
  await expect(data.section.getByText('No file chosen')).toHaveCount(0)
  await data.section
    .getByLabel('Restore from file')
    .setInputFiles({ name: 'not-a-backup.json', mimeType: 'application/json', buffer: Buffer.from('{}') })
  await expect(data.section.getByText('not-a-backup.json', { exact: true })).toBeVisible()
})

test('choosing 24-hour times in Settings changes the calendar, the Today panel and the agenda at once', async ({
  profile
}) => {
  const page = await profile.launchWithPlan(FIRST_RUN_NOW)
  const shell = new AppShellPage(page)
  await shell.open('Settings')
  const reminders = page.getByRole('region', { name: 'Reminders and appearance' })
  await reminders.getByRole('radio', { name: /^12-hour/ }).check()
  await shell.open('Calendar')
  const today = page.getByRole('region', { name: 'Today' })
  await expect(today).toContainText(/7:00\s–\s8:00\spm/)
  await page.getByRole('tab', { name: 'Agenda view' }).click()
  await expect(page.locator('.sp-calendar .sp-session').first()).toContainText(/7:00\s–\s8:00\spm/)
  await shell.open('Settings')
  await reminders.getByRole('radio', { name: /^24-hour/ }).check()
  await shell.open('Calendar')
  await expect(today).toContainText('19:00–20:00')
  await expect(page.locator('.sp-calendar .sp-session').first()).toContainText('19:00–20:00')
})

// A tester reopened the app on Settings (the screen open last) and found the browser's own "Choose File / No file
// chosen" control inside each file button: its hiding rule loaded only with another screen.
test('file buttons hide the browser’s own file control when Settings is the first screen a window shows', async ({
  profile
}) => {
  const page = await profile.launchWithPlan(FIRST_RUN_NOW)
  await new AppShellPage(page).open('Settings')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  const inputs = page.locator('input[type="file"]')
  expect(await inputs.count()).toBeGreaterThan(0)
  for (const input of await inputs.all()) {
    const box = await input.boundingBox()
    expect(box === null || (box.width <= 1 && box.height <= 1)).toBe(true)
  }
})
