// The one definition of every IPC channel between renderer and main: its name, payload schema and result type.
import { z } from 'zod'
import { MAX_BACKUP_TEXT_LENGTH } from '../backup/limits'
import { reminderSyncSchema } from '../domain/reminder'
import { SCREEN_IDS } from '../screens'
import {
  calendarAccountSchema,
  calendarSelectionSchema,
  incomingAckSchema,
  publishSnapshotSchema,
  type CalendarSyncStatus,
  type ConnectResult
} from './calendarSync'
import { invokeChannels, pushChannels } from './channels'

/**
 * A renderer -> main request. `payload` validates what the renderer sends; `Result` is what main answers.
 * `Result` exists only at the type level (a phantom), so the contract stays plain data at runtime.
 */
export interface InvokeChannel<Payload extends z.ZodType, Result> {
  readonly channel: string
  readonly payload: Payload
  /** Type-level only; wrapped so a Result that includes null or undefined survives NonNullable below. */
  readonly result?: { readonly value: Result }
}

/** A main -> renderer push. `payload` is validated in main before it is sent (see sendPush); only main can send one. */
export interface PushChannel<Payload extends z.ZodType> {
  readonly channel: string
  readonly payload: Payload
}

function invoke<Result>() {
  return <Payload extends z.ZodType>(channel: string, payload: Payload): InvokeChannel<Payload, Result> => ({
    channel,
    payload
  })
}

function push<Payload extends z.ZodType>(channel: string, payload: Payload): PushChannel<Payload> {
  return { channel, payload }
}

/** Ids are short opaque strings made by the app; the bound keeps hostile payloads small. */
export const entityIdSchema = z.string().min(1).max(200)

/**
 * Whether reminders can reach the learner as notifications: 'available'; 'denied' (the browser's permission was
 * refused); 'not-asked' (the browser has not asked for permission yet); 'unsupported' (nothing here can show them:
 * Electron's Notification.isSupported() is false, as on Linux without a notification service, or the browser has no
 * Notification API). The desktop app reports only 'available' or 'unsupported'.
 */
export type NotificationStatus = 'available' | 'denied' | 'not-asked' | 'unsupported'

/** What the renderer may learn about the app it runs in. */
export interface AppInfo {
  /** App version from package.json. */
  readonly version: string
  /** 'darwin' | 'win32' | 'linux' for the desktop app; 'browser' for the web build. */
  readonly platform: string
  /** Whether reminders can appear as notifications here, and if not, why. */
  readonly notifications: NotificationStatus
}

/** Main's answer to a reminder sync: stored (and whether it reached the disk) or refused with the first problem. */
export type ReminderSyncResult =
  | { readonly ok: true; readonly persisted: boolean }
  | { readonly ok: false; readonly error: string }

/** Desktop-only preferences main keeps itself, because it needs them before any window loads. */
export interface DesktopPreferences {
  /** Closing the window hides it to the tray so reminders keep arriving (on by default). */
  readonly closeToTray: boolean
  /** Start the app, hidden in the tray, when the user logs in. */
  readonly launchAtLogin: boolean
}

/** What the settings screen shows about desktop integration. */
export interface DesktopStatus extends DesktopPreferences {
  /** False where the desktop has no tray: closing the window then minimizes it instead. */
  readonly trayAvailable: boolean
  /** End of a reminder pause, epoch ms, or null when reminders are not paused. */
  readonly remindersPausedUntil: number | null
  /** When main last received the reminders, epoch ms; null if never. */
  readonly remindersSyncedAt: number | null
  /** True when main has had no valid reminder sync for over a day: reminders may be missing or out of date. */
  readonly remindersMayBeStale: boolean
}

/**
 * Why a backup was written: the daily snapshot, before a schema upgrade, before a restore replaced everything, before a
 * plan was deleted, or asked for with Back up now. Each kind is pruned to its newest few, never below one (main's
 * KEEP_PER_KIND in src/main/backups/backupRetention.ts states how many).
 */
export const backupReasonSchema = z.enum(['daily', 'pre-upgrade', 'pre-restore', 'pre-delete', 'manual'])
export type BackupReason = z.output<typeof backupReasonSchema>

/** A backup file main keeps in <userData>/backups. */
export interface BackupSummary {
  readonly name: string
  readonly reason: BackupReason
  /** When it was written, epoch ms. */
  readonly createdAt: number
  readonly sizeBytes: number
}

/** Largest backup text accepted over IPC: the same bound restore applies (see src/shared/backup/limits.ts). */
export { MAX_BACKUP_TEXT_LENGTH }

/** Longest topic title the study timer hands to main (the tray tooltip cuts it far shorter). */
export const MAX_TIMER_TOPIC_LENGTH = 500

/** The running study timer, for the tray tooltip: its topic, when it started and, while paused, since when (epoch ms). */
export const studyTimerStatusSchema = z
  .strictObject({
    topicTitle: z.string().min(1).max(MAX_TIMER_TOPIC_LENGTH),
    startedAtMs: z.number().int().min(0).max(8.64e15),
    pausedAtMs: z.number().int().min(0).max(8.64e15).nullable()
  })
  .refine(
    (timer) => timer.pausedAtMs === null || timer.pausedAtMs >= timer.startedAtMs,
    'pausedAtMs is before startedAtMs'
  )
export type StudyTimerStatus = z.output<typeof studyTimerStatusSchema>

/**
 * The saveBackup errors the renderer puts in plain words: the text is over {@link MAX_BACKUP_TEXT_LENGTH} (checked
 * before it is sent, and again by main), or it could not be written (a full or read-only disk, or the request failed).
 * Other errors are main's refusals of a malformed backup.
 */
export const SAVE_BACKUP_ERRORS = { tooLarge: 'backup too large', notWritten: 'save failed' } as const

export type SaveBackupResult =
  | { readonly ok: true; readonly backup: BackupSummary }
  | { readonly ok: false; readonly error: string }
export type ReadBackupResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: string }

/** Every request the renderer can make of main. Keys become the method names of {@link PlannerApi}. */
export const invokeContract = {
  getAppInfo: invoke<AppInfo>()(invokeChannels.getAppInfo, z.undefined()),
  /** Opens an https link in the system browser; resolves false when the URL was refused. */
  openExternal: invoke<boolean>()(invokeChannels.openExternal, z.strictObject({ url: z.string().min(1).max(2048) })),
  /** Replaces what main announces with the renderer's upcoming reminders (sent whenever the plan changes). */
  syncReminders: invoke<ReminderSyncResult>()(invokeChannels.syncReminders, reminderSyncSchema),
  /** Pauses reminders for an hour or the rest of the day, or resumes them; answers the pause end or null. */
  pauseReminders: invoke<number | null>()(
    invokeChannels.pauseReminders,
    z.strictObject({ choice: z.enum(['hour', 'restOfDay', 'resume']) })
  ),
  getDesktopPreferences: invoke<DesktopStatus>()(invokeChannels.getDesktopPreferences, z.undefined()),
  /** Changes some desktop preferences; answers the status after the change. */
  setDesktopPreferences: invoke<DesktopStatus>()(
    invokeChannels.setDesktopPreferences,
    z.strictObject({ closeToTray: z.boolean().optional(), launchAtLogin: z.boolean().optional() })
  ),
  /** Writes a backup snapshot (the backup file's JSON text) to disk. */
  saveBackup: invoke<SaveBackupResult>()(
    invokeChannels.saveBackup,
    z.strictObject({ reason: backupReasonSchema, text: z.string().min(2).max(MAX_BACKUP_TEXT_LENGTH) })
  ),
  /** Valid backups on disk, newest first. */
  listBackups: invoke<BackupSummary[]>()(invokeChannels.listBackups, z.undefined()),
  /** The text of one backup, by a name from listBackups. */
  readBackup: invoke<ReadBackupResult>()(
    invokeChannels.readBackup,
    z.strictObject({ name: z.string().min(1).max(200) })
  ),
  /** The running study timer for the tray tooltip, or null once it stopped; sent whenever it changes and at start-up. */
  setStudyTimer: invoke<void>()(
    invokeChannels.setStudyTimer,
    z.strictObject({ timer: studyTimerStatusSchema.nullable() })
  ),
  /** The CalDAV calendar sync's status (issue 21). */
  getCalendarSync: invoke<CalendarSyncStatus>()(invokeChannels.getCalendarSync, z.undefined()),
  /** Signs in and lists the account's calendars; the credentials are kept only when that works. */
  connectCalendar: invoke<ConnectResult>()(invokeChannels.connectCalendar, calendarAccountSchema),
  /** Picks (or creates) the plan's calendar and the busy calendars; answers the status, with any error. */
  selectCalendars: invoke<CalendarSyncStatus>()(invokeChannels.selectCalendars, calendarSelectionSchema),
  /** Forgets the account and its credentials; the events already published stay in the calendar. */
  disconnectCalendar: invoke<CalendarSyncStatus>()(invokeChannels.disconnectCalendar, z.undefined()),
  /** What the calendar should hold now (sent whenever it changes); main publishes it in the background. */
  publishPlan: invoke<void>()(invokeChannels.publishPlan, publishSnapshotSchema),
  /** Syncs at once (Sync now, or after a failure); answers when that sync ended. */
  syncCalendarNow: invoke<CalendarSyncStatus>()(invokeChannels.syncCalendarNow, z.undefined()),
  /** The renderer applied the incoming changes with this id (except those it names as refused). */
  acknowledgeIncoming: invoke<void>()(invokeChannels.acknowledgeIncoming, incomingAckSchema)
} as const

/** Every push main can send to the renderer. Keys become `on<Key>` subscription methods of {@link PlannerApi}. */
export const pushContract = {
  /** A notification or tray item asked the app to show this session. */
  openSession: push(pushChannels.openSession, z.strictObject({ sessionId: entityIdSchema })),
  /** The application menu asked for a screen. */
  showScreen: push(pushChannels.showScreen, z.strictObject({ screen: z.enum(SCREEN_IDS) })),
  /** A reminder the OS could not show as a notification: the app shows it as a banner instead. */
  reminderBanner: push(
    pushChannels.reminderBanner,
    z.strictObject({ title: z.string().max(500), body: z.string().max(2000), sessionId: entityIdSchema.nullable() })
  ),
  /** Main's reminders are getting old (the window may have been hidden for hours): send a fresh sync. */
  requestReminderSync: push(pushChannels.requestReminderSync, z.strictObject({})),
  /** The calendar sync's status changed (a sync started or ended, changes came in). Checked in main by its builder. */
  calendarSyncStatus: push(
    pushChannels.calendarSyncStatus,
    z.custom<CalendarSyncStatus>((value) => isStatusShape(value))
  )
} as const

/** A light shape check of a status main built itself (its fields are typed where it is made). */
function isStatusShape(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'state') === 'string'
}

export type InvokeContract = typeof invokeContract
export type PushContract = typeof pushContract
export type InvokeName = keyof InvokeContract

/** The validated payload type of a request channel. */
export type PayloadOf<Name extends InvokeName> = z.output<InvokeContract[Name]['payload']>
/** The result type of a request channel. */
export type ResultOf<Name extends InvokeName> = NonNullable<InvokeContract[Name]['result']>['value']

type InvokeMethods = {
  [Name in InvokeName]: undefined extends PayloadOf<Name>
    ? () => Promise<ResultOf<Name>>
    : (payload: PayloadOf<Name>) => Promise<ResultOf<Name>>
}

type PushMethods = {
  [Name in keyof PushContract as `on${Capitalize<Name & string>}`]: (
    listener: (payload: z.output<PushContract[Name]['payload']>) => void
  ) => () => void
}

/** The API the preload exposes as `window.planner`: one named method per channel, nothing generic. */
export type PlannerApi = InvokeMethods & PushMethods
