// Playwright _electron tests against the real app; they skip with a message where no Electron binary is installed.
import { defineConfig } from '@playwright/test'
import { findElectronBinary, NO_ELECTRON_MESSAGE } from './electronBinary'

if (!findElectronBinary()) console.log(`Skipping the Electron E2E tests: ${NO_ELECTRON_MESSAGE}`)

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e-electron-artifacts',
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../../test-results/playwright-electron.json' }]]
})
