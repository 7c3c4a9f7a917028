// An in-memory Platform for component tests: behaves like main would, and records what the UI asked of it.
import type { ReminderSync } from '../../../src/shared/domain/reminder'
import type {
  DesktopPreferences,
  DesktopStatus,
  NotificationStatus,
  StudyTimerStatus
} from '../../../src/shared/ipc/contract'
import type { Platform, ReminderBanner } from '../../../src/renderer/src/platform/Platform'
import type { CalendarSyncStatus, IncomingAck, PublishSnapshot } from '../../../src/shared/ipc/calendarSync'

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
  /** The calendar sync's status as main would answer it ('unavailable' for the browser). */
  calendarSync: CalendarSyncStatus
  /** Every plan snapshot sent for publishing, oldest first. */
  readonly published: PublishSnapshot[]
  /** Every acknowledgement of incoming changes, oldest first. */
  readonly acknowledged: IncomingAck[]
  /** Sets and pushes a new calendar sync status, as main does after each sync. */
  pushCalendarSync(status: CalendarSyncStatus): void
}

type ConnectedStatus = Extract<CalendarSyncStatus, { state: 'connected' }>

/** A connected calendar sync as main reports it just after connecting (nothing picked, synced or failed), changed by `overrides`. */
export function connectedStatus(overrides: Partial<Omit<ConnectedStatus, 'state'>> = {}): ConnectedStatus {
  return {
    state: 'connected',
    serverUrl: 'https://dav.example/',
    username: 'learner',
    passwordStorage: 'keychain',
    calendars: FAKE_CALENDARS,
    selection: null,
    syncing: false,
    lastSyncAtMs: null,
    lastSummary: null,
    pending: false,
    nextAttemptAtMs: null,
    error: null,
    incoming: null,
    ...overrides
  }
}

/** The account's calendars the fake server lists. */
export const FAKE_CALENDARS = [
  { url: 'https://dav.example/learner/personal/', displayName: 'Personal', holdsEvents: true },
  { url: 'https://dav.example/learner/work/', displayName: 'Work', holdsEvents: true },
  { url: 'https://dav.example/learner/tasks/', displayName: 'Tasks', holdsEvents: false }
]

export function createFakePlatform(
  options: { desktop?: DesktopStatus | null; notifications?: NotificationStatus; keychain?: boolean } = {}
): FakePlatform {
  const fakeKeychain = options.keychain ?? true
  const bannerListeners = new Set<(banner: ReminderBanner) => void>()
  const syncRequestListeners = new Set<() => void>()
  const openSessionListeners = new Set<(sessionId: string) => void>()
  const calendarSyncListeners = new Set<(status: CalendarSyncStatus) => void>()
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
    calendarSync: options.desktop === null ? { state: 'unavailable' } : { state: 'disconnected' },
    published: [],
    acknowledged: [],
    pushCalendarSync: (status) => {
      fake.calendarSync = status
      calendarSyncListeners.forEach((listener) => listener(status))
    },
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
    },
    getCalendarSync: async () => fake.calendarSync,
    // Like main: the password 'wrong' is refused, a host named nowhere.example is not found, a plain http:// address
    // to another host is refused too, and the password is
    // kept only once the learner agreed to plain text when `keychain` is false.
    connectCalendar: async (account) => {
      fake.requests.push(`connect ${account.serverUrl} ${account.username} plain=${account.allowPlainText}`)
      if (account.password === 'wrong') return { ok: false, error: { kind: 'wrong-password' } }
      if (account.serverUrl.includes('nowhere.example'))
        return { ok: false, error: { kind: 'unreachable', detail: 'ENOTFOUND' } }
      if (account.serverUrl.startsWith('http://')) return { ok: false, error: { kind: 'insecure-url' } }
      if (!fakeKeychain && !account.allowPlainText) return { ok: false, error: { kind: 'plain-text-needs-consent' } }
      fake.calendarSync = connectedStatus({
        serverUrl: account.serverUrl,
        username: account.username,
        passwordStorage: fakeKeychain ? 'keychain' : 'plain-text'
      })
      return { ok: true, calendars: FAKE_CALENDARS }
    },
    selectCalendars: async (selection) => {
      fake.requests.push(`select ${JSON.stringify(selection)}`)
      if (fake.calendarSync.state !== 'connected') return fake.calendarSync
      const calendarUrl = selection.calendarUrl ?? 'https://dav.example/learner/study-planner/'
      fake.calendarSync = { ...fake.calendarSync, selection: { ...selection, calendarUrl }, pending: true }
      return fake.calendarSync
    },
    disconnectCalendar: async () => {
      fake.requests.push('disconnect')
      fake.calendarSync = { state: 'disconnected' }
      return fake.calendarSync
    },
    publishPlan: async (snapshot) => {
      fake.published.push(snapshot)
    },
    syncCalendarNow: async () => {
      fake.requests.push('sync now')
      return fake.calendarSync
    },
    acknowledgeIncoming: async (ack) => {
      fake.acknowledged.push(ack)
      if (fake.calendarSync.state === 'connected' && fake.calendarSync.incoming?.id === ack.id) {
        fake.calendarSync = { ...fake.calendarSync, incoming: null }
      }
    },
    onCalendarSyncStatus: (listener) => {
      calendarSyncListeners.add(listener)
      return () => void calendarSyncListeners.delete(listener)
    }
  }
  return fake
}
