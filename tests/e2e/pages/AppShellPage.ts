// Page object for the app shell: navigation and the open screen.
import type { Locator, Page } from '@playwright/test'

export class AppShellPage {
  readonly nav: Locator
  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' })
  }

  navItem(label: string): Locator {
    return this.nav.getByRole('button', { name: label, exact: true })
  }

  screenHeading(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  async open(label: string): Promise<void> {
    await this.navItem(label).click()
  }
}
