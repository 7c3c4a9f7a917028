// Platform for a plain browser: the same UI without Electron, used by E2E tests and `npm run start:web`.
import { reminderSyncSchema, type Reminder } from '../../../shared/domain/reminder'
import type { CalendarSyncStatus } from '../../../shared/ipc/calendarSync'
import { formatTimeRange } from '../../../shared/format'
import { MAX_BACKUP_TEXT_LENGTH, SAVE_BACKUP_ERRORS, type NotificationStatus } from '../../../shared/ipc/contract'
import { firstIssueMessage, issueLine } from '../../../shared/validation/issueMessages'
import type { Platform } from './Platform'
import { createWebReminders } from './webReminders'

function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:'
  } catch {
    return false
  }
}

/** "18:00–19:00 · Foundations" in the plan's zone and the app's time vocabulary, for the notification body. */
function reminderBody(reminder: Reminder, zone: string, locale: string | undefined): string {
  const time = formatTimeRange(reminder.startsAt, reminder.endsAt, zone, locale)
  return [time, reminder.stageTitle].filter(Boolean).join(' · ')
}

/** Offers `text` as a file download, the browser's stand-in for main's backups folder. */
function download(browserWindow: Window, fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = browserWindow.document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  browserWindow.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Whether this page may show notifications: the permission the browser holds for the site, if it has the API. */
export function browserNotificationStatus(browserWindow: Window): NotificationStatus {
  const api = (browserWindow as Window & { Notification?: { readonly permission: NotificationPermission } })
    .Notification
  if (api === undefined) return 'unsupported'
  if (api.permission === 'granted') return 'available'
  return api.permission === 'denied' ? 'denied' : 'not-asked'
}

/** The browser has no main process: links open in a new tab (https only), reminders are Web Notifications. */
const UNAVAILABLE: CalendarSyncStatus = { state: 'unavailable' }

export function createBrowserPlatform(browserWindow: Window): Platform {
  const openSessionListeners = new Set<(sessionId: string) => void>()
  const reminders = createWebReminders({
    now: () => Date.now(),
    setInterval: (callback, ms) => browserWindow.setInterval(callback, ms),
    openSession: (sessionId) => {
      browserWindow.focus()
      for (const listener of openSessionListeners) listener(sessionId)
    },
    notify: (reminder, { zone, locale }) => {
      if (!('Notification' in browserWindow) || Notification.permission !== 'granted') return null
      const notification = new Notification(reminder.topicTitle, {
        body: reminderBody(reminder, zone, locale),
        tag: reminder.sessionId
      })
      return { onClick: (listener) => notification.addEventListener('click', listener) }
    }
  })

  return {
    kind: 'browser',
    getAppInfo: async () => ({
      version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
      platform: 'browser',
      notifications: browserNotificationStatus(browserWindow)
    }),
    openExternal: async (url) => {
      if (!isHttpsUrl(url)) return false
      browserWindow.open(url, '_blank', 'noopener,noreferrer')
      return true
    },
    syncReminders: async (sync) => {
      const parsed = reminderSyncSchema.safeParse(sync)
      if (!parsed.success) return { ok: false, error: issueLine(firstIssueMessage(parsed.error)) }
      if ('Notification' in browserWindow && Notification.permission === 'default') {
        await Notification.requestPermission()
      }
      reminders.sync(parsed.data)
      return { ok: true, persisted: false }
    },
    // Pausing is a desktop feature (main keeps the pause across restarts); the browser has nothing to pause.
    pauseReminders: async () => null,
    onOpenSession: (listener) => {
      openSessionListeners.add(listener)
      return () => void openSessionListeners.delete(listener)
    },
    // Nothing reaches these in a browser: no main process sends banners, asks for syncs, or has a menu.
    onReminderBanner: () => () => {},
    onShowScreen: () => () => {},
    onReminderSyncRequest: () => () => {},
    getDesktopStatus: async () => null,
    setDesktopPreferences: async () => null,
    saveBackup: async (reason, text) => {
      // A download restore would refuse is no backup: the same limit as the desktop app.
      if (text.length > MAX_BACKUP_TEXT_LENGTH) return { ok: false, error: SAVE_BACKUP_ERRORS.tooLarge }
      const createdAt = Date.now()
      const name = `study-planner-${reason}-${new Date(createdAt).toISOString().slice(0, 10)}.json`
      download(browserWindow, name, text)
      return { ok: true, backup: { name, reason, createdAt, sizeBytes: new Blob([text]).size } }
    },
    listBackups: async () => [],
    readBackup: async () => ({ ok: false, error: 'not-found' }),
    // No tray in a browser: the timer shows only in the page.
    setStudyTimer: async () => {},
    // Calendar sync needs main: credentials in the OS keychain, and requests outside the page's CSP.
    getCalendarSync: async () => UNAVAILABLE,
    connectCalendar: async () => ({ ok: false, error: { kind: 'not-caldav' } }),
    selectCalendars: async () => UNAVAILABLE,
    disconnectCalendar: async () => UNAVAILABLE,
    publishPlan: async () => {},
    syncCalendarNow: async () => UNAVAILABLE,
    acknowledgeIncoming: async () => {},
    onCalendarSyncStatus: () => () => {}
  }
}
