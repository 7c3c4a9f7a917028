// First run to a weekly plan in a real browser: onboarding, the live finish date, Create plan, the calendar, and marking a
// session done; the plan is still there after relaunching with the same profile.
import { AppShellPage } from './pages/AppShellPage'
import { FirstRunPage } from './pages/FirstRunPage'
import { PlannerPage } from './pages/PlannerPage'
import { contrastRatio } from './pages/ProgressPage'
import { expect, test } from './profile'

// A fixed clock: Wednesday 6 January 2027, 12:00 in London, so the expected first session is known.
const NOW = new Date('2027-01-06T12:00:00Z')

test('a newcomer goes from first run to a weekly plan, marks a session done and finds it all after a relaunch', async ({
  profile
}) => {
  const page = await profile.launch({ now: NOW })
  await expect(page.getByRole('heading', { level: 1, name: 'Plan your studies' })).toBeVisible()
  // The live preview states the finish date before anything is created.
  const preview = page.getByText(/h\/week → finishes/)
  await expect(preview).toBeVisible()
  const promised = (await preview.textContent())!.match(/finishes (.+)\./)![1]!
  // One kind of hours: the preview's "you have" is study time after breaks, and the grid says what the breaks take.
  const have = (await preview.textContent())!.match(/[Yy]ou have ([\d.]+ h\/week)/)![1]!
  await expect(page.getByText(/h painted → [\d.]+ h of study after 10-minute breaks/)).toBeVisible()
  await test.info().attach('first-run', { body: await page.screenshot(), contentType: 'image/png' })

  await page.getByRole('button', { name: 'Create plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible()
  // The stored plan keeps the finish date the preview promised.
  await expect(page.getByText(`finishes ${promised}.`)).toBeVisible()
  // …and the calendar header states the same weekly hours as the preview did.
  await expect(page.locator('.plan-summary')).toContainText(`have ${have} → finishes ${promised}.`)
  // Default hours are weekday evenings from 19:00: the first session is this Wednesday evening.
  const today = page.getByRole('complementary', { name: 'Today' })
  await expect(today.getByText('Python essentials').first()).toBeVisible()
  await expect(today.getByText(/19:00/).first()).toBeVisible()
  const firstSession = page.locator('.sp-session', { hasText: '19:00' }).first()
  await expect(firstSession).toBeVisible()
  await test.info().attach('calendar-week', { body: await page.screenshot(), contentType: 'image/png' })

  // Near the end of the session the learner opens it and marks it done with 50 minutes.
  await page.clock.setFixedTime(new Date('2027-01-06T19:55:00Z'))
  await firstSession.click()
  const panel = page.getByRole('dialog')
  await expect(panel.getByRole('heading', { name: 'Python essentials' })).toBeVisible()
  await panel.getByRole('button', { name: 'Done…' }).click()
  await panel.getByLabel('Minutes you actually studied').fill('50')
  await panel.getByRole('button', { name: 'Mark done' }).click()
  await expect(page.getByRole('button', { name: /^Undo mark done/i })).toBeVisible()
  // 50 minutes is 0.8 h in this week's figures.
  await expect(today.getByText(/^0\.8 h done of/)).toBeVisible()

  // Everything is in IndexedDB on disk: a relaunch shows the same plan with the session done.
  const relaunched = await profile.relaunch({ now: NOW })
  await expect(relaunched.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible()
  await expect(relaunched.getByRole('button', { name: /^Undo mark done/i })).toBeVisible()
  await expect(relaunched.getByRole('complementary', { name: 'Today' }).getByText(/^0\.8 h done of/)).toBeVisible()
})

// A trial's learner looked at the Roadmap screen half-way through first run and came back to defaults: every choice gone.
test('first run keeps every choice when the learner leaves by the sidebar and comes back', async ({ profile }) => {
  const page = await profile.launch({ now: NOW })
  const firstRun = new FirstRunPage(page)
  const shell = new AppShellPage(page)
  await expect(firstRun.heading()).toBeVisible()
  await firstRun.option(/Computer vision/).check()
  await firstRun.includeOptional().uncheck()
  await firstRun.cell('Sunday 09:00 to 09:30').click()
  await firstRun.targetDate().fill('2028-06-01')
  await firstRun.parallelTopics().selectOption('3')
  await expect(firstRun.feasibility()).toContainText('to finish by 1 June 2028')
  const promised = await firstRun.feasibility().textContent()

  await shell.open('Roadmap')
  await expect(shell.screenHeading()).not.toHaveText('Plan your studies')
  await shell.open('Progress')
  await shell.open('Calendar')

  await expect(firstRun.heading()).toBeVisible()
  await expect(firstRun.option(/Computer vision/)).toBeChecked()
  await expect(firstRun.includeOptional()).not.toBeChecked()
  await expect(firstRun.cell('Sunday 09:00 to 09:30')).toHaveAttribute('aria-pressed', 'true')
  await expect(firstRun.targetDate()).toHaveValue('2028-06-01')
  await expect(firstRun.parallelTopics()).toHaveValue('3')
  await expect(firstRun.feasibility()).toHaveText(promised!)

  // The plan is made from the choices kept.
  await firstRun.createPlan().click()
  await expect(shell.screenHeading()).toHaveText('Calendar')
  await expect(page.locator('.plan-summary')).toContainText('finish by 1 June 2028')
})

// A trial's date error said 'YYYY-MM-DD' beside a field showing mm/dd/yyyy. The notes speak of the date, not a format.
test('a date first run cannot use is explained in the field’s own terms, never as YYYY-MM-DD', async ({ profile }) => {
  const page = await profile.launch({ now: NOW })
  const firstRun = new FirstRunPage(page)
  const target = firstRun.targetDate()
  await expect(firstRun.heading()).toBeVisible()
  // Two parts of the date and no year yet: the field's value is empty, and only the field knows it is half typed.
  await target.focus()
  await page.keyboard.type('0601')
  await target.blur()
  await expect(target).toHaveAttribute('aria-invalid', 'true')
  await expect(target).toHaveAccessibleDescription(
    'Enter a whole date: day, month and year. Until then the plan has no target date.'
  )
  // A year typed digit by digit is 0002, 0020 and 0202 on its way to 2028: nothing is said while the learner types,
  // and the preview keeps planning without the target.
  await target.fill('')
  await target.focus()
  await page.keyboard.type('0601202')
  await expect(target).toHaveValue('0202-06-01')
  await expect(target).toHaveAttribute('aria-invalid', 'false')
  await expect(firstRun.feasibility()).toHaveText(/^You have [\d.]+ h\/week → finishes/)
  // Left with three digits of the year: the note asks for a year the plan can use.
  await target.blur()
  await expect(target).toHaveAccessibleDescription(
    'Choose a year from 1900 to 2999. Until then the plan has no target date.'
  )
  await expect(page.locator('main')).not.toContainText(/YYYY|MM-DD/i)
  await test.info().attach('date-notes', { body: await page.screenshot(), contentType: 'image/png' })
  await target.fill('2028-06-01')
  await expect(target).toHaveAttribute('aria-invalid', 'false')
  await expect(firstRun.feasibility()).toContainText('to finish by 1 June 2028')
})

// A trial's learner took the Today panel's next session, a boxed button, for a text field.
test('after Create plan, Today’s next session is a card titled by its topic, readable in both themes', async ({
  profile
}) => {
  const page = await profile.launchWithPlan(NOW)
  const planner = new PlannerPage(profile.context, page)
  const shell = new AppShellPage(page)
  for (const theme of ['Dark', 'Light'] as const) {
    await shell.open('Settings')
    await page.getByRole('region', { name: 'Reminders and appearance' }).getByRole('radio', { name: theme }).check()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
    await shell.open('Calendar')
    const card = planner.nextSessionCard()
    const open = card.getByRole('button', { name: 'Python essentials' })
    await expect(open).toBeVisible()
    const look = await open.evaluate((button) => {
      const style = getComputedStyle(button)
      return {
        border: style.borderTopWidth,
        background: style.backgroundColor,
        weight: Number(style.fontWeight),
        colour: style.color,
        card: getComputedStyle(button.closest('.sp-today-next')!).backgroundColor
      }
    })
    // No box and no field-like background: the topic is the card's title, bold, and readable on the card.
    expect(look.border, theme).toBe('0px')
    expect(look.background, theme).toBe('rgba(0, 0, 0, 0)')
    expect(look.weight, theme).toBeGreaterThanOrEqual(600)
    expect(contrastRatio(look.colour, look.card), theme).toBeGreaterThanOrEqual(4.5)
    await test.info().attach(`today-${theme.toLowerCase()}`, {
      body: await planner.todayPanel().screenshot(),
      contentType: 'image/png'
    })
  }
  await planner.nextSessionCard().getByRole('button', { name: 'Python essentials' }).click()
  await expect(planner.sessionPanel().getByRole('heading', { name: 'Python essentials' })).toBeVisible()
})
