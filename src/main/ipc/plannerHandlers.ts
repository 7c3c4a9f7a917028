// The main process's answers to every IPC request, built from the services they use (wired in index.ts).
import type { AppInfo, BackupSummary, DesktopStatus } from '../../shared/ipc/contract'
import type { BackupInfo, BackupStore } from '../backups/backupStore'
import type { CalendarSyncService } from '../caldav/syncService'
import type { DesktopPreferencesStore } from '../preferences/desktopPreferences'
import type { ReminderService } from '../reminders/reminderService'
import type { InvokeHandlers } from './registerInvokeHandlers'

export interface PlannerHandlerDeps {
  readonly appInfo: () => AppInfo
  readonly openExternal: (url: string) => Promise<boolean>
  readonly reminders: Pick<
    ReminderService,
    'sync' | 'pauseFor' | 'resume' | 'pausedUntil' | 'syncStatus' | 'setStudyTimer'
  >
  readonly preferences: DesktopPreferencesStore
  /** Applies launch at login to the OS; called before the preference is saved so a failure saves nothing. */
  readonly applyLaunchAtLogin: (enabled: boolean) => Promise<void>
  readonly trayAvailable: () => boolean
  readonly backups: BackupStore
  readonly calendarSync: CalendarSyncService
}

function toSummary({ name, reason, createdAt, sizeBytes }: BackupInfo): BackupSummary {
  return { name, reason, createdAt, sizeBytes }
}

export function createPlannerHandlers(deps: PlannerHandlerDeps): InvokeHandlers {
  const status = (): DesktopStatus => {
    const sync = deps.reminders.syncStatus()
    return {
      ...deps.preferences.get(),
      trayAvailable: deps.trayAvailable(),
      remindersPausedUntil: deps.reminders.pausedUntil(),
      remindersSyncedAt: sync.syncedAt,
      remindersMayBeStale: sync.stale
    }
  }
  return {
    getAppInfo: () => deps.appInfo(),
    openExternal: ({ url }) => deps.openExternal(url),
    syncReminders: (sync) => deps.reminders.sync(sync),
    pauseReminders: ({ choice }) => {
      if (choice === 'resume') deps.reminders.resume()
      else deps.reminders.pauseFor(choice)
      return deps.reminders.pausedUntil()
    },
    getDesktopPreferences: () => status(),
    setDesktopPreferences: async (change) => {
      const before = deps.preferences.get().launchAtLogin
      const wanted = change.launchAtLogin ?? before
      const loginChanges = wanted !== before
      if (loginChanges) await deps.applyLaunchAtLogin(wanted)
      try {
        await deps.preferences.update(change)
      } catch (error) {
        // The OS must not keep a login item the app did not remember (and shows as off): put it back, then fail.
        if (loginChanges) await deps.applyLaunchAtLogin(before).catch(() => undefined)
        throw error
      }
      return status()
    },
    saveBackup: async ({ reason, text }) => {
      const saved = await deps.backups.save(text, reason)
      return saved.ok ? { ok: true, backup: toSummary(saved.backup) } : saved
    },
    listBackups: async () => (await deps.backups.list()).map(toSummary),
    readBackup: async ({ name }) => {
      const read = await deps.backups.read(name)
      // The file's own text, byte for byte: the renderer validates and restores exactly what is on disk (a
      // re-serialised envelope could differ from it, and would cost a second full stringify on the main process).
      return read.ok ? { ok: true, text: read.text } : { ok: false, error: read.error }
    },
    setStudyTimer: ({ timer }) => {
      deps.reminders.setStudyTimer(timer)
    },
    getCalendarSync: () => deps.calendarSync.status(),
    connectCalendar: (account) => deps.calendarSync.connect(account),
    selectCalendars: (selection) => deps.calendarSync.select(selection),
    disconnectCalendar: () => deps.calendarSync.disconnect(),
    publishPlan: (snapshot) => deps.calendarSync.publish(snapshot),
    syncCalendarNow: () => deps.calendarSync.syncNow(),
    acknowledgeIncoming: (ack) => deps.calendarSync.acknowledge(ack)
  }
}
