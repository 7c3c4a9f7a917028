// The first-run journey with the network off. Chromium's offline mode also cuts 127.0.0.1 (a navigation fails with
// ERR_INTERNET_DISCONNECTED, and the preview server's files are not cached for an offline reload), so the page is
// loaded once, the context goes offline, and the whole journey runs offline; every request of the session, online or
// not, must stay on the local server.
import type { Request } from '@playwright/test'
import { FIRST_RUN_NOW, PlannerPage } from './pages/PlannerPage'
import { expect, test } from './profile'

// A persistent profile, a plan and a relaunch take several seconds each on a loaded 2-core machine.
test.describe.configure({ timeout: 60_000 })

test('a newcomer gets from first run to a weekly plan with the network off, and nothing leaves the machine', async ({
  baseURL,
  profile
}) => {
  const page = await profile.launch({ now: FIRST_RUN_NOW, open: false })
  const { context } = profile
  const app = new PlannerPage(context, page)
  const requests: Request[] = []
  const requestedWhileOffline: string[] = []
  let offline = false
  context.on('request', (request) => {
    requests.push(request)
    if (offline) requestedWhileOffline.push(request.url())
  })

  await app.open()
  await expect(app.heading()).toHaveText('Plan your studies')
  // The first load is done when nothing more is in flight (the calendar's code is fetched while onboarding shows).
  await page.waitForLoadState('networkidle')
  await context.setOffline(true)
  offline = true
  expect(await page.evaluate(() => navigator.onLine)).toBe(false)

  const preview = page.getByText(/h\/week → finishes/)
  await expect(preview).toBeVisible()
  const promised = (await preview.textContent())!.match(/finishes (.+)\./)![1]!
  await page.getByRole('button', { name: 'Create plan' }).click()
  await expect(app.heading()).toHaveText('Calendar')
  await expect(page.getByText(`finishes ${promised}.`)).toBeVisible()
  await expect(app.sessions('19:00–20:00').first()).toBeVisible()
  for (const view of ['Month', 'Agenda', 'Week'] as const) {
    await app.switchView(view)
    await expect(app.sessions().first()).toBeVisible()
  }
  await app.sessions('19:00–20:00').first().click()
  await expect(app.sessionPanel().getByRole('heading', { name: 'Python essentials' })).toBeVisible()
  await test.info().attach('offline-calendar', { body: await page.screenshot(), contentType: 'image/png' })

  // Nothing was even attempted while offline, and everything before went to the local server only.
  expect(requestedWhileOffline).toEqual([])
  const origin = new URL(baseURL!).origin
  const elsewhere = requests
    .map((request) => request.url())
    .filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))
  expect(elsewhere).toEqual([])
  expect(requests.length).toBeGreaterThan(0)
})
