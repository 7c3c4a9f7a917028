// Journeys on the desktop stand-in: the built app (out/main, out/preload, out/renderer) as one program, main in a
// child Node process on a test-only `electron`, its windows as Chromium pages. See docs/architecture.md.
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e-desktop-artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  // A launch is main's start plus a persistent Chromium profile; a first run plans a whole roadmap.
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../../test-results/playwright-desktop.json' }]],
  use: { trace: 'retain-on-failure' }
})
