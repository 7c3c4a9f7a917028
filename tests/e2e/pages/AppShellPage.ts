// Page object for the app shell: navigation and the open screen.
import type { Locator, Page } from '@playwright/test'

export class AppShellPage {
  readonly nav: Locator
  readonly main: Locator
  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' })
    this.main = page.locator('main#main')
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

  /** Turns the mouse wheel over the open screen until well past its end, as a learner scrolls down a long page. */
  async wheelToEnd(): Promise<void> {
    const viewport = this.page.viewportSize()!
    await this.page.mouse.move(viewport.width - 20, viewport.height / 2)
    for (let turn = 0; turn < 40; turn++) await this.page.mouse.wheel(0, 500)
  }

  /**
   * How the window's bottom edge sits against the screen's content, in CSS pixels: `blankBand` is the empty space
   * between the last content (with the main area's bottom padding) and the window's bottom; `pageOverflow` is how far
   * the document itself scrolls past the window (0 when only the main area scrolls, as it should); `atEnd` says the
   * main area and the page are both scrolled as far as they go.
   */
  bottomEdge(): Promise<{ blankBand: number; pageOverflow: number; atEnd: boolean }> {
    return this.main.evaluate((main) => {
      const contentBottom = Math.max(...[...main.children].map((child) => child.getBoundingClientRect().bottom))
      const padding = Number.parseFloat(getComputedStyle(main).paddingBottom)
      const root = document.documentElement
      return {
        blankBand: Math.round(window.innerHeight - contentBottom - padding),
        pageOverflow: root.scrollHeight - root.clientHeight,
        atEnd:
          main.scrollTop + main.clientHeight >= main.scrollHeight - 1 &&
          root.scrollTop + root.clientHeight >= root.scrollHeight - 1
      }
    })
  }
}
