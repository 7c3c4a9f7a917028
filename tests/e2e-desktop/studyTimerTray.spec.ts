// The study timer reaches the tray: started in the window, the tooltip names it; paused, it says so; after a quit and a
// relaunch the page tells main again; stopped, it leaves the tooltip.
import { AppShellPage } from '../e2e/pages/AppShellPage'
import { expect, test } from './harness/fixture'
import { createDefaultPlan, FIRST_RUN_NOW, plannerWindow } from './pages/DesktopPlanner'

test('the tray tooltip names the running study timer, says when it is paused, keeps it across a relaunch and drops it on Stop', async ({
  desktop
}) => {
  const app = await desktop.launch({ now: FIRST_RUN_NOW })
  const planner = await plannerWindow(app)
  await createDefaultPlan(desktop, planner)
  const tooltip = async () => (await app.state()).tray?.tooltip ?? ''
  expect(await tooltip()).not.toContain('Studying')

  await planner.sessions('19:00–20:00').first().click()
  await planner.sessionPanel().getByRole('button', { name: 'Start' }).click()
  // Wednesday 12:00Z is 12:00 in London, the plan's zone.
  await expect.poll(tooltip).toContain('Studying: Python essentials since 12:00')
  const timer = planner.page.getByRole('region', { name: 'Study timer' })
  await timer.getByRole('button', { name: 'Pause' }).click()
  await expect.poll(tooltip).toContain('Paused: Python essentials')
  await timer.getByRole('button', { name: 'Resume' }).click()
  await expect.poll(tooltip).toContain('Studying: Python essentials since 12:00')

  await app.fire({ target: 'trayMenu', labels: ['Quit Study Planner'] })
  expect(await app.exited).toMatchObject({ code: 0 })
  const again = await desktop.launch({ now: new Date(FIRST_RUN_NOW.getTime() + 20 * 60_000) })
  const page = (await plannerWindow(again)).page
  await expect
    .poll(async () => (await again.state()).tray?.tooltip ?? '')
    .toContain('Studying: Python essentials since 12:00')

  await page.getByRole('region', { name: 'Study timer' }).getByRole('button', { name: 'Stop…' }).click()
  await expect(new AppShellPage(page).screenHeading()).toHaveText('Calendar')
  await expect(page.locator('dialog.sp-panel').getByLabel('Minutes you actually studied')).toHaveValue('20')
  await expect.poll(async () => (await again.state()).tray?.tooltip ?? '').not.toContain('Python essentials since')
})
