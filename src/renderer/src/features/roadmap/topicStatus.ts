// Where each topic stands for the learner, from the plan's done study sessions.
import type { Topic } from '../../../../shared/domain/roadmap'
import type { SessionRecord } from '../../db/PlannerDB'

/** A topic's state as the roadmap screen shows it. */
export type TopicStatus = 'not-started' | 'in-progress' | 'done' | 'known'

/** Minutes of done study per topic (actual minutes). */
export function doneStudyMinutes(sessions: readonly SessionRecord[]): Map<string, number> {
  const minutes = new Map<string, number>()
  for (const session of sessions) {
    if (session.status !== 'done' || session.kind !== 'study') continue
    minutes.set(session.topicId, (minutes.get(session.topicId) ?? 0) + session.minutes)
  }
  return minutes
}

/**
 * Known when the learner marked it so; done once the studied minutes reach the estimate (as the engine counts it); in
 * progress once any are studied.
 */
export function topicStatus(
  topic: Topic,
  doneMinutes: ReadonlyMap<string, number>,
  known: ReadonlySet<string>
): TopicStatus {
  if (known.has(topic.id)) return 'known'
  const done = doneMinutes.get(topic.id) ?? 0
  if (done >= topic.estimatedMinutes) return 'done'
  return done > 0 ? 'in-progress' : 'not-started'
}
