// A reminder fires as a Web Notification ten minutes before the first session, and clicking it opens that session.
import { FIRST_RUN_NOW, PlannerPage } from './pages/PlannerPage'
import { expect, test } from './profile'

let app: PlannerPage

// A persistent profile, a plan and a relaunch take several seconds each on a loaded 2-core machine.
test.describe.configure({ timeout: 60_000 })

interface ShownNotification {
  readonly title: string
  readonly body: string
}

declare global {
  interface Window {
    shownNotifications?: ShownNotification[]
    clickNotification?: (index: number) => void
  }
}

/**
 * Wraps the real Notification so the test can see what was shown and click it: a headless browser has no notification
 * centre to click in. Entries are recorded on the real `show` event, so only notifications the browser displayed count.
 */
function recordNotifications(): void {
  const Real = window.Notification
  const shown: Notification[] = []
  window.shownNotifications = []
  class Recorded extends Real {
    constructor(title: string, options?: NotificationOptions) {
      super(title, options)
      this.addEventListener('show', () => {
        shown.push(this)
        window.shownNotifications!.push({ title, body: options?.body ?? '' })
      })
    }
  }
  Object.defineProperty(Recorded, 'permission', { get: () => Real.permission })
  Object.defineProperty(Recorded, 'requestPermission', { value: Real.requestPermission.bind(Real) })
  window.Notification = Recorded as typeof Notification
  window.clickNotification = (index) => void shown[index]?.dispatchEvent(new Event('click'))
}

test.beforeEach(async ({ profile }) => {
  app = await PlannerPage.launch(profile)
  await app.context.grantPermissions(['notifications'])
  await app.page.addInitScript(recordNotifications)
})

test('the first session’s reminder shows as a notification and its click opens the session', async () => {
  const { page } = app
  const shown = () => page.evaluate(() => window.shownNotifications ?? [])
  await app.open()
  await app.createDefaultPlan()
  await expect(app.todayPanel().getByText('Wed 6 Jan, 19:00')).toBeVisible()

  // 18:49:50: ten seconds before the reminder is due (10 minutes before 19:00), nothing is shown yet.
  await page.clock.fastForward(new Date('2027-01-06T18:49:50Z').getTime() - FIRST_RUN_NOW.getTime())
  expect(await shown()).toEqual([])
  // The reminder check runs on a 30-second tick; a minute of page time passes at least one tick after 18:50.
  await page.clock.runFor(60_000)
  await expect.poll(shown).toEqual([{ title: 'Python essentials', body: expect.stringContaining('19:00') }])
  await expect(app.sessionPanel()).toHaveCount(0)

  await page.evaluate(() => window.clickNotification!(0))
  const panel = app.sessionPanel()
  await expect(panel).toBeVisible()
  await expect(panel.getByRole('heading', { name: 'Python essentials' })).toBeVisible()
  await expect(panel).toContainText('19:00')
  await test.info().attach('reminder-opened-session', { body: await page.screenshot(), contentType: 'image/png' })
})

test('the reminder comes on time when the app reopens on Settings, and its click opens the session in the Calendar', async ({
  profile
}) => {
  await app.open()
  await app.createDefaultPlan()
  await app.page.getByRole('button', { name: 'Settings' }).click()
  await expect(app.heading()).toHaveText('Settings')

  // Reopened the next morning on the screen it was left on: the Calendar never mounts.
  const reopenedAt = new Date('2027-01-07T08:00:00Z')
  await profile.close()
  app = await PlannerPage.launch(profile, reopenedAt)
  await profile.context.grantPermissions(['notifications'])
  await app.page.addInitScript(recordNotifications)
  await app.open()
  await expect(app.heading()).toHaveText('Settings')
  const { page } = app
  const shown = () => page.evaluate(() => window.shownNotifications ?? [])

  // Thursday's session is at 19:00: its reminder is due at 18:50, and must come then, still on Settings.
  await page.clock.fastForward(new Date('2027-01-07T18:49:50Z').getTime() - reopenedAt.getTime())
  expect(await shown()).toEqual([])
  await page.clock.runFor(60_000)
  await expect.poll(shown).toEqual([{ title: expect.any(String), body: expect.stringContaining('19:00') }])
  await expect(app.heading()).toHaveText('Settings')

  const [notice] = await shown()
  await page.evaluate(() => window.clickNotification!(0))
  await expect(app.heading()).toHaveText('Calendar')
  await expect(app.sessionPanel().getByRole('heading', { name: notice!.title })).toBeVisible()
  await test
    .info()
    .attach('reminder-from-settings-opened-session', { body: await page.screenshot(), contentType: 'image/png' })
})
