// Reminders do not depend on the window or on the computer staying awake: closed to the tray, the app still
// announces the session; after a sleep, the resume announces what came due within a minute.
import { expect, test } from './harness/fixture'
import {
  acceptedSyncs,
  closeWindow,
  createDefaultPlan,
  FIRST_RUN_NOW,
  mainWindowState,
  noticesAbout,
  plannerWindow
} from './pages/DesktopPlanner'

test('closed to the tray, the app keeps running and the reminder still fires', async ({ desktop }) => {
  const app = await desktop.launch({ now: FIRST_RUN_NOW })
  const [first] = await createDefaultPlan(desktop, await plannerWindow(app))

  await expect(closeWindow(app), 'closing the window must not end the app').resolves.toBeUndefined()
  const state = await app.state()
  expect(state.windows).toEqual([expect.objectContaining({ visible: false, destroyed: false })])
  expect(state.tray).toMatchObject({ destroyed: false, tooltip: expect.stringContaining('Python essentials') })
  expect(app.journal.map((entry) => entry.api)).not.toContain('app.exit')

  await app.advanceTo(new Date(first!.fireAt + 1_000))
  await expect
    .poll(() => noticesAbout(app, 'Python essentials'))
    .toEqual([expect.objectContaining({ body: expect.stringContaining('19:00') })])
  // Announcing does not bring the window back; only the learner's click does.
  expect(await mainWindowState(app)).toMatchObject({ visible: false, destroyed: false })
})

test('after sleep and resume (powerMonitor), a reminder that came due in the sleep is shown within 60 s', async ({
  desktop
}) => {
  const app = await desktop.launch({ now: FIRST_RUN_NOW })
  const [first] = await createDefaultPlan(desktop, await plannerWindow(app))
  await app.advanceTo(new Date(first!.fireAt - 50 * 60_000))

  // Neither main's clock nor the page's moves by itself now (no tick, no renderer sync): whatever is shown after the
  // resume was shown because of it.
  await app.setClockRunning(false)
  const wake = new Date(first!.fireAt + 5 * 60_000)
  await app.sleepUntil(wake)
  expect(await noticesAbout(app, 'Python essentials')).toEqual([])

  await app.fire({ target: 'powerMonitor', event: 'resume' })
  await expect.poll(() => noticesAbout(app, 'Python essentials')).toHaveLength(1)
  const [notice] = await noticesAbout(app, 'Python essentials')
  expect(notice!.shownAt! - wake.getTime()).toBeLessThanOrEqual(60_000)
  // The session (19:00) has not started: it is announced as coming, not as missed.
  expect(notice!.body).toContain('19:00')
  expect(notice!.body).not.toContain('Missed')
})

test('hidden in the tray, main asks the page for fresh reminders once its sync is 6 hours old, and the page answers', async ({
  desktop
}) => {
  const app = await desktop.launch({ now: FIRST_RUN_NOW })
  await createDefaultPlan(desktop, await plannerWindow(app))
  await closeWindow(app)
  const isRequest = (entry: (typeof app.journal)[number]) =>
    entry.api === 'webContents.send' && (entry.detail as { channel: string }).channel === 'reminders:request-sync'
  const syncsBefore = acceptedSyncs(app).length
  expect(app.journal.filter(isRequest)).toEqual([])

  // (Main's 6-hour rule and its 30 s tick; the renderer's own 6-hour timer is not what is checked here.)
  await app.advanceTo(new Date(FIRST_RUN_NOW.getTime() + 6 * 3_600_000 + 60_000))
  const requests = app.journal.filter(isRequest)
  expect(requests).toHaveLength(1)
  expect(requests[0]!.detail).toMatchObject({ delivered: true })
  await expect.poll(() => acceptedSyncs(app).length).toBeGreaterThan(syncsBefore)
  expect(await mainWindowState(app)).toMatchObject({ visible: false })
  expect((await app.state()).tray?.tooltip).not.toContain('out of date')
})
