// Reminders in the real app: they still fire with the window closed to the tray, a click opens the session,
// and a second launch hands over to the first instance.
import { spawn } from 'node:child_process'
import { expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { findElectronBinary, NO_ELECTRON_MESSAGE } from './electronBinary'
import { appDir, isolatedEnv, launchApp } from './launch'

const executablePath = findElectronBinary()
test.skip(!executablePath, NO_ELECTRON_MESSAGE)

let app: ElectronApplication
let page: Page
let env: NodeJS.ProcessEnv

test.beforeEach(async () => {
  env = isolatedEnv()
  app = await launchApp(executablePath!, env)
  page = await app.firstWindow()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Record every notification main shows, keeping the objects so the test can click them.
  await app.evaluate(({ Notification }) => {
    const shown: Electron.Notification[] = []
    ;(globalThis as { shownNotifications?: Electron.Notification[] }).shownNotifications = shown
    const show = Notification.prototype.show
    Notification.prototype.show = function (this: Electron.Notification) {
      shown.push(this)
      return show.call(this)
    }
  })
})

test.afterEach(async () => {
  await app?.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => {})
  await app?.close().catch(() => {})
})

/** Syncs one reminder due in `inMs` for a session starting `inMs + 10 min` from now, as the renderer would. */
async function syncReminderDueIn(inMs: number, sessionId: string): Promise<void> {
  const result = await page.evaluate(
    async (due) => {
      const now = Date.now()
      const startsAt = now + due.inMs + 600_000
      return window.planner!.syncReminders({
        zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        reminders: [
          {
            sessionId: due.sessionId,
            topicTitle: 'Linear algebra',
            stageTitle: 'Foundations',
            startsAt,
            endsAt: startsAt + 3_600_000,
            fireAt: now + due.inMs,
            kind: 'study'
          }
        ],
        announce: true,
        digest: { enabled: false, time: '07:30' }
      })
    },
    { inMs, sessionId }
  )
  expect(result).toMatchObject({ ok: true })
}

function shownTitles(): Promise<string[]> {
  return app.evaluate(() =>
    ((globalThis as { shownNotifications?: Electron.Notification[] }).shownNotifications ?? []).map((n) => n.title)
  )
}

test('closing the window hides it to the tray and reminders still arrive', async () => {
  await syncReminderDueIn(3_000, 'session-closed-window')
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close())
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible()))).toEqual([
    false
  ])
  await expect.poll(shownTitles, { timeout: 40_000 }).toEqual([expect.stringContaining('Linear algebra')])
})

test('clicking a notification shows the window and opens its session', async () => {
  await page.evaluate(() => {
    ;(window as { openedSessions?: string[] }).openedSessions = []
    window.planner!.onOpenSession(({ sessionId }) =>
      (window as { openedSessions?: string[] }).openedSessions!.push(sessionId)
    )
  })
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.hide())
  await syncReminderDueIn(1_000, 'session-clicked')
  await expect.poll(shownTitles, { timeout: 40_000 }).toHaveLength(1)
  await app.evaluate(() =>
    (globalThis as { shownNotifications?: Electron.Notification[] }).shownNotifications![0]!.emit('click')
  )
  await expect
    .poll(() => page.evaluate(() => (window as { openedSessions?: string[] }).openedSessions))
    .toEqual(['session-clicked'])
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible())).toBe(true)
})

test('a second launch exits within 2 seconds and brings the first window back', async () => {
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.hide())
  const started = Date.now()
  const exitCode = await new Promise<number | null>((resolve) => {
    const second = spawn(executablePath!, [appDir], { env, stdio: 'ignore' })
    second.on('exit', (code) => resolve(code))
  })
  expect(Date.now() - started).toBeLessThan(2_000)
  expect(exitCode).toBe(0)
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible())).toBe(true)
})
