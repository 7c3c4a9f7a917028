// Drag a session in the week view: it becomes pinned at its new time, the rest re-plans, and a relaunch keeps it there.
import { rmSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { newProfileDir } from './browser'
import { PlannerPage } from './pages/PlannerPage'

let profileDir = ''
let app: PlannerPage

// A persistent profile, a plan and a relaunch take several seconds each on a loaded 2-core machine.
test.describe.configure({ timeout: 60_000 })

test.beforeEach(() => {
  profileDir = newProfileDir()
})

test.afterEach(async () => {
  await app.context.close()
  rmSync(profileDir, { recursive: true, force: true })
})

test('a dragged session is pinned at its new time and still there after closing and relaunching the browser', async ({ baseURL }) => {
  app = await PlannerPage.launch(profileDir, baseURL!)
  await app.open()
  await app.createDefaultPlan()
  // Saturday morning: 09:00–10:00 then 10:10 after the break; their gap gives the grid's pixels per hour.
  const saturdayFirst = app.sessions('09:00–10:00').first()
  const first = (await saturdayFirst.boundingBox())!
  const second = (await app.sessions(/^10:10/).first().boundingBox())!
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

  await app.context.close()
  app = await PlannerPage.launch(profileDir, baseURL!)
  await app.open()
  await expect(app.heading()).toHaveText('Calendar')
  const afterRelaunch = app.sessions('13:00–14:00')
  await expect(afterRelaunch).toHaveCount(1)
  await expect(afterRelaunch).toContainText('Pinned')
  await expect(app.sessions('09:00–10:00').filter({ hasText: 'Pinned' })).toHaveCount(0)
})
