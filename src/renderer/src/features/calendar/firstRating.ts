// Where spaced review starts: the session whose Done asks for the topic's first recall rating.
import { NO_TOPIC } from '../../../../shared/domain/session'
import type { SessionRecord } from '../../db/PlannerDB'

/**
 * Whether marking `session` done finishes its topic as planned, in a plan with spaced review: it is a study session on
 * a roadmap topic and no other study session of that topic is still planned, later or missed (a missed one is work
 * the next re-plan places again, so the topic is not finished). Its Done asks how well the learner knows the topic,
 * because reviews are planned from ratings and without a first one none would ever come.
 */
export function asksFirstRating(
  session: SessionRecord,
  sessions: readonly SessionRecord[],
  reviewsEnabled: boolean
): boolean {
  if (!reviewsEnabled || session.kind !== 'study' || session.topicId === NO_TOPIC) return false
  return !sessions.some(
    (other) =>
      other.id !== session.id &&
      other.topicId === session.topicId &&
      other.kind === 'study' &&
      other.status === 'planned'
  )
}
