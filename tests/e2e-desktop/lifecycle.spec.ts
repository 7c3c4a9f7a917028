// The app's life as the desktop sees it: started at login into the tray, started a second time, and quit.
import { AppShellPage } from '../e2e/pages/AppShellPage'
import { expect, test } from './harness/fixture'
import {
  acceptedSyncs,
  closeWindow,
  createDefaultPlan,
  FIRST_RUN_NOW,
  mainWindowState,
  plannerWindow,
  syncedReminders
} from './pages/DesktopPlanner'

test('a login launch (--hidden) with the app last on Settings stays in the tray and still syncs the reminders', async ({
  desktop
}) => {
  const evening = await desktop.launch({ now: FIRST_RUN_NOW })
  const planner = await plannerWindow(evening)
  await createDefaultPlan(desktop, planner)
  const shell = new AppShellPage(planner.page)
  await shell.open('Settings')
  await expect(shell.screenHeading()).toHaveText('Settings')
  await evening.fire({ target: 'trayMenu', labels: ['Quit Study Planner'] })
  expect(await evening.exited).toMatchObject({ code: 0 })

  // Next morning the computer starts and the login item launches the app hidden.
  const morning = new Date('2027-01-07T08:00:00Z')
  const login = await desktop.launch({ now: morning, args: ['--hidden'] })
  const window = await login.mainWindow()
  await expect(new AppShellPage(window.page).screenHeading()).toHaveText('Settings')
  expect(await mainWindowState(login)).toMatchObject({ visible: false, focused: false })
  expect(login.journal.map((entry) => entry.api)).not.toContain('BrowserWindow.show')

  // The renderer synced this morning's reminders, though the calendar was never shown.
  // The renderer syncs as it starts; a few seconds is ample even on a loaded machine.
  await expect
    .poll(() => acceptedSyncs(login).length, { message: 'a reminder sync from the hidden window', timeout: 5_000 })
    .toBeGreaterThan(0)
  await expect.poll(() => syncedReminders(desktop)[0]?.startsAt ?? 0).toBeGreaterThan(morning.getTime())
  expect(await mainWindowState(login)).toMatchObject({ visible: false })
})

test('a second instance exits at once and brings the first one’s window back', async ({ desktop }) => {
  const first = await desktop.launch({ now: FIRST_RUN_NOW })
  await first.mainWindow()
  await closeWindow(first)
  expect(await mainWindowState(first)).toMatchObject({ visible: false })

  const second = await desktop.launchSecondInstance(FIRST_RUN_NOW)
  expect(second.code).toBe(0)
  expect(second.ms).toBeLessThan(5_000)
  const secondApis = second.journal.map((entry) => entry.api)
  expect(second.journal.find((entry) => entry.api === 'app.requestSingleInstanceLock')?.detail).toEqual({
    granted: false
  })
  expect(secondApis).not.toContain('app.ready')
  expect(secondApis).not.toContain('BrowserWindow.new')

  await expect
    .poll(async () => {
      const { visible, focused } = await mainWindowState(first)
      return { visible, focused }
    })
    .toEqual({ visible: true, focused: true })
  expect(first.journal.filter((entry) => entry.api === 'app.second-instance')).toHaveLength(1)
  expect((await first.state()).windows).toHaveLength(1)
})

test('quitting waits for the reminder state’s last write', async ({ desktop }) => {
  const app = await desktop.launch({ now: FIRST_RUN_NOW })
  await app.mainWindow()
  expect(desktop.readReminders()?.pause ?? null).toBeNull()

  // Pause from the tray and quit in the same moment: the pause must be on disk when the process has gone.
  const now = await app.now()
  // (The process may end before it answers the request: quitting is the last thing it does.)
  await app
    .fire(
      { target: 'trayMenu', labels: ['Pause reminders', 'For 1 hour'] },
      { target: 'trayMenu', labels: ['Quit Study Planner'] }
    )
    .catch(() => undefined)
  expect(await app.exited).toMatchObject({ code: 0 })
  const pause = desktop.readReminders()?.pause
  expect(pause?.until).toBeGreaterThanOrEqual(now + 3_600_000)
  expect(pause?.until).toBeLessThan(now + 3_700_000)
  // The first quit was held back, the second went through.
  const quits = app.journal.filter((entry) => entry.api === 'app.before-quit').map((entry) => entry.detail)
  expect(quits).toEqual([{ prevented: true }, { prevented: false }])
})
