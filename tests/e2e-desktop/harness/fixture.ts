// The `desktop` fixture: one user's machine (appData and a browser profile on disk) on which tests launch the built
// app, relaunch it, start a second instance, and read what it wrote. Everything is removed after the test.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base } from '@playwright/test'
import type { JournalEntry } from '../standin/protocol'
import { DesktopApp, forkMain, type LaunchOptions } from './desktopApp'

/** The app's userData folder name (src/main/security/appIdentity.ts pins it). */
const APP_NAME = 'Study Planner'

const refuseWindow = () => Promise.reject(new Error('A second instance tried to use a window'))

export class DesktopMachine {
  readonly root = mkdtempSync(join(tmpdir(), 'planner-desktop-'))
  readonly appData = join(this.root, 'config')
  readonly browserDir = join(this.root, 'browser-profile')
  readonly userData = join(this.appData, APP_NAME)
  readonly remindersFile = join(this.userData, 'reminders', 'reminders.json')
  readonly logFile = join(this.userData, 'logs', 'main.log')
  readonly launched: DesktopApp[] = []

  constructor() {
    mkdirSync(this.appData, { recursive: true })
  }

  /** Starts the app (main and its windows) on this machine at `now`. */
  async launch(
    options: { now: Date } & Partial<Omit<LaunchOptions, 'appData' | 'browserDir' | 'now'>>
  ): Promise<DesktopApp> {
    const app = await DesktopApp.launch({ ...options, appData: this.appData, browserDir: this.browserDir })
    this.launched.push(app)
    return app
  }

  /**
   * Starts the app again while it runs, as a second click on its icon does: that instance gets no browser (it must
   * not open a window). Resolves when it has exited, with what it did.
   */
  async launchSecondInstance(
    now: Date
  ): Promise<{ code: number | null; ms: number; journal: JournalEntry[]; printed: string }> {
    const journal: JournalEntry[] = []
    const started = Date.now()
    const forked = forkMain(
      { appData: this.appData, browserDir: this.browserDir, now },
      {
        'window.create': refuseWindow,
        'window.load': refuseWindow,
        'window.destroy': refuseWindow,
        'window.reload': refuseWindow,
        'webContents.send': refuseWindow
      },
      (entry) => journal.push(entry)
    )
    const timer = setTimeout(() => forked.child.kill('SIGKILL'), 10_000)
    const { code } = await forked.exited
    clearTimeout(timer)
    return { code, ms: Date.now() - started, journal, printed: forked.output.join('') }
  }

  /** The reminders state file main wrote, parsed; null while there is none. */
  readReminders(): RemindersFile | null {
    try {
      return JSON.parse(readFileSync(this.remindersFile, 'utf8')) as RemindersFile
    } catch {
      return null
    }
  }

  readRemindersText(): string | null {
    try {
      return readFileSync(this.remindersFile, 'utf8')
    } catch {
      return null
    }
  }

  readLog(): string {
    try {
      return readFileSync(this.logFile, 'utf8')
    } catch {
      return ''
    }
  }

  async dispose(): Promise<void> {
    await Promise.all(this.launched.map((app) => app.kill().catch(() => undefined)))
    rmSync(this.root, { recursive: true, force: true })
  }
}

/** The parts of userData/reminders/reminders.json the journeys read (src/main/reminders/reminderStore.ts). */
export interface RemindersFile {
  readonly format: string
  readonly sync: {
    readonly zone: string
    readonly reminders: ReadonlyArray<{
      sessionId: string
      topicTitle: string
      stageTitle: string
      startsAt: number
      endsAt: number
      fireAt: number
      kind: string
    }>
  } | null
  readonly pause: { from: number; until: number } | null
}

export const test = base.extend<{ desktop: DesktopMachine }>({
  // Playwright reads a fixture's dependencies from its first parameter's destructuring, so it must be a pattern.
  // oxlint-disable-next-line no-empty-pattern
  desktop: async ({}, provide, testInfo) => {
    const machine = new DesktopMachine()
    try {
      await provide(machine)
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) {
        for (const [index, app] of machine.launched.entries()) {
          await testInfo.attach(`main-output-${index + 1}.txt`, { body: app.printed(), contentType: 'text/plain' })
          await testInfo.attach(`journal-${index + 1}.json`, {
            body: JSON.stringify(app.journal, null, 1),
            contentType: 'application/json'
          })
        }
        await testInfo.attach('main.log', { body: machine.readLog(), contentType: 'text/plain' })
      }
      await machine.dispose()
    }
  }
})

export { expect } from '@playwright/test'
