// axe-core on every screen a learner meets, with a plan in place: no serious or critical findings; a screenshot of each.
import { AxeBuilder } from '@axe-core/playwright'
import { AppShellPage } from './pages/AppShellPage'
import { FIRST_RUN_NOW, PlannerPage } from './pages/PlannerPage'
import { expect, test } from './profile'

let app: PlannerPage

test.beforeEach(async ({ profile }) => {
  app = await PlannerPage.launch(profile)
})

/**
 * Findings in screens this spec's authors do not own, reported to their owners (see the issue 5 report). They are
 * listed in the test's annotations while present, and every other serious finding on those screens still fails.
 */
/** Findings accepted per screen while they are fixed elsewhere; empty now, kept so a new one is named, not hidden. */
const KNOWN_ELSEWHERE: Readonly<Record<string, readonly string[]>> = {}

/** Scans the page as it is, attaches a screenshot, and records serious or critical findings under `screen`. */
async function scan(screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page: app.page }).analyze()
  await test.info().attach(`screen-${screen}`, { body: await app.page.screenshot(), contentType: 'image/png' })
  const known = KNOWN_ELSEWHERE[screen] ?? []
  for (const violation of violations.filter((found) => known.includes(found.id))) {
    test.info().annotations.push({
      type: 'known axe finding',
      description: `${screen}: ${violation.id} (${violation.nodes.length} nodes)`
    })
  }
  const serious = violations.filter(
    (violation) => (violation.impact === 'serious' || violation.impact === 'critical') && !known.includes(violation.id)
  )
  const findings = serious.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
  )
  expect.soft(findings, `axe on ${screen}`).toEqual([])
}

// axe is slow on a loaded 2-core machine (a scan of the roadmap takes seconds): each group gets two minutes.
test.describe.configure({ timeout: 120_000 })

test('onboarding, the calendar views, the session panel and the shortcut list have no serious axe findings', async () => {
  const { page } = app
  await app.open()
  await expect(page.getByText(/h\/week → finishes/)).toBeVisible()
  await scan('onboarding')

  await app.createDefaultPlan()
  await scan('calendar-week')
  await app.switchView('Month')
  await expect(app.calendarTitle()).toBeVisible()
  await scan('calendar-month')
  await app.switchView('Agenda')
  await expect(app.sessions().first()).toBeVisible()
  await scan('calendar-agenda')
  await app.switchView('Week')
  await app.sessions('19:00–20:00').first().click()
  await expect(app.sessionPanel()).toBeVisible()
  await scan('session-panel')
  await app.sessionPanel().getByRole('button', { name: 'Close' }).first().click()
  await expect(app.sessionPanel()).toHaveCount(0)

  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await scan('shortcuts-overlay')
})

test('the missed-sessions prompt has no serious axe findings', async () => {
  await app.open()
  await app.createDefaultPlan()
  await app.page.clock.fastForward(new Date('2027-01-07T21:30:00Z').getTime() - FIRST_RUN_NOW.getTime())
  await expect(app.missedPrompt()).toBeVisible()
  await scan('missed-prompt')
})

test('roadmap, progress and settings with a plan have no serious axe findings in either theme', async () => {
  // Six scans: on a loaded 2-core machine they need more than the group's two minutes.
  test.setTimeout(180_000)
  const shell = new AppShellPage(app.page)
  await app.open()
  await app.createDefaultPlan()
  for (const theme of ['Dark', 'Light'] as const) {
    await shell.open('Settings')
    await app.page.getByRole('region', { name: 'Reminders and appearance' }).getByRole('radio', { name: theme }).check()
    await expect(app.page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
    for (const screen of ['Settings', 'Roadmap', 'Progress']) {
      await shell.open(screen)
      await expect(shell.screenHeading()).toHaveText(screen)
      await scan(`${screen.toLowerCase()}-${theme.toLowerCase()}`)
    }
  }
})
