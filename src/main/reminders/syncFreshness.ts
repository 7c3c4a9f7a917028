// When main asks the renderer for a fresh reminder sync, and when it must admit its reminders may be out of date.
import { HOUR_MS, MINUTE_MS } from '../../shared/time'

/**
 * A sync older than this is refreshed: the renderer hands over 14 days of reminders, so asking every 6 hours keeps
 * that horizon far ahead even when the window stays hidden in the tray for weeks (its own timers sleep with it).
 */
export const RESYNC_EVERY_MS = 6 * HOUR_MS
/** While a refresh is due, it is asked for again this often (a page still loading, or one that failed to answer). */
export const RESYNC_RETRY_MS = 15 * MINUTE_MS
/** With no valid sync for this long, the tray and Settings say the reminders may be out of date. */
export const STALE_AFTER_MS = 24 * HOUR_MS

/** What freshness is judged from, all epoch ms on the wall clock. */
export interface SyncTimes {
  /** When the last valid sync arrived; null before the first. */
  readonly syncedAt: number | null
  /** When this run of the reminder service started: a restart is not a failure, the new window syncs at once. */
  readonly startedAt: number
  /** When a refresh was last asked for in this run; null if never. */
  readonly requestedAt: number | null
}

/** The instant from which the reminders main holds count as current. */
function currentSince({ syncedAt, startedAt }: SyncTimes): number {
  return Math.max(syncedAt ?? Number.NEGATIVE_INFINITY, startedAt)
}

/**
 * Whether to ask the renderer for a sync at `now`. A clock set back before the last sync also asks: the reminders
 * were cut for a different "now".
 */
export function resyncDue(times: SyncTimes, now: number): boolean {
  const age = now - currentSince(times)
  if (age < RESYNC_EVERY_MS && age >= 0) return false
  const sinceAsked = times.requestedAt === null ? Number.POSITIVE_INFINITY : now - times.requestedAt
  return sinceAsked >= RESYNC_RETRY_MS || sinceAsked < 0
}

/** Whether main has had no valid sync for more than {@link STALE_AFTER_MS} while running. */
export function isStale(times: SyncTimes, now: number): boolean {
  return now - currentSince(times) > STALE_AFTER_MS
}
