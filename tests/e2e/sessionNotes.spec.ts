// Notes written in a session's panel belong to its topic: every session of the topic shows them, after a relaunch too.
import { FIRST_RUN_NOW, PlannerPage } from './pages/PlannerPage'
import { expect, test } from './profile'

// A persistent profile, a plan and a relaunch take several seconds each on a loaded 2-core machine.
test.describe.configure({ timeout: 60_000 })

test('notes typed in a session panel and closed with Escape are there in another session of the topic after a relaunch', async ({
  profile
}) => {
  const opened = await profile.launch({ now: FIRST_RUN_NOW })
  let app = new PlannerPage(profile.context, opened)
  await app.createDefaultPlan()
  // Wednesday's and Thursday's 19:00 sessions both study Python essentials.
  await app.sessions('19:00–20:00').first().click()
  const notes = app.sessionPanel().getByLabel('Notes')
  await expect(notes).toHaveValue('')
  await notes.fill('Practise list comprehensions; ask about generators.')
  await app.page.keyboard.press('Escape')
  await expect(app.sessionPanel()).toHaveCount(0)

  const reopened = await profile.relaunch({ now: FIRST_RUN_NOW })
  app = new PlannerPage(profile.context, reopened)
  await expect(app.heading()).toHaveText('Calendar')
  await app.sessions('19:00–20:00').nth(1).click()
  await expect(app.sessionPanel().getByRole('heading', { name: 'Python essentials' })).toBeVisible()
  await expect(app.sessionPanel().getByLabel('Notes')).toHaveValue(
    'Practise list comprehensions; ask about generators.'
  )
})
