// The desktop app's file reads go through the same worker as in a browser: app:// serves the worker's script as
// JavaScript under the production CSP (worker-src 'self'), and a roadmap picked on first run is read by it.
import { expect, test } from '@playwright/test'
import { PRODUCTION_CSP } from '../../src/main/security/csp'
import { DesktopMachine } from './harness/fixture'
import { FIRST_RUN_NOW } from './pages/DesktopPlanner'

let machine: DesktopMachine

test.afterEach(async () => {
  await machine?.dispose()
})

test('a roadmap picked on first run is read in the worker, whose script app:// serves as JavaScript with the CSP', async () => {
  machine = new DesktopMachine()
  const app = await machine.launch({ now: FIRST_RUN_NOW })
  const { page } = await app.mainWindow()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan your studies')

  await page.getByLabel('Import a roadmap…').setInputFiles({
    name: 'go.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# Go\n## Basics\n- Syntax (2h)\n')
  })
  await expect(page.getByRole('radio', { name: /^Go/ })).toBeChecked()

  const worker = app.responses.filter((response) => /\/assets\/untrustedFile\.worker-[\w-]+\.js$/.test(response.url))
  expect(worker).toHaveLength(1)
  const header = (name: string) => Object.entries(worker[0]!.headers).find(([key]) => key.toLowerCase() === name)?.[1]
  expect(worker[0]!.status).toBe(200)
  expect(header('content-type')).toEqual(['text/javascript; charset=utf-8'])
  expect(header('content-security-policy')).toEqual([PRODUCTION_CSP])
})
