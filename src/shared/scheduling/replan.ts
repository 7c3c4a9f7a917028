// Re-plans a stored plan: what happened stays as history, the week ahead stays put, the rest is placed again.
import type { Availability } from '../domain/availability'
import type { PlanSettings, Progress, ReviewRecord } from '../domain/plan'
import type { Roadmap } from '../domain/roadmap'
import type { ScheduleResult } from '../domain/schedule'
import type { Session } from '../domain/session'
import type { EpochMs } from '../domain/time'
import { buildSchedule } from './buildSchedule'

/**
 * How a re-plan treats the week ahead (the commitment horizon):
 * - 'keep-week': its sessions stay exactly as they are; new work goes after it (every ordinary action).
 * - 'fill-week': its sessions that still fit the learner's time stay; new work may also use its free time (after an
 *   availability or time-zone change).
 * - 'new-week': nothing is kept; the week is planned afresh (a new plan, or "Re-plan this week").
 */
export type ReplanScope = 'keep-week' | 'fill-week' | 'new-week'

/** A stored plan as the engine needs it. */
export interface StoredPlan {
  readonly roadmap: Roadmap
  readonly availability: Availability
  readonly settings: PlanSettings
  /** Every stored session: done, skipped, missed and planned. */
  readonly sessions: readonly Session[]
  readonly reviews: readonly ReviewRecord[]
}

/** A planned session whose end has passed without it being done or skipped. */
export function isMissed(session: Pick<Session, 'status' | 'endMs'>, now: EpochMs): boolean {
  return session.status === 'planned' && session.endMs <= now
}

/** Sessions a re-plan never changes: done, skipped and missed ones, at their time. */
export function isHistory(session: Pick<Session, 'status' | 'endMs'>, now: EpochMs): boolean {
  return session.status !== 'planned' || session.endMs <= now
}

/**
 * What has happened, as the engine reads it. Missed sessions count as skipped (their work is placed again and their
 * ids are never reused); the slots of skipped sessions still ahead stay free; planned sessions ahead are the previous
 * plan, kept inside the horizon unless the scope is 'new-week'.
 */
export function progressOf(
  sessions: readonly Session[],
  reviews: readonly ReviewRecord[],
  now: EpochMs,
  scope: ReplanScope
): Progress {
  const done = []
  const skipped = []
  const pinned = []
  const previous = []
  const freed = []
  for (const session of sessions) {
    const { id, topicId, kind, startMs, endMs } = session
    if (session.status === 'done') done.push({ id, topicId, kind, startMs, endMs, actualMinutes: session.minutes })
    else if (session.status === 'skipped') {
      skipped.push(id)
      if (endMs > now) freed.push({ startMs, endMs })
    } else if (endMs <= now) skipped.push(id)
    else if (session.pinned) pinned.push({ id, topicId, kind, startMs, endMs, ...quickAddFields(session) })
    else previous.push({ id, topicId, kind, startMs, endMs })
  }
  const ratings = reviews.map(({ topicId, ratedAtMs, rating }) => ({ topicId, ratedAtMs, rating }))
  return { done, skipped, pinned, reviews: ratings, freed, ...(scope === 'new-week' ? {} : { previous }) }
}

/** The fields a quick-added session carries through the engine unchanged. */
function quickAddFields(session: Session): Pick<Session, 'title' | 'adHoc'> {
  return { ...(session.title === undefined ? {} : { title: session.title }), ...(session.adHoc ? { adHoc: true } : {}) }
}

/**
 * Re-plans `plan` at `now`. On success `sessions` is everything to store: the history unchanged, then the engine's
 * planned sessions (pinned, kept and new), in time order.
 */
export function replanStored(plan: StoredPlan, now: EpochMs, scope: ReplanScope): ScheduleResult {
  const result = buildSchedule({
    roadmap: plan.roadmap,
    availability: plan.availability,
    settings: plan.settings,
    progress: progressOf(plan.sessions, plan.reviews, now, scope),
    now,
    horizon: scope === 'fill-week' ? 'fill' : 'keep'
  })
  if (!result.ok) return result
  const history = plan.sessions.filter((session) => isHistory(session, now))
  const sessions = [...history, ...result.sessions.filter((session) => session.status === 'planned')]
  sessions.sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { ...result, sessions }
}
