// From first run to a reminder the learner acts on: the plan's reminders reach main's file in userData, time passes
// with the window closed to the tray, a notification names the session, and clicking it brings the session up.
import { expect, test } from './harness/fixture'
import {
  closeWindow,
  createDefaultPlan,
  FIRST_RUN_NOW,
  mainWindowState,
  noticesAbout,
  plannerWindow
} from './pages/DesktopPlanner'

test('first run → plan → reminders in userData → notification with topic, time and stage → click shows the window with that session open', async ({
  desktop
}) => {
  const app = await desktop.launch({ now: FIRST_RUN_NOW })
  const planner = await plannerWindow(app)
  const reminders = await createDefaultPlan(desktop, planner)
  const first = reminders[0]!
  // The default plan starts this evening at 19:00 (London) with Python essentials; its reminder comes 10 minutes before.
  expect(first).toMatchObject({
    topicTitle: 'Python essentials',
    startsAt: Date.parse('2027-01-06T19:00:00Z'),
    fireAt: Date.parse('2027-01-06T18:50:00Z')
  })
  expect(first.stageTitle).not.toBe('')

  // The learner closes the window: it hides to the tray and the app keeps running.
  await closeWindow(app)
  expect(await mainWindowState(app)).toMatchObject({ visible: false, destroyed: false })

  await app.advanceTo(new Date(first.fireAt - 10_000))
  expect(await noticesAbout(app, 'Python essentials')).toEqual([])
  await app.advanceTo(new Date(first.fireAt + 1_000))
  await expect.poll(() => noticesAbout(app, 'Python essentials')).toHaveLength(1)
  const [notice] = await noticesAbout(app, 'Python essentials')
  expect(notice!.title).toContain('Python essentials')
  expect(notice!.body).toContain('19:00')
  expect(notice!.body).toContain(first.stageTitle)

  await app.fire({ target: 'notification', index: notice!.index, event: 'click' })
  await expect
    .poll(async () => {
      const { visible, focused } = await mainWindowState(app)
      return { visible, focused }
    })
    .toEqual({ visible: true, focused: true })
  const panel = planner.sessionPanel()
  await expect(panel).toBeVisible()
  await expect(panel.getByRole('heading', { name: 'Python essentials' })).toBeVisible()
  await expect(panel).toContainText('19:00')
})
