// Page object for the planner's daily journeys: a persistent profile on a fixed clock, onboarding, the calendar and its panels.
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test'
import type { AppProfile } from '../profile'

/** Wednesday 6 January 2027, 12:00 in London: the default plan's first session is this evening at 19:00. */
export const FIRST_RUN_NOW = new Date('2027-01-06T12:00:00Z')

export class PlannerPage {
  constructor(
    readonly context: BrowserContext,
    readonly page: Page
  ) {}

  /** Launches the profile's browser on a blank page with the page clock installed at `time` (before any app script runs). */
  static async launch(profile: AppProfile, time: Date = FIRST_RUN_NOW): Promise<PlannerPage> {
    const page = await profile.launch({ now: time, open: false })
    return new PlannerPage(profile.context, page)
  }

  async open(): Promise<void> {
    await this.page.goto('/')
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  /** Onboarding with its defaults (AI Engineer roadmap, weekday evenings, Saturday morning), then Create plan. */
  async createDefaultPlan(): Promise<void> {
    await expect(this.heading()).toHaveText('Plan your studies')
    await expect(this.page.getByText(/h\/week → finishes/)).toBeVisible()
    await this.page.getByRole('button', { name: 'Create plan' }).click()
    await expect(this.heading()).toHaveText('Calendar')
    await expect(this.sessions().first()).toBeVisible()
  }

  /**
   * Waits until every action the calendar showed at once (done, skip, a drag) is stored: its screen is aria-busy until
   * then, and a reload or relaunch before that could lose it.
   */
  async settled(): Promise<void> {
    await expect(this.page.locator('section.plan-view')).not.toHaveAttribute('aria-busy', 'true')
  }

  /** The calendar block (toolbar and grid). */
  calendar(): Locator {
    return this.page.locator('.sp-calendar')
  }

  calendarTitle(): Locator {
    return this.calendar().getByRole('heading', { level: 2 })
  }

  /** Session blocks in the calendar, optionally those containing `text`. */
  sessions(text?: string | RegExp): Locator {
    return this.calendar().locator('.sp-session', text === undefined ? {} : { hasText: text })
  }

  todayPanel(): Locator {
    return this.page.getByRole('complementary', { name: 'Today' })
  }

  /** The Today panel's "Next session" card: its heading, the topic that opens the session, the day and countdown. */
  nextSessionCard(): Locator {
    return this.todayPanel()
      .locator('div', { has: this.page.getByRole('heading', { name: 'Next session' }) })
      .last()
  }

  /** The session panel (a non-modal dialog named by the session's topic). */
  sessionPanel(): Locator {
    return this.page.locator('dialog.sp-panel')
  }

  missedPrompt(): Locator {
    return this.page.getByRole('dialog', { name: /^You missed \d+ sessions?$/ })
  }

  async switchView(name: 'Week' | 'Month' | 'Agenda'): Promise<void> {
    await this.calendar()
      .getByRole('tab', { name: `${name} view` })
      .click()
  }

  /**
   * Drags `block` by `dy` pixels with intermediate moves, as FullCalendar's pointer handling needs. An hour-long block
   * is grabbed 3/8 of the way down, mid-way through its second quarter hour: FullCalendar moves a block by the quarter
   * hours between where it was grabbed and dropped, so a grab near a quarter's edge (the 12 px this grabbed at before
   * is 14.7 minutes at 1280×800's 49 px an hour) turned an exact four-hour drag into 4¼ hours.
   */
  async dragBy(block: Locator, dy: number): Promise<void> {
    await block.scrollIntoViewIfNeeded()
    const box = (await block.boundingBox())!
    const x = box.x + box.width / 2
    const y = box.y + box.height * 0.375
    await this.page.mouse.move(x, y)
    await this.page.mouse.down()
    await this.page.mouse.move(x, y + dy / 2, { steps: 8 })
    await this.page.mouse.move(x, y + dy, { steps: 8 })
    await this.page.mouse.up()
  }
}
