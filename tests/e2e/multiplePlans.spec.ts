// More than one plan in a real browser: a second plan started from a Markdown roadmap imported on the Roadmap screen,
// switching to it and back, the Calendar, Today and Progress following the choice across relaunches, then renaming and
// archiving the second plan in Settings.
import type { Download } from '@playwright/test'
import { AppShellPage } from './pages/AppShellPage'
import { expect, test } from './profile'

/** Wednesday 6 January 2027, 12:00 in London: both plans' first sessions are this evening. */
const NOW = new Date('2027-01-06T12:00:00Z')
const GO_OUTLINE = '# Go\n## Basics\n- Syntax (2h)\n- Concurrency (90m)\n'

test('a learner starts a second plan, switches between plans, renames and archives one, and every screen follows', async ({
  profile
}) => {
  // Three launches and two plans built in the page: slower than one screen's check.
  test.setTimeout(120_000)
  let page = await profile.launchWithPlan(NOW)
  let shell = new AppShellPage(page)
  const plan = () => page.getByRole('combobox', { name: 'Current plan' })
  const today = () => page.getByRole('complementary', { name: 'Today' })
  const blocks = (text: string) => page.locator('.sp-calendar .sp-session', { hasText: text })
  const overall = () => page.getByRole('region', { name: 'Completion' }).getByText(/^Overall:/)

  await expect(today().getByText('Python essentials').first()).toBeVisible()
  const firstTitle = (await plan().locator('option:checked').textContent())!
  expect(firstTitle).not.toBe('')

  // The Roadmap screen's import offers a new plan with the file; first run's steps open with it selected.
  await shell.open('Roadmap')
  await page
    .getByLabel('Import roadmap file')
    .setInputFiles({ name: 'go.md', mimeType: 'text/markdown', buffer: Buffer.from(GO_OUTLINE) })
  await page.getByRole('button', { name: 'Start a new plan with it' }).click()
  await expect(page.getByRole('region', { name: 'New plan' })).toBeVisible()
  await expect(page.getByRole('radio', { name: /^Go/ })).toBeChecked()
  await test.info().attach('new-plan', { body: await page.screenshot(), contentType: 'image/png' })
  await page.getByRole('button', { name: 'Create plan' }).click()
  await expect(shell.screenHeading()).toHaveText('Calendar')

  // The new plan is shown: its sessions, not the first plan's.
  await expect(plan().locator('option:checked')).toHaveText('Go')
  await expect(today().getByText('Syntax').first()).toBeVisible()
  await expect(blocks('Syntax').first()).toBeVisible()
  await expect(blocks('Python essentials')).toHaveCount(0)

  // The choice is stored: a relaunch opens on the same plan.
  page = await profile.relaunch({ now: NOW })
  shell = new AppShellPage(page)
  await expect(shell.screenHeading()).toHaveText('Calendar')
  await expect(plan().locator('option:checked')).toHaveText('Go')
  await expect(today().getByText('Syntax').first()).toBeVisible()

  // Back to the first plan: its sessions return, and marking one done shows in its Progress only.
  await plan().selectOption({ label: firstTitle })
  await expect(today().getByText('Python essentials').first()).toBeVisible()
  await expect(blocks('Syntax')).toHaveCount(0)
  await page.clock.setFixedTime(new Date('2027-01-06T19:55:00Z'))
  await blocks('19:00').first().click()
  const panel = page.getByRole('dialog')
  await panel.getByRole('button', { name: 'Done…' }).click()
  await panel.getByLabel('Minutes you actually studied').fill('50')
  await panel.getByRole('button', { name: 'Mark done' }).click()
  await expect(today().getByText(/^0\.8 h done of/)).toBeVisible()
  await shell.open('Progress')
  await expect(overall()).toContainText('(0.8 of')
  await expect(page.getByRole('progressbar', { name: 'Basics completion' })).toHaveCount(0)
  await plan().selectOption({ label: 'Go' })
  await expect(overall()).toHaveText('Overall: 0% (0 of 3.5 hours)')
  await expect(page.getByRole('progressbar', { name: 'Basics completion' })).toBeVisible()
  await plan().selectOption({ label: firstTitle })
  await expect(overall()).toContainText('(0.8 of')

  // Settings: rename the second plan, then archive it; it leaves the switcher, and the first plan stays shown.
  await shell.open('Settings')
  const plans = page.getByRole('list', { name: 'All plans' })
  await plans.getByRole('button', { name: 'Rename Go' }).click()
  await page.getByLabel('New name').fill('Go evenings')
  await page.getByRole('button', { name: 'Save name' }).click()
  await expect(plan().locator('option')).toHaveText([firstTitle, 'Go evenings', 'New plan…'])
  await plans.getByRole('button', { name: 'Archive Go evenings' }).click()
  await expect(plan().locator('option')).toHaveText([firstTitle, 'New plan…'])
  await expect(plans.getByRole('listitem', { name: 'Go evenings' })).toContainText('Archived')
  await test.info().attach('settings-plans', { body: await page.screenshot(), contentType: 'image/png' })

  // After a relaunch everything is as the learner left it.
  page = await profile.relaunch({ now: new Date('2027-01-06T20:30:00Z') })
  shell = new AppShellPage(page)
  await expect(shell.screenHeading()).toHaveText('Settings')
  await expect(plan().locator('option:checked')).toHaveText(firstTitle)
  await expect(
    page.getByRole('list', { name: 'All plans' }).getByRole('listitem', { name: 'Go evenings' })
  ).toContainText('Archived')
  await shell.open('Progress')
  await expect(overall()).toContainText('(0.8 of')
  await shell.open('Calendar')
  await expect(today().getByText(/^0\.8 h done of/)).toBeVisible()
})

test('at 800×600, by keyboard: a second plan from the built-in roadmap, then deleting it downloads a backup first', async ({
  profile
}) => {
  test.setTimeout(90_000)
  const page = await profile.launchWithPlan(NOW)
  await page.setViewportSize({ width: 800, height: 600 })
  const plan = page.getByRole('combobox', { name: 'Current plan' })
  await expect(plan).toBeInViewport()
  const firstTitle = (await plan.locator('option:checked').textContent())!

  // Keyboard only: focus the switcher and pick "New plan…", then leave it.
  await plan.focus()
  await page.keyboard.press('End')
  await expect(page.getByRole('region', { name: 'New plan' })).toBeVisible()
  await page.getByRole('button', { name: 'Cancel new plan' }).press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calendar')
  await expect(plan.locator('option:checked')).toHaveText(firstTitle)

  // A second plan on the built-in roadmap gets a name of its own.
  await plan.selectOption({ label: 'New plan…' })
  await page.getByRole('button', { name: 'Create plan' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calendar')
  const second = `${firstTitle} (2)`
  await expect(plan.locator('option')).toHaveText([firstTitle, second, 'New plan…'])
  await expect(plan.locator('option:checked')).toHaveText(second)

  await new AppShellPage(page).open('Settings')
  const plans = page.getByRole('list', { name: 'All plans' })
  const deleteSecond = plans.getByRole('button', { name: `Delete ${second}` })
  await deleteSecond.press('Enter')
  // The safe choice has the focus, and Enter on it keeps the plan; focus returns to Delete.
  await expect(page.getByRole('button', { name: 'Keep the plan' })).toBeFocused()
  await expect(page.getByText(/First a backup of all your data is kept: it is downloaded as a file/)).toBeInViewport()
  await test.info().attach('delete-confirmation-800x600', { body: await page.screenshot(), contentType: 'image/png' })
  await page.keyboard.press('Enter')
  await expect(deleteSecond).toBeFocused()
  await expect(plans.getByRole('listitem')).toHaveCount(2)

  // Deleting for real: the backup is downloaded first, and it holds both plans.
  await deleteSecond.press('Enter')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Back up and delete' }).click()
  const backup = JSON.parse(await readDownload(await download)) as { data: { plans: Array<{ title: string }> } }
  expect(backup.data.plans.map((kept) => kept.title).sort()).toEqual([firstTitle, second].sort())
  await expect(plans.getByRole('listitem')).toHaveCount(1)
  await expect(plan.locator('option')).toHaveText([firstTitle, 'New plan…'])
  await expect(page.getByText(/^Deleted “.*\(2\)”\. The backup kept first is study-planner-pre-delete-/)).toBeVisible()
})

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
