// The main-process reminder service: a short wall-clock tick that announces each synced reminder once, on time.
import { SNOOZE_MINUTES, type PauseChoice, type Reminder, type SnoozeMinutes } from '../../shared/domain/reminder'
import type { PayloadOf, ReminderSyncResult, StudyTimerStatus } from '../../shared/ipc/contract'
import { digestNotice, groupedNotice, type NoticeDisplay, reminderNotice, trayTooltip } from './noticeText'
import {
  systemScheduler,
  type Clock,
  type Logger,
  type Notifier,
  type ReminderNotice,
  type Scheduler,
  type TimerHandle
} from './ports'
import {
  applySync,
  emptyState,
  endPauseIfOver,
  findReminder,
  isPaused,
  nextWakeAt,
  pauseUntil,
  snoozeReminder,
  takeDigest,
  takeDue,
  upcomingSession,
  type ReminderState,
  type UpcomingSession
} from './reminderState'
import { createReminderStore, type LoadStatus } from './reminderStore'
import { isStale, resyncDue } from './syncFreshness'
import { HOUR_MS, hostTimeZone, startOfNextLocalDay } from '../../shared/time'

/**
 * The longest timer the service ever creates. Long timers drift and skip across sleep (and Node caps them at
 * 24.8 days), so the service re-reads the wall clock at least this often instead.
 */
export const MAX_TICK_MS = 30_000

/** The locale notices are written in when neither a sync nor the app named one. */
const DEFAULT_NOTICE_LOCALE = 'en-GB'

export type { PauseChoice } from '../../shared/domain/reminder'

/** What the service needs from the outside world. */
export interface ReminderServiceOptions {
  /** Directory for the persisted state, e.g. `join(app.getPath('userData'), 'reminders')`. */
  readonly dir: string
  readonly clock: Clock
  readonly notifier: Notifier
  readonly logger: Logger
  /** Timers; the global ones by default. */
  readonly scheduler?: Scheduler
  /** Tick period in ms, at most (and by default) {@link MAX_TICK_MS}. */
  readonly tickMs?: number
  /** Zone for "rest of the day" and the tooltip before the first sync; the host's zone by default. */
  readonly fallbackZone?: string
  /** Locale for notification and tray times until a sync names the renderer's (the OS locale in the app). */
  readonly fallbackLocale?: string
  /**
   * Asks the renderer for a fresh sync. Called from the wall-clock tick whenever the last sync is old (see
   * syncFreshness), so the reminders never run out while the window stays hidden.
   */
  readonly requestResync?: () => void
}

/** How current main's reminders are, for Settings. */
export interface SyncStatus {
  /** When the last valid sync arrived, epoch ms; null before the first. */
  readonly syncedAt: number | null
  /** True after a day without a valid sync: reminders may be missing or out of date. */
  readonly stale: boolean
}

/** The reminder service's public API, called by the Electron wiring (IPC, powerMonitor, tray). */
export interface ReminderService {
  /** Loads the persisted state, announces what is due, and starts the tick. Resolves with how loading went. */
  start(): Promise<LoadStatus>
  /** Stops every timer and waits for pending writes. */
  stop(): Promise<void>
  /**
   * Applies a sync from the renderer, already checked against the contract's schema at the IPC gate
   * (registerInvokeHandlers): an invalid payload is refused there and never reaches the service.
   */
  sync(payload: PayloadOf<'syncReminders'>): Promise<ReminderSyncResult>
  /** Checks the wall clock at once: call it on powerMonitor 'resume' and 'unlock-screen'. */
  checkNow(): void
  /** Announces a due or announced session again in `minutes`; false if unknown, not yet due, or a bad length. */
  snooze(sessionId: string, minutes: SnoozeMinutes): boolean
  /** Snoozes the sessions of the latest notification that are still planned and not over; false if none is. */
  snoozeLatest(minutes: SnoozeMinutes): boolean
  /** Whether {@link snoozeLatest} has anything to snooze now, for the tray's Snooze item. */
  canSnoozeLatest(): boolean
  /** Holds back notifications until `untilMs`; reminders due meanwhile come after, unless their session is over. */
  pause(untilMs: number): void
  /** Pauses for an hour or until the next local midnight in the plan's zone; returns the pause end. */
  pauseFor(choice: PauseChoice): number
  /** Ends a pause now. */
  resume(): void
  /** End of the current pause, or null when not paused. */
  pausedUntil(): number | null
  /** The session in progress or coming next, for the tray's "next session" and "Start next session". */
  next(): UpcomingSession | null
  /** The tray tooltip text. */
  tooltip(): string
  /** The zone and locale notices and the tray write times in: the latest sync's, else the fallbacks. */
  display(): NoticeDisplay
  /** The renderer's running study timer (or null), shown in the tray tooltip; kept in memory, the renderer re-sends it. */
  setStudyTimer(timer: StudyTimerStatus | null): void
  /** When the reminders were last synced and whether they may be out of date. */
  syncStatus(): SyncStatus
  /** Calls `listener` after anything the tray shows may have changed. Returns an unsubscribe function. */
  onChange(listener: () => void): () => void
  /** Resolves when every pending write has reached the disk (call before quitting). */
  flush(): Promise<void>
}

/** Creates the reminder service. Nothing happens until {@link ReminderService.start}. */
export function createReminderService(options: ReminderServiceOptions): ReminderService {
  const { clock, notifier, logger } = options
  const scheduler = options.scheduler ?? systemScheduler
  const tickMs = Math.min(Math.max(options.tickMs ?? MAX_TICK_MS, 1000), MAX_TICK_MS)
  const store = createReminderStore({ dir: options.dir, logger, now: () => clock.now() })
  const listeners = new Set<() => void>()
  let state: ReminderState = emptyState()
  let loading: Promise<LoadStatus> | null = null
  let loaded = false
  let interval: TimerHandle | null = null
  let preciseTimer: TimerHandle | null = null
  let latestShown: Reminder[] = []
  let lastTooltip = ''
  let startedAt = clock.now()
  let resyncRequestedAt: number | null = null
  let studyTimer: StudyTimerStatus | null = null

  const zone = (): string => state.sync?.zone ?? options.fallbackZone ?? hostTimeZone()
  const display = (): NoticeDisplay => ({
    zone: zone(),
    locale: state.sync?.locale ?? options.fallbackLocale ?? DEFAULT_NOTICE_LOCALE
  })

  function ensureLoaded(): Promise<LoadStatus> {
    loading ??= store.load().then(({ status, state: persisted }) => {
      if (persisted) state = persisted
      loaded = true
      return status
    })
    return loading
  }

  function persist(afterValidSync: boolean): Promise<boolean> {
    return store.save(state, afterValidSync).catch((error: unknown) => {
      logger.error('reminders: could not save state', error)
      return false
    })
  }

  function emitChange(): void {
    for (const listener of listeners) {
      try {
        listener()
      } catch (error) {
        logger.error('reminders: change listener failed', error)
      }
    }
  }

  function show(notice: ReminderNotice): void {
    try {
      notifier.show(notice)
    } catch (error) {
      logger.error('reminders: notifier failed', notice.kind, notice.sessionIds, error)
    }
  }

  function announceDue(now: number): boolean {
    const due = takeDue(state, now)
    const all = [...due.reminders, ...due.snoozed]
    if (all.length === 0) return false
    latestShown = all
    const only = all.length === 1 ? all[0] : undefined
    show(only ? reminderNotice(only, now, display(), due.snoozed.length === 1) : groupedNotice(all, now, display()))
    return true
  }

  function announceDigest(now: number): boolean {
    const handledBefore = state.digestSentOn
    const sessions = takeDigest(state, now)
    if (sessions) show(digestNotice(sessions, now, display()))
    return state.digestSentOn !== handledBefore
  }

  // An exception escaping a timer callback would reach main's uncaughtException handler; log it here instead,
  // where the log says which step failed, and let the next tick try again.
  function check(): void {
    if (!loaded || interval === null) return
    try {
      const now = clock.now()
      const dropped = endPauseIfOver(state, now)
      if (dropped.length > 0)
        logger.info(
          'reminders: dropped after pause',
          dropped.map((r) => r.sessionId)
        )
      const announced = announceDue(now)
      const digested = announceDigest(now)
      if (dropped.length > 0 || announced || digested) void persist(false)
      requestResyncIfDue(now)
      // Time alone changes what the tray shows ('Next:' becomes 'Now:'), so compare the text, not just events.
      const tooltip = tooltipAt(now)
      if (announced || tooltip !== lastTooltip) {
        lastTooltip = tooltip
        emitChange()
      }
      armPreciseTimer(now)
    } catch (error) {
      logger.error('reminders: check failed', error)
    }
  }

  function syncTimes() {
    return { syncedAt: state.syncedAt, startedAt, requestedAt: resyncRequestedAt }
  }

  function requestResyncIfDue(now: number): void {
    if (!options.requestResync || !resyncDue(syncTimes(), now)) return
    resyncRequestedAt = now
    try {
      options.requestResync()
    } catch (error) {
      logger.error('reminders: asking for a sync failed', error)
    }
  }

  // The tick alone could be up to 30 s late; a one-shot timer aimed at the next due instant makes reminders
  // punctual. It is only set when that instant is within one tick, so it never exceeds MAX_TICK_MS either.
  function armPreciseTimer(now: number): void {
    if (preciseTimer !== null) scheduler.clearTimeout(preciseTimer)
    preciseTimer = null
    const wake = nextWakeAt(state, now)
    if (wake === null || wake - now > tickMs) return
    preciseTimer = scheduler.setTimeout(check, Math.min(Math.max(wake - now, 0), tickMs))
  }

  function changed(): void {
    void persist(false)
    emitChange()
    check()
  }

  function pause(untilMs: number): void {
    if (!loaded || !Number.isFinite(untilMs)) return
    pauseUntil(state, untilMs, clock.now())
    changed()
  }

  function pausedUntilAt(now: number): number | null {
    return isPaused(state, now) && state.pause ? state.pause.until : null
  }

  function tooltipAt(now: number): string {
    const outOfDate = isStale(syncTimes(), now) ? { syncedAt: state.syncedAt } : null
    return trayTooltip(
      upcomingSession(state, now)?.reminder ?? null,
      pausedUntilAt(now),
      now,
      display(),
      outOfDate,
      studyTimer
    )
  }

  // The latest notification may be hours old, or name sessions since done, moved or over: only its sessions still
  // planned as announced (in their current copy) and not yet over can be snoozed.
  function snoozableLatest(now: number): Reminder[] {
    const planned = new Map((state.sync?.reminders ?? []).map((reminder) => [reminder.sessionId, reminder]))
    return latestShown.flatMap((shown) => {
      const current = planned.get(shown.sessionId)
      return current && current.startsAt === shown.startsAt && current.endsAt > now ? [current] : []
    })
  }

  function snoozeAll(reminders: readonly Reminder[], minutes: SnoozeMinutes): boolean {
    if (!loaded || !SNOOZE_MINUTES.includes(minutes)) return false
    const now = clock.now()
    const snoozed = reminders.filter((reminder) => snoozeReminder(state, reminder, minutes, now))
    if (snoozed.length > 0) changed()
    return snoozed.length > 0
  }

  return {
    async start() {
      const status = await ensureLoaded()
      if (interval === null) {
        startedAt = clock.now()
        interval = scheduler.setInterval(check, tickMs)
      }
      check()
      return status
    },
    async stop() {
      if (interval !== null) scheduler.clearInterval(interval)
      if (preciseTimer !== null) scheduler.clearTimeout(preciseTimer)
      interval = null
      preciseTimer = null
      await store.flush()
    },
    async sync(payload) {
      await ensureLoaded()
      applySync(state, payload, clock.now())
      const persisted = persist(true)
      emitChange()
      check()
      return { ok: true, persisted: await persisted }
    },
    checkNow: check,
    snooze(sessionId, minutes) {
      const reminder = findReminder(state, sessionId) ?? latestShown.find((r) => r.sessionId === sessionId)
      return reminder !== undefined && snoozeAll([reminder], minutes)
    },
    snoozeLatest: (minutes) => snoozeAll(snoozableLatest(clock.now()), minutes),
    canSnoozeLatest: () => loaded && snoozableLatest(clock.now()).length > 0,
    pause,
    pauseFor(choice) {
      const now = clock.now()
      const until = choice === 'hour' ? now + HOUR_MS : startOfNextLocalDay(now, zone())
      pause(until)
      return until
    },
    resume() {
      if (!loaded || state.pause === null) return
      state.pause = { from: state.pause.from, until: Math.min(state.pause.until, clock.now()) }
      changed()
    },
    pausedUntil: () => pausedUntilAt(clock.now()),
    next: () => upcomingSession(state, clock.now()),
    tooltip: () => tooltipAt(clock.now()),
    display,
    setStudyTimer(timer) {
      studyTimer = timer
      lastTooltip = tooltipAt(clock.now())
      emitChange()
    },
    syncStatus: () => ({ syncedAt: state.syncedAt, stale: isStale(syncTimes(), clock.now()) }),
    onChange(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    flush: () => store.flush()
  }
}
