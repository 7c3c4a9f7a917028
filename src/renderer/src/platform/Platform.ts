// The renderer's one door to the operating system: an Electron implementation and a browser one behind the same interface.
import type { ReminderSync } from '../../../shared/domain/reminder'
import type {
  AppInfo,
  BackupReason,
  BackupSummary,
  DesktopPreferences,
  DesktopStatus,
  ReadBackupResult,
  ReminderSyncResult,
  SaveBackupResult,
  StudyTimerStatus
} from '../../../shared/ipc/contract'
import type {
  CalendarAccountInput,
  CalendarSelection,
  CalendarSyncStatus,
  ConnectResult,
  IncomingAck,
  PublishSnapshot
} from '../../../shared/ipc/calendarSync'
import type { ScreenId } from '../../../shared/screens'

/** A reminder the OS could not show as a notification, to show inside the app instead. */
export interface ReminderBanner {
  readonly title: string
  readonly body: string
  readonly sessionId: string | null
}

export interface Platform {
  /** 'electron' inside the desktop app, 'browser' in the web build used by E2E tests and `npm run start:web`. */
  readonly kind: 'electron' | 'browser'
  getAppInfo(): Promise<AppInfo>
  /** Opens an https link outside the app; resolves false when the link was refused. */
  openExternal(url: string): Promise<boolean>

  /** Hands over the upcoming reminders (replacing earlier ones); call whenever the plan or reminder settings change. */
  syncReminders(sync: ReminderSync): Promise<ReminderSyncResult>
  /** Pauses reminders for an hour or the rest of the day, or resumes them; resolves the pause end or null. */
  pauseReminders(choice: 'hour' | 'restOfDay' | 'resume'): Promise<number | null>
  /** Called when a notification or the tray asks to show a session. Returns an unsubscribe function. */
  onOpenSession(listener: (sessionId: string) => void): () => void
  /** Called when a reminder could not be shown as a notification. Returns an unsubscribe function. */
  onReminderBanner(listener: (banner: ReminderBanner) => void): () => void
  /** Called when the application menu asks for a screen. Returns an unsubscribe function. */
  onShowScreen(listener: (screen: ScreenId) => void): () => void
  /** Called when main's reminders are getting old and it wants a fresh sync. Returns an unsubscribe function. */
  onReminderSyncRequest(listener: () => void): () => void

  /** Desktop integration settings; null where there is no desktop app (the browser). */
  getDesktopStatus(): Promise<DesktopStatus | null>
  setDesktopPreferences(change: Partial<DesktopPreferences>): Promise<DesktopStatus | null>

  /** Keeps a backup snapshot: written to disk by main, or offered as a download in the browser. */
  saveBackup(reason: BackupReason, text: string): Promise<SaveBackupResult>
  /** Backups kept on disk, newest first (none in the browser). */
  listBackups(): Promise<BackupSummary[]>
  readBackup(name: string): Promise<ReadBackupResult>

  /** Tells the desktop app the running study timer (or null) for its tray tooltip; the browser has no tray. */
  setStudyTimer(timer: StudyTimerStatus | null): Promise<void>

  /** The CalDAV calendar sync (desktop only: the browser answers 'unavailable' and does nothing). */
  getCalendarSync(): Promise<CalendarSyncStatus>
  /** Signs in and lists the account's calendars; main keeps the credentials only when that works. */
  connectCalendar(account: CalendarAccountInput): Promise<ConnectResult>
  selectCalendars(selection: CalendarSelection): Promise<CalendarSyncStatus>
  disconnectCalendar(): Promise<CalendarSyncStatus>
  /** What the calendar should hold now; published in the background, retried while the server cannot be reached. */
  publishPlan(snapshot: PublishSnapshot): Promise<void>
  syncCalendarNow(): Promise<CalendarSyncStatus>
  /** Says the incoming changes with `ack.id` were applied (but for those refused). */
  acknowledgeIncoming(ack: IncomingAck): Promise<void>
  /** Called whenever the sync's status changes. Returns an unsubscribe function. */
  onCalendarSyncStatus(listener: (status: CalendarSyncStatus) => void): () => void
}
