// The reminder service's memory and its pure rules: what is due, what already fired, snoozes, pause and digest.
import type { Reminder, ReminderSync } from '../../shared/domain/reminder'
import { addLocalDays, DAY_MS, instantOfLocal, localDateOf, MINUTE_MS, WEEK_MS } from '../../shared/time'

/** A reminder to announce again later, with a copy of the reminder so it outlives the next sync. */
export interface Snooze {
  readonly reminder: Reminder
  readonly fireAt: number
}

/** A pause of all notifications: reminders due inside it wait for its end, and are dropped if their session is over. */
export interface Pause {
  readonly from: number
  readonly until: number
}

/** Everything the service remembers, persisted after each change. */
export interface ReminderState {
  /** The last valid sync from the renderer, or null before the first one. */
  sync: ReminderSync | null
  /** The ledger: every reminder already announced (or dropped), by {@link ledgerKey}, with its fireAt. */
  fired: Map<string, number>
  /** Snoozed reminders by session id. */
  snoozes: Map<string, Snooze>
  pause: Pause | null
  /** Local date ('YYYY-MM-DD') of the last daily digest handled. */
  digestSentOn: string | null
  /** When the last valid sync arrived, epoch ms (null before the first): how current the reminders are. */
  syncedAt: number | null
}

/** Ledger entries kept after their reminder leaves the sync: longer than any lead time, so none comes back. */
const LEDGER_KEEP_MS = 8 * DAY_MS
/** Longest pause accepted: a week. Longer means "turn reminders off", which is the renderer's sync to make. */
export const MAX_PAUSE_MS = WEEK_MS
/** Upper bound on the ledger, far above what a sync of 1000 reminders plus eight days of history needs. */
export const MAX_LEDGER_ENTRIES = 5000

/** A fresh state: nothing synced, nothing fired. */
export function emptyState(): ReminderState {
  return { sync: null, fired: new Map(), snoozes: new Map(), pause: null, digestSentOn: null, syncedAt: null }
}

/**
 * A reminder's identity in the ledger. A moved session gets a new fireAt and so is announced again; the same
 * reminder synced twice is not.
 */
export function ledgerKey(reminder: Pick<Reminder, 'sessionId' | 'fireAt'>): string {
  return `${reminder.fireAt}|${reminder.sessionId}`
}

/**
 * Replaces the synced plan and forgets ledger entries that can no longer matter.
 *
 * A session that keeps its start but gets a new fireAt (the learner changed how long before to be reminded) was
 * already announced if its old reminder was: the ledger carries that over, so it is not announced twice. A snooze
 * lasts only while its session is still planned at the same time and reminders are on: a session done, skipped,
 * deleted or moved is not announced again from an old copy (a moved one gets its own reminder at its new time).
 */
export function applySync(state: ReminderState, sync: ReminderSync, now: number): void {
  const previous = new Map((state.sync?.reminders ?? []).map((reminder) => [reminder.sessionId, reminder]))
  for (const reminder of sync.reminders) {
    const before = previous.get(reminder.sessionId)
    if (before && before.startsAt === reminder.startsAt && state.fired.has(ledgerKey(before)))
      state.fired.set(ledgerKey(reminder), reminder.fireAt)
  }
  const synced = new Map(sync.reminders.map((reminder) => [reminder.sessionId, reminder]))
  for (const [sessionId, snooze] of state.snoozes) {
    const current = synced.get(sessionId)
    if (sync.announce && current && current.startsAt === snooze.reminder.startsAt)
      state.snoozes.set(sessionId, { ...snooze, reminder: current })
    else state.snoozes.delete(sessionId)
  }
  state.sync = sync
  state.syncedAt = now
  trimLedger(state, now)
}

/** Keeps the ledger entries of the synced reminders and of the last eight days, at most {@link MAX_LEDGER_ENTRIES}. */
function trimLedger(state: ReminderState, now: number): void {
  const current = new Set((state.sync?.reminders ?? []).map(ledgerKey))
  const kept = [...state.fired].filter(([key, fireAt]) => current.has(key) || fireAt >= now - LEDGER_KEEP_MS)
  kept.sort((a, b) => b[1] - a[1])
  state.fired = new Map(kept.slice(0, MAX_LEDGER_ENTRIES))
}

/** Whether notifications are held back at `now`. */
export function isPaused(state: ReminderState, now: number): boolean {
  return state.pause !== null && now < state.pause.until
}

/**
 * Ends a pause that is over: reminders that came due during it and whose session is already over are dropped
 * (recorded in the ledger, never shown); the rest stay due and are announced now. Returns what was dropped.
 */
export function endPauseIfOver(state: ReminderState, now: number): Reminder[] {
  const pause = state.pause
  if (pause === null || now < pause.until) return []
  state.pause = null
  const heldBack = (fireAt: number, reminder: Reminder): boolean =>
    fireAt >= pause.from && fireAt < pause.until && reminder.endsAt <= now
  const dropped: Reminder[] = []
  for (const reminder of unfiredReminders(state)) {
    if (reminder.fireAt <= now && heldBack(reminder.fireAt, reminder)) {
      state.fired.set(ledgerKey(reminder), reminder.fireAt)
      dropped.push(reminder)
    }
  }
  for (const [sessionId, snooze] of state.snoozes) {
    if (heldBack(snooze.fireAt, snooze.reminder)) {
      state.snoozes.delete(sessionId)
      dropped.push(snooze.reminder)
    }
  }
  return dropped
}

/** Synced reminders still to announce: none when the learner chose no reminder before sessions. */
function unfiredReminders(state: ReminderState): Reminder[] {
  if (!state.sync?.announce) return []
  return state.sync.reminders.filter((reminder) => !state.fired.has(ledgerKey(reminder)))
}

/** What is due at `now` and not yet announced: synced reminders and snoozes, each at most once. */
export interface DueItems {
  readonly reminders: readonly Reminder[]
  readonly snoozed: readonly Reminder[]
}

/** Takes every due item out of the pending set, recording it in the ledger. Never returns anything early. */
export function takeDue(state: ReminderState, now: number): DueItems {
  if (isPaused(state, now)) return { reminders: [], snoozed: [] }
  const reminders = unfiredReminders(state).filter((reminder) => reminder.fireAt <= now)
  for (const reminder of reminders) state.fired.set(ledgerKey(reminder), reminder.fireAt)
  const snoozed: Reminder[] = []
  for (const [sessionId, snooze] of state.snoozes) {
    if (snooze.fireAt <= now) {
      state.snoozes.delete(sessionId)
      snoozed.push(snooze.reminder)
    }
  }
  return { reminders, snoozed }
}

/** The synced or snoozed reminder of a session, if main knows it. */
export function findReminder(state: ReminderState, sessionId: string): Reminder | undefined {
  return (
    state.sync?.reminders.find((candidate) => candidate.sessionId === sessionId) ??
    state.snoozes.get(sessionId)?.reminder
  )
}

/**
 * Snoozes a reminder until `now + minutes`. Only a reminder already due can be snoozed, so a snooze can never
 * announce a session earlier than planned. Returns false when the reminder is not yet due.
 */
export function snoozeReminder(state: ReminderState, reminder: Reminder, minutes: number, now: number): boolean {
  if (reminder.fireAt > now) return false
  state.fired.set(ledgerKey(reminder), reminder.fireAt)
  state.snoozes.set(reminder.sessionId, { reminder, fireAt: now + minutes * MINUTE_MS })
  return true
}

/** Starts or extends a pause until `until` (at most {@link MAX_PAUSE_MS} ahead); a running pause keeps its start. */
export function pauseUntil(state: ReminderState, until: number, now: number): void {
  const from = state.pause !== null && now < state.pause.until ? state.pause.from : now
  state.pause = { from, until: Math.min(Math.max(until, now), now + MAX_PAUSE_MS) }
}

function digestInstant(sync: ReminderSync, date: string): number {
  return instantOfLocal(date, sync.digest.time, sync.zone)
}

/**
 * Today's sessions if the daily digest is due at `now` (enabled, its local time reached, not yet handled today,
 * not paused), else null. Marks today as handled; a day without sessions is handled silently.
 */
export function takeDigest(state: ReminderState, now: number): Reminder[] | null {
  const sync = state.sync
  if (!sync?.digest.enabled || isPaused(state, now)) return null
  const today = localDateOf(now, sync.zone)
  if (state.digestSentOn === today || now < digestInstant(sync, today)) return null
  state.digestSentOn = today
  const sessions = sync.reminders.filter((reminder) => localDateOf(reminder.startsAt, sync.zone) === today)
  return sessions.length > 0 ? sessions : null
}

/** The next instant after `now` at which something may need announcing, or null if nothing is planned. */
export function nextWakeAt(state: ReminderState, now: number): number | null {
  const sync = state.sync
  const times: number[] = []
  for (const reminder of unfiredReminders(state)) if (reminder.fireAt > now) times.push(reminder.fireAt)
  for (const snoozed of state.snoozes.values()) if (snoozed.fireAt > now) times.push(snoozed.fireAt)
  if (state.pause !== null && state.pause.until > now) times.push(state.pause.until)
  if (sync?.digest.enabled) {
    const today = localDateOf(now, sync.zone)
    const todayAt = digestInstant(sync, today)
    times.push(todayAt > now && state.digestSentOn !== today ? todayAt : digestInstant(sync, addLocalDays(today, 1)))
  }
  return times.length > 0 ? Math.min(...times) : null
}

/** The session in progress or coming next, for the tray, with when it will be announced (null if already done). */
export interface UpcomingSession {
  readonly reminder: Reminder
  readonly announceAt: number | null
}

/** The earliest session that is not over at `now`. */
export function upcomingSession(state: ReminderState, now: number): UpcomingSession | null {
  const candidates = (state.sync?.reminders ?? []).filter((reminder) => reminder.endsAt > now)
  const reminder = candidates.sort((a, b) => a.startsAt - b.startsAt)[0]
  if (!reminder) return null
  const snoozed = state.snoozes.get(reminder.sessionId)
  const announceAt = snoozed?.fireAt ?? (state.fired.has(ledgerKey(reminder)) ? null : reminder.fireAt)
  return { reminder, announceAt }
}
