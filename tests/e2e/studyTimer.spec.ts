// The study timer in the shell: started hours early on the calendar, it runs on other screens, pauses, survives a
// relaunch, and Stop opens the session's Done form with the minutes measured (pauses left out).
import { AppShellPage } from './pages/AppShellPage'
import { FIRST_RUN_NOW, PlannerPage } from './pages/PlannerPage'
import { expect, test } from './profile'

// A persistent profile, a plan and a relaunch take several seconds each on a loaded 2-core machine.
test.describe.configure({ timeout: 90_000 })

const MIN = 60_000

test('a timer started early runs on Progress, pauses across a relaunch, and Stop prefills Done with 35 minutes', async ({
  profile
}) => {
  const opened = await profile.launch({ now: FIRST_RUN_NOW })
  let app = new PlannerPage(profile.context, opened)
  await app.createDefaultPlan()
  // Wednesday 12:00; the first session is at 19:00 this evening.
  await app.sessions('19:00–20:00').first().click()
  await app.sessionPanel().getByRole('button', { name: 'Start' }).click()
  await expect(app.sessionPanel().locator('output')).toContainText('Started 7 h before its planned time')
  const topic = (await app.sessionPanel().getByRole('heading', { level: 2 }).textContent())!

  let shell = new AppShellPage(app.page)
  await shell.open('Progress')
  await expect(shell.screenHeading()).toHaveText('Progress')
  let timer = app.page.getByRole('region', { name: 'Study timer' })
  await expect(timer).toBeVisible()
  await expect(timer.getByText(topic)).toBeVisible()
  await app.page.clock.fastForward('25:00')
  await expect(timer.getByRole('timer')).toHaveText(/^25:0\d$/)
  await timer.getByRole('button', { name: 'Pause' }).click()
  await expect(timer.getByText('Paused', { exact: true })).toBeVisible()

  // Closed while paused and reopened five minutes later: the timer is there, still paused, on the screen left open.
  const reopened = await profile.relaunch({ now: new Date(FIRST_RUN_NOW.getTime() + 30 * MIN) })
  app = new PlannerPage(profile.context, reopened)
  shell = new AppShellPage(app.page)
  await expect(shell.screenHeading()).toHaveText('Progress')
  timer = app.page.getByRole('region', { name: 'Study timer' })
  await expect(timer.getByRole('timer')).toHaveText(/^25:0\d$/)
  await timer.getByRole('button', { name: 'Resume' }).click()
  await app.page.clock.fastForward('10:00')
  await expect(timer.getByRole('timer')).toHaveText(/^35:\d\d$/)

  await timer.getByRole('button', { name: 'Stop…' }).click()
  await expect(shell.screenHeading()).toHaveText('Calendar')
  await expect(app.sessionPanel().getByRole('heading', { level: 2 })).toHaveText(topic)
  await expect(app.sessionPanel().getByLabel('Minutes you actually studied')).toHaveValue('35')
  await expect(timer).toHaveCount(0)
  await app.sessionPanel().getByRole('button', { name: 'Mark done' }).click()
  await expect(app.sessionPanel()).toHaveCount(0)
})
