// How E2E tests start Chromium: Debian's /usr/bin/chromium when present (CI), Playwright's own browser otherwise.
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type LaunchOptions } from '@playwright/test'

const systemChromium = '/usr/bin/chromium'

/** Flags that keep Chromium quiet on a closed network: no background requests, no first-run UI. */
export const chromiumLaunchOptions: LaunchOptions = {
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
  ]
}

/** A fresh on-disk profile folder: IndexedDB persists across relaunches, as in the desktop app. */
export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'planner-profile-'))
}

/**
 * Launches Chromium on a persistent profile (Playwright's default context keeps IndexedDB in memory only), in British
 * English on London time unless `locale` names the system language to start with.
 */
export function launchProfile(profileDir: string, baseURL: string, locale = 'en-GB'): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    ...chromiumLaunchOptions,
    headless: true,
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale,
    timezoneId: 'Europe/London'
  })
}
