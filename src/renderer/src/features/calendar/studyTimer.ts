// The study timer Start sets: which session is under way and since when, kept in the settings table so it outlives
// closing the panel or the app; Done then suggests the minutes it measured.

/** A session the learner started, and when. */
export interface StudyTimer {
  readonly sessionId: string
  readonly startedAtMs: number
}

/** Settings-table key of the running study timer (one at a time: starting another session replaces it). */
export const STUDY_TIMER_KEY = 'study.timer'

/** A stored timer, or null for none; anything else stored there is ignored. */
export function isStudyTimerOrNone(value: unknown): value is StudyTimer | null {
  if (value === null) return true
  if (typeof value !== 'object') return false
  const { sessionId, startedAtMs } = value as Record<string, unknown>
  return typeof sessionId === 'string' && typeof startedAtMs === 'number' && Number.isFinite(startedAtMs)
}

/** Whole minutes studied since `startedAtMs`, at least 1 (a session just started still counts) and at most a day. */
export function elapsedStudyMinutes(startedAtMs: number, now: number): number {
  return Math.min(1440, Math.max(1, Math.round((now - startedAtMs) / 60_000)))
}
