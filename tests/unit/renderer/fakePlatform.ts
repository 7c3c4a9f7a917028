// An in-memory Platform for component tests: behaves like main would, and records what the UI asked of it.
import type { ReminderSync } from '../../../src/shared/domain/reminder'
import type {
  DesktopPreferences,
  DesktopStatus,
  NotificationStatus,
  StudyTimerStatus
} from '../../../src/shared/ipc/contract'
import type { Platform, ReminderBanner } from '../../../src/renderer/src/platform/Platform'

export interface FakePlatform extends Platform {
  readonly requests: string[]
  /** Every reminder sync the renderer sent, oldest first. */
  readonly syncs: ReminderSync[]
  /** Every study timer the renderer told main about (for the tray), oldest first. */
  readonly studyTimers: Array<StudyTimerStatus | null>
  desktop: DesktopStatus | null
  /** Makes the next preference change fail, as main does when the OS refuses launch at login. */
  refuseNextChange: string | null
  pushBanner(banner: ReminderBanner): void
  /** Asks the app to show a session, as a notification click does. */
  openSession(sessionId: string): void
  /** Asks for a reminder sync, as main does when its reminders get old. */
  requestReminderSync(): void
}

export function createFakePlatform(
  options: { desktop?: DesktopStatus | null; notifications?: NotificationStatus } = {}
): FakePlatform {
  const bannerListeners = new Set<(banner: ReminderBanner) => void>()
  const syncRequestListeners = new Set<() => void>()
  const openSessionListeners = new Set<(sessionId: string) => void>()
  const fake: FakePlatform = {
    kind: options.desktop === null ? 'browser' : 'electron',
    requests: [],
    syncs: [],
    studyTimers: [],
    desktop:
      options.desktop === undefined
        ? {
            closeToTray: true,
            launchAtLogin: false,
            trayAvailable: true,
            remindersPausedUntil: null,
            remindersSyncedAt: null,
            remindersMayBeStale: false
          }
        : options.desktop,
    refuseNextChange: null,
    pushBanner: (banner) => bannerListeners.forEach((listener) => listener(banner)),
    openSession: (sessionId) => openSessionListeners.forEach((listener) => listener(sessionId)),
    requestReminderSync: () => syncRequestListeners.forEach((listener) => listener()),
    getAppInfo: async () => ({
      version: '9.9.9',
      platform: 'linux',
      notifications: options.notifications ?? 'available'
    }),
    openExternal: async () => true,
    syncReminders: async (sync) => {
      fake.syncs.push(sync)
      return { ok: true, persisted: true }
    },
    pauseReminders: async (choice) => {
      fake.requests.push(`pause ${choice}`)
      if (!fake.desktop) return null
      const until = choice === 'resume' ? null : Date.UTC(2027, 0, 1, 15, 0)
      fake.desktop = { ...fake.desktop, remindersPausedUntil: until }
      return until
    },
    onOpenSession: (listener) => {
      openSessionListeners.add(listener)
      return () => void openSessionListeners.delete(listener)
    },
    onReminderBanner: (listener) => {
      bannerListeners.add(listener)
      return () => void bannerListeners.delete(listener)
    },
    onShowScreen: () => () => {},
    onReminderSyncRequest: (listener) => {
      syncRequestListeners.add(listener)
      return () => void syncRequestListeners.delete(listener)
    },
    getDesktopStatus: async () => fake.desktop,
    setDesktopPreferences: async (change: Partial<DesktopPreferences>) => {
      fake.requests.push(`set ${JSON.stringify(change)}`)
      if (fake.refuseNextChange) {
        const reason = fake.refuseNextChange
        fake.refuseNextChange = null
        throw new Error(reason)
      }
      fake.desktop = fake.desktop && { ...fake.desktop, ...change }
      return fake.desktop
    },
    saveBackup: async () => ({ ok: false, error: 'not in this test' }),
    listBackups: async () => [],
    readBackup: async () => ({ ok: false, error: 'not-found' }),
    setStudyTimer: async (timer) => {
      fake.studyTimers.push(timer)
    }
  }
  return fake
}
