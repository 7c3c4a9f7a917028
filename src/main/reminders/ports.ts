// The small interfaces main-process modules take instead of Electron, electron-log and the global clock.

/** Reads wall-clock time. Production passes `{ now: () => Date.now() }`. */
export interface Clock {
  /** Current instant, epoch ms. */
  now(): number
}

/** An opaque timer handle from a {@link Scheduler}. */
export type TimerHandle = unknown

/** Starts and stops timers. Production passes {@link systemScheduler}; tests may wrap it to spy on delays. */
export interface Scheduler {
  setTimeout(callback: () => void, delayMs: number): TimerHandle
  clearTimeout(handle: TimerHandle): void
  setInterval(callback: () => void, delayMs: number): TimerHandle
  clearInterval(handle: TimerHandle): void
}

/** Where errors and notable events go. electron-log's default logger fits as is. */
export interface Logger {
  info(...params: unknown[]): void
  warn(...params: unknown[]): void
  error(...params: unknown[]): void
}

/** The global timers, looked up at call time so fake timers installed later are honoured. */
export const systemScheduler: Scheduler = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  setInterval: (callback, delayMs) => globalThis.setInterval(callback, delayMs),
  clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof globalThis.setInterval>)
}

/** The system clock. */
export const systemClock: Clock = { now: () => Date.now() }

/** What a notification is about. */
export type NoticeKind = 'reminder' | 'snoozed' | 'missed' | 'digest'

/** One notification the reminder service wants shown. */
export interface ReminderNotice {
  readonly kind: NoticeKind
  readonly title: string
  readonly body: string
  /** The session to open when the notification is clicked; null when there is nothing to open. */
  readonly sessionId: string | null
  /** Every session this notification announces (several for a grouped 'missed' notice, none for some digests). */
  readonly sessionIds: readonly string[]
}

/**
 * Shows notifications. The Electron implementation builds a `Notification`, keeps a reference until it closes (so
 * the click handler survives garbage collection) and on click focuses the window and pushes `notice.sessionId` to
 * the renderer. Where notifications are unsupported it shows the notice in the tray tooltip and an in-app banner.
 * It may throw; the service logs the error and carries on.
 */
export interface Notifier {
  show(notice: ReminderNotice): void
}
