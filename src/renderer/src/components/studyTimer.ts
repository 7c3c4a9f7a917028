// The study timer Start sets: which session is under way, since when, and how long it was paused, kept in the settings
// table so it outlives closing the panel or the app. The shell shows it on every screen; Done suggests its minutes.
import type { Translate } from '../../../shared/i18n/translator'
import { MINUTE_MS } from '../../../shared/time'

/** A session the learner started, when, and its pauses. */
export interface StudyTimer {
  readonly sessionId: string
  readonly startedAtMs: number
  /** Since when it is paused, or null while it runs. */
  readonly pausedAtMs: number | null
  /** Time spent in pauses that have ended, ms. */
  readonly pausedMs: number
  /** The session's topic, for the shell's timer (which shows on screens that do not read the plan). */
  readonly topicTitle: string
  /** When the session was planned to start, or null if unknown (timers stored before this was kept). */
  readonly plannedStartMs: number | null
}

/** What is stored: timers written before pausing existed have only `sessionId` and `startedAtMs`. */
export type StoredStudyTimer = Pick<StudyTimer, 'sessionId' | 'startedAtMs'> &
  Partial<Omit<StudyTimer, 'sessionId' | 'startedAtMs'>>

/** Settings-table key of the running study timer (one at a time: starting another session replaces it). */
export const STUDY_TIMER_KEY = 'study.timer'

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const isOptional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value)

/** A stored timer, old or new, or null for none; anything else stored there is ignored. */
export function isStoredStudyTimerOrNone(value: unknown): value is StoredStudyTimer | null {
  if (value === null) return true
  if (typeof value !== 'object') return false
  const { sessionId, startedAtMs, pausedAtMs, pausedMs, topicTitle, plannedStartMs } = value as Record<string, unknown>
  return (
    typeof sessionId === 'string' &&
    isTime(startedAtMs) &&
    isOptional(pausedAtMs, (v) => v === null || isTime(v)) &&
    isOptional(pausedMs, (v) => isTime(v) && v >= 0) &&
    isOptional(topicTitle, (v) => typeof v === 'string') &&
    isOptional(plannedStartMs, (v) => v === null || isTime(v))
  )
}

/** A stored timer as the app uses it: an old one reads as running, never paused. */
export function readStudyTimer(stored: StoredStudyTimer): StudyTimer {
  return {
    sessionId: stored.sessionId,
    startedAtMs: stored.startedAtMs,
    pausedAtMs: stored.pausedAtMs ?? null,
    pausedMs: stored.pausedMs ?? 0,
    topicTitle: stored.topicTitle ?? '',
    plannedStartMs: stored.plannedStartMs ?? null
  }
}

/** A timer started now for a session. */
export function startStudyTimer(
  session: { readonly id: string; readonly startMs: number },
  topicTitle: string,
  now: number
): StudyTimer {
  return {
    sessionId: session.id,
    startedAtMs: now,
    pausedAtMs: null,
    pausedMs: 0,
    topicTitle,
    plannedStartMs: session.startMs
  }
}

/** Time studied so far, ms: from the start to now (or to the pause), less the pauses; never negative. */
export function studyElapsedMs(timer: StudyTimer, now: number): number {
  const end = timer.pausedAtMs === null ? now : Math.min(now, timer.pausedAtMs)
  return Math.max(0, end - timer.startedAtMs - timer.pausedMs)
}

/** The timer paused at `now` (unchanged if already paused). */
export function pauseStudyTimer(timer: StudyTimer, now: number): StudyTimer {
  if (timer.pausedAtMs !== null) return timer
  return { ...timer, pausedAtMs: Math.max(now, timer.startedAtMs) }
}

/** The timer running again from `now`, the pause added to the paused time (unchanged if not paused). */
export function resumeStudyTimer(timer: StudyTimer, now: number): StudyTimer {
  if (timer.pausedAtMs === null) return timer
  return { ...timer, pausedAtMs: null, pausedMs: timer.pausedMs + Math.max(0, now - timer.pausedAtMs) }
}

/** Whole minutes studied, at least 1 (a session just started still counts) and at most a day. */
export function elapsedStudyMinutes(timer: StudyTimer, now: number): number {
  return Math.min(1440, Math.max(1, Math.round(studyElapsedMs(timer, now) / MINUTE_MS)))
}

/** The clock the shell shows: '07:05' (mm:ss) under an hour, '1:07' (h:mm) from then on. */
export function formatStudyClock(elapsedMs: number): string {
  const totalSeconds = Math.floor(Math.max(0, elapsedMs) / 1000)
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  return hours === 0
    ? `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`
    : `${hours}:${String(minutes).padStart(2, '0')}`
}

/** Whole hours and the minutes past them of `elapsedMs`, for the words a screen reader hears. */
export function studyClockParts(elapsedMs: number): { readonly hours: number; readonly minutes: number } {
  const totalMinutes = Math.floor(Math.max(0, elapsedMs) / MINUTE_MS)
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 }
}

/** The same time in words, for screen readers: '7 minutes', '1 hour 7 minutes'. */
export function studyClockWords(t: Translate, elapsedMs: number): string {
  return t('common.studyTimer.clockWords', studyClockParts(elapsedMs))
}

/** A session started this long before its planned time or more is said to be started early. */
export const EARLY_START_MS = 15 * MINUTE_MS

/** 'Started 2 h 10 min before its planned time' when started 15 minutes early or more, else null. */
export function earlyStartText(t: Translate, timer: StudyTimer): string | null {
  if (timer.plannedStartMs === null) return null
  const earlyMs = timer.plannedStartMs - timer.startedAtMs
  if (earlyMs < EARLY_START_MS) return null
  const totalMinutes = Math.round(earlyMs / MINUTE_MS)
  return t('common.studyTimer.earlyStart', { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 })
}
