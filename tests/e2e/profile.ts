// A Playwright fixture for the app on its own on-disk browser profile: launch (with a fixed clock), relaunch, clean up.
import { rmSync } from 'node:fs'
import { test as base, type BrowserContext, type Page } from '@playwright/test'
import { launchProfile, newProfileDir } from './browser'

/** The app in Chromium on a persistent profile, so IndexedDB survives a relaunch as it does in the desktop app. */
export class AppProfile {
  readonly dir = newProfileDir()
  private current: { context: BrowserContext; page: Page } | null = null

  constructor(private readonly baseURL: string) {}

  get page(): Page {
    if (!this.current) throw new Error('The profile is not launched yet')
    return this.current.page
  }

  get context(): BrowserContext {
    if (!this.current) throw new Error('The profile is not launched yet')
    return this.current.context
  }

  /**
   * Starts Chromium and opens the app; with `now`, the page's clock is installed at that instant before anything
   * loads; with `open: false` the page stays blank, for tests that listen to requests from the very first one; with
   * `locale`, the system speaks that language (navigator.languages) instead of British English.
   */
  async launch(options: { now?: Date; open?: boolean; locale?: string } = {}): Promise<Page> {
    const context = await launchProfile(this.dir, this.baseURL, options.locale)
    const page = context.pages()[0] ?? (await context.newPage())
    if (options.now) await page.clock.install({ time: options.now })
    this.current = { context, page }
    if (options.open !== false) await page.goto('/')
    return page
  }

  /** Closes the browser and opens the app again on the same profile. */
  async relaunch(options: { now?: Date; open?: boolean } = {}): Promise<Page> {
    await this.close()
    return this.launch(options)
  }

  async close(): Promise<void> {
    await this.current?.context.close()
    this.current = null
  }

  /** Opens the app and creates a plan with onboarding's defaults (the AI Engineer roadmap), landing on the calendar. */
  async launchWithPlan(now: Date): Promise<Page> {
    const page = await this.launch({ now })
    await page.getByRole('button', { name: 'Create plan' }).click()
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor()
    return page
  }
}

/** `test` with a fresh `profile` per test, closed and deleted afterwards. */
export const test = base.extend<{ profile: AppProfile }>({
  profile: async ({ baseURL }, provide) => {
    const profile = new AppProfile(baseURL!)
    try {
      await provide(profile)
    } finally {
      await profile.close()
      rmSync(profile.dir, { recursive: true, force: true })
    }
  }
})

export { expect } from '@playwright/test'
