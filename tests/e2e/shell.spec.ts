// The app shell in a real browser: it renders, keeps to the strict CSP, stays on 127.0.0.1 and remembers the screen.
import { expect, test, type AppProfile } from './profile'
import { AppShellPage } from './pages/AppShellPage'

/** Launches the profile on a blank page and records console errors and every request from the first one on. */
async function launchWatched(profile: AppProfile) {
  const page = await profile.launch({ open: false })
  const consoleErrors: string[] = []
  const requestedUrls: string[] = []
  profile.context.on('request', (request) => requestedUrls.push(request.url()))
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()))
  page.on('pageerror', (error) => consoleErrors.push(error.message))
  return { page, consoleErrors, requestedUrls }
}

test('the shell renders every screen without console errors and opens an empty database', async ({ profile }) => {
  const { page, consoleErrors } = await launchWatched(profile)
  const shell = new AppShellPage(page)
  await page.goto('/')
  await expect(shell.screenHeading()).toHaveText('Plan your studies')
  for (const label of ['Calendar', 'Roadmap', 'Progress', 'Settings']) await expect(shell.navItem(label)).toBeVisible()

  await shell.open('Settings')
  await expect(shell.screenHeading()).toHaveText('Settings')
  await expect(page.getByText('Web browser')).toBeVisible()

  const databases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))
  expect(databases).toContain('study-planner')
  expect(consoleErrors).toEqual([])
  await test.info().attach('shell-settings', { body: await page.screenshot(), contentType: 'image/png' })
})

test('no request leaves 127.0.0.1', async ({ profile }) => {
  const { page, requestedUrls } = await launchWatched(profile)
  await page.goto('/')
  await expect(new AppShellPage(page).screenHeading()).toHaveText('Plan your studies')
  await page.waitForLoadState('networkidle')
  expect(requestedUrls.length).toBeGreaterThan(0)
  const offHost = requestedUrls.filter((url) => new URL(url).hostname !== '127.0.0.1')
  expect(offHost).toEqual([])
})

test('the CSP blocks an injected inline script and reports the violation', async ({ profile }) => {
  const page = await profile.launch()
  await expect(new AppShellPage(page).screenHeading()).toHaveText('Plan your studies')
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; blocked: string }>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve({ ran: 'injectedRan' in window, blocked: event.effectiveDirective })
        )
        const script = document.createElement('script')
        script.textContent = 'window.injectedRan = true'
        document.body.append(script)
      })
  )
  expect(outcome).toEqual({ ran: false, blocked: 'script-src-elem' })
  // The CSP is not only the <meta>: the server sends it as a header too, as the desktop app's protocol does.
  const response = await page.request.get('/')
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'")
})

test('keyboard shortcuts switch screens and the open screen survives a relaunch', async ({ profile }) => {
  const page = await profile.launch()
  const shell = new AppShellPage(page)
  await expect(shell.screenHeading()).toHaveText('Plan your studies')
  await page.keyboard.press('Alt+2')
  await expect(shell.screenHeading()).toHaveText('Roadmap')
  await expect(shell.navItem('Roadmap')).toHaveAttribute('aria-current', 'page')

  // Wait until the choice is on disk, as a user who quits a moment later would expect.
  await expect.poll(() => page.evaluate(readStoredScreen)).toBe('roadmap')
  const relaunched = await profile.relaunch()
  await expect(new AppShellPage(relaunched).screenHeading()).toHaveText('Roadmap')
})

/** Reads the remembered screen straight from IndexedDB, the way the app stores it. */
function readStoredScreen(): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('study-planner')
    open.addEventListener('error', () => reject(open.error))
    open.addEventListener('success', () => {
      const request = open.result.transaction('settings').objectStore('settings').get('ui.lastScreen')
      request.addEventListener('success', () => {
        resolve((request.result as { value?: unknown } | undefined)?.value)
        open.result.close()
      })
      request.addEventListener('error', () => reject(request.error))
    })
  })
}
