// Turns a plan's sessions into the reminders main (or the browser) should announce: the next 14 days, each once.
import { REMINDER_LIMITS, type Reminder, type ReminderSync } from '../../../../shared/domain/reminder'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import { allTopics } from '../../../../shared/scheduling/topics'
import type { SessionRecord } from '../../db/PlannerDB'

/** How far ahead reminders are handed over; the renderer syncs again whenever the plan changes. */
export const REMINDER_WINDOW_MS = 14 * 24 * 60 * 60 * 1000

export interface ReminderSource {
  readonly sessions: readonly SessionRecord[]
  readonly roadmap: Roadmap
  /** Minutes before a session to remind; null turns the reminders off (the sessions still go to the daily digest). */
  readonly leadMinutes: number | null
  readonly timeZone: string
  readonly digest: ReminderSync['digest']
  readonly now: number
}

function clip(text: string): string {
  return text.length > REMINDER_LIMITS.maxTitleLength ? `${text.slice(0, REMINDER_LIMITS.maxTitleLength - 1)}…` : text
}

/** The reminder sync for the sessions still to come in the next 14 days (at most the sync limit, soonest first). */
export function upcomingReminders({ sessions, roadmap, leadMinutes, timeZone, digest, now }: ReminderSource): ReminderSync {
  const stageTitles = new Map(roadmap.stages.map((stage) => [stage.id, stage.title]))
  const titles = new Map(allTopics(roadmap).map((entry) => [entry.topic.id, { topic: entry.topic.title, stage: stageTitles.get(entry.stageId) ?? '' }]))
  const reminders: Reminder[] = sessions
    .filter((session) => session.status === 'planned' && session.endMs > now && session.startMs < now + REMINDER_WINDOW_MS)
    .sort((a, b) => a.startMs - b.startMs)
    .slice(0, REMINDER_LIMITS.maxReminders)
    .map((session) => {
      const title = titles.get(session.topicId)
      const topicTitle = title?.topic ?? session.topicId
      return {
        sessionId: session.id,
        topicTitle: clip(session.kind === 'review' ? `Review: ${topicTitle}` : topicTitle),
        stageTitle: clip(title?.stage ?? ''),
        startsAt: session.startMs,
        endsAt: session.endMs,
        fireAt: session.startMs - (leadMinutes ?? 0) * 60_000,
        kind: session.kind
      }
    })
  return { zone: timeZone, reminders, announce: leadMinutes !== null, digest }
}
