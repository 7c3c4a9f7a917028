// Drag a session in the week view: it becomes pinned at its new time, the rest re-plans, and a relaunch keeps it there.
import { FIRST_RUN_NOW, PlannerPage } from './pages/PlannerPage'
import { expect, test } from './profile'

// A persistent profile, a plan and a relaunch take several seconds each on a loaded 2-core machine.
test.describe.configure({ timeout: 60_000 })

test('a dragged session is pinned at its new time and still there after closing and relaunching the browser', async ({
  profile
}) => {
  const opened = await profile.launch({ now: FIRST_RUN_NOW })
  let app = new PlannerPage(profile.context, opened)
  await app.createDefaultPlan()
  // Saturday morning: 09:00–10:00 then 10:10 after the break; their gap gives the grid's pixels per hour.
  const saturdayFirst = app.sessions('09:00–10:00').first()
  const first = (await saturdayFirst.boundingBox())!
  const second = (await app.sessions('10:10–11:10').first().boundingBox())!
  const hourPx = (second.y - first.y) / (70 / 60)
  await expect(app.sessions('13:00–14:00')).toHaveCount(0)

  await app.dragBy(saturdayFirst, 4 * hourPx)
  const moved = app.sessions('13:00–14:00')
  await expect(moved).toHaveCount(1)
  await expect(moved).toContainText('Pinned')
  await expect(moved).toHaveClass(/sp-pinned/)
  // The move is one undoable step.
  await expect(app.page.getByRole('button', { name: /^Undo /i })).toBeVisible()
  await test.info().attach('dragged-and-pinned', { body: await app.page.screenshot(), contentType: 'image/png' })

  const reopened = await profile.relaunch({ now: FIRST_RUN_NOW })
  app = new PlannerPage(profile.context, reopened)
  await expect(app.heading()).toHaveText('Calendar')
  const afterRelaunch = app.sessions('13:00–14:00')
  await expect(afterRelaunch).toHaveCount(1)
  await expect(afterRelaunch).toContainText('Pinned')
  await expect(app.sessions('09:00–10:00').filter({ hasText: 'Pinned' })).toHaveCount(0)
})

test('a session let go over time already past goes back, and the learner is told why', async ({ profile }) => {
  const opened = await profile.launch({ now: FIRST_RUN_NOW })
  const app = new PlannerPage(profile.context, opened)
  await app.createDefaultPlan()
  // Wednesday noon, the plan's first day: Monday is past; Thursday's 19:00 (the second evening) is to come.
  const evenings = app.sessions('19:00–20:00')
  const monday = (await app.calendar().getByText('Mon 4', { exact: true }).boundingBox())!
  const thursday = evenings.nth(1)
  await thursday.scrollIntoViewIfNeeded()
  const from = (await thursday.boundingBox())!
  const [x, y] = [from.x + from.width / 2, from.y + from.height * 0.375]
  await app.page.mouse.move(x, y)
  await app.page.mouse.down()
  await app.page.mouse.move(monday.x + monday.width / 2, y, { steps: 12 })
  await app.page.mouse.up()
  await expect(app.page.getByRole('alert')).toHaveText(/A session can only move to a time still to come/)
  // Nothing moved and no undo step was made.
  await expect.poll(async () => (await thursday.boundingBox())?.x).toBe(from.x)
  await expect(app.page.getByRole('button', { name: /^Undo /i })).toHaveCount(0)
})
