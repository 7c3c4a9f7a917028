// Playwright E2E in Chromium against the built renderer served on 127.0.0.1.
import { availableParallelism } from 'node:os'
import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './browser'

// E2E_PORT lets a second checkout run its journeys beside this one.
const port = Number(process.env['E2E_PORT'] ?? 5174)
/**
 * Journeys that measure the page's frames while a worker reads a file: they run after the rest, with nothing beside
 * them. Running one of them alone: `--no-deps`, or Playwright runs the other journeys first.
 */
const FRAME_TIMED = ['untrustedFiles.spec.ts']

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e-artifacts',
  // Spec files run side by side, each test in its own Chromium profile; tests within a file stay in order. One worker
  // per core, at most two (not measured beyond that). On this 2-core machine, idle, the 59 journeys take 2.8 min on two
  // workers in a fresh-clone CI run (46 of them took 7.7 min on one worker and 6.2 min on two with other work beside
  // them).
  fullyParallel: false,
  workers: Math.max(1, Math.min(2, availableParallelism())),
  retries: 0,
  forbidOnly: !!process.env['CI'],
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '../../test-results/playwright-e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure'
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: FRAME_TIMED },
    { name: 'frame-timed', use: { browserName: 'chromium' }, testMatch: FRAME_TIMED, dependencies: ['chromium'] }
  ],
  webServer: {
    command: 'npx tsx scripts/serve-web.ts',
    cwd: '../..',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000
  }
})
