// Page object for first run's steps (and a new plan's): roadmap and track, the week grid, dates and pace, the preview.
import type { Locator, Page } from '@playwright/test'

export class FirstRunPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Plan your studies' })
  }

  /** A roadmap or track choice, by its visible name. */
  option(name: string | RegExp): Locator {
    return this.page.getByRole('radio', { name })
  }

  includeOptional(): Locator {
    return this.page.getByRole('checkbox', { name: 'Include optional stages' })
  }

  /** A half-hour cell of the week grid, e.g. 'Sunday 09:00 to 09:30' (en-GB). */
  cell(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }

  startDate(): Locator {
    return this.page.getByLabel('Start date')
  }

  targetDate(): Locator {
    return this.page.getByLabel(/Target date/)
  }

  parallelTopics(): Locator {
    return this.page.getByLabel('Topics in parallel')
  }

  /** The preview's sentence: hours needed and available, and the finish date. */
  feasibility(): Locator {
    return this.page.getByTestId('feasibility')
  }

  createPlan(): Locator {
    return this.page.getByRole('button', { name: 'Create plan' })
  }
}
