// A block of time in the calendar: studying a topic or reviewing it.
import type { EpochMs, LocalDateTime } from './time'

/** First-time study of a topic, or a spaced review of a finished one. */
export type SessionKind = 'study' | 'review'

/** Where a session stands for the learner. */
export type SessionStatus = 'planned' | 'done' | 'skipped'

/** The topicId of a free-text session: it is about something outside the roadmap, named by its `title`. */
export const NO_TOPIC = ''

/** One session of the plan. The data layer adds the plan id. */
export interface Session {
  /**
   * Deterministic and stable across re-plans where possible: `<topicId>:study:<n>` for the n-th study chunk of a topic
   * and `<topicId>:review:<n>` for the review after its n-th rating. Done and pinned sessions keep the caller's id.
   */
  readonly id: string
  readonly topicId: string
  readonly stageId: string
  readonly kind: SessionKind
  readonly status: SessionStatus
  /** True when the learner fixed this session in time; the planner never moves it. */
  readonly pinned: boolean
  readonly startMs: EpochMs
  readonly endMs: EpochMs
  /** Wall-clock start in the plan's zone. */
  readonly localStart: LocalDateTime
  /**
   * Wall-clock end in the plan's zone, read just before the end instant: a session ending as clocks jump shows the
   * last wall time it actually covered (e.g. '02:00', not '03:00', on a spring-forward night).
   */
  readonly localEnd: LocalDateTime
  /** Minutes of work the session stands for: its length, or the actual minutes of a done session. */
  readonly minutes: number
  /**
   * What a free-text session is about (e.g. "Read the attention paper"); present exactly when `topicId` is
   * {@link NO_TOPIC}. Such a session blocks its time and counts as study time, but is work on no roadmap topic.
   */
  readonly title?: string
  /** True when the learner added the session with quick add: it is always pinned, and it may be deleted. */
  readonly adHoc?: true
}

/** Whether `session` is a free-text session, on no roadmap topic. */
export function isFreeText(session: Pick<Session, 'topicId'>): boolean {
  return session.topicId === NO_TOPIC
}
