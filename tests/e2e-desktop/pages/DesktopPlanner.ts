// Page objects for the desktop journeys: the browser journeys' planner page on a window's page, plus what a
// journey reads from main (the window's state, the notifications shown, the reminders main keeps on disk).
import { expect } from '@playwright/test'
import { PlannerPage } from '../../e2e/pages/PlannerPage'
import type { DesktopApp } from '../harness/desktopApp'
import type { DesktopMachine, RemindersFile } from '../harness/fixture'
import type { NotificationState, WindowState } from '../standin/protocol'

export { FIRST_RUN_NOW } from '../../e2e/pages/PlannerPage'

export type SyncedReminder = NonNullable<RemindersFile['sync']>['reminders'][number]

/** The main window's page as a planner page (onboarding, calendar, panels). */
export async function plannerWindow(app: DesktopApp): Promise<PlannerPage> {
  const window = await app.mainWindow()
  return new PlannerPage(app.context, window.page)
}

/** First run with onboarding's defaults, then waits until main has the plan's reminders on disk; returns them by fire time. */
export async function createDefaultPlan(desktop: DesktopMachine, planner: PlannerPage): Promise<SyncedReminder[]> {
  await planner.createDefaultPlan()
  await expect
    .poll(() => desktop.readReminders()?.sync?.reminders.length ?? 0, { message: 'reminders written to userData' })
    .toBeGreaterThan(0)
  return syncedReminders(desktop)
}

export function syncedReminders(desktop: DesktopMachine): SyncedReminder[] {
  return [...(desktop.readReminders()?.sync?.reminders ?? [])].sort((a, b) => a.fireAt - b.fireAt)
}

export async function mainWindowState(app: DesktopApp): Promise<WindowState> {
  const window = (await app.state()).windows.find((candidate) => !candidate.destroyed)
  if (!window) throw new Error('main has no window')
  return window
}

export async function notifications(app: DesktopApp): Promise<NotificationState[]> {
  return (await app.state()).notifications
}

/** Notifications announcing a session on `topic` (the daily digest and others left out). */
export async function noticesAbout(app: DesktopApp, topic: string): Promise<NotificationState[]> {
  return (await notifications(app)).filter((notice) => notice.title.includes(topic))
}

/** The user closes the main window with its close button. */
export function closeWindow(app: DesktopApp): Promise<void> {
  return app.fire({ target: 'window', action: 'close' })
}

/** Accepted reminder syncs as the renderer sent them (payloads), in order. */
export function acceptedSyncs(app: DesktopApp) {
  return app.ipcTraffic.filter(
    (call) => call.channel === 'reminders:sync' && call.reply.ok && (call.reply.value as { ok?: boolean }).ok === true
  )
}
