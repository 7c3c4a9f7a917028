// Turns the followed plans' sessions into the reminders main (or the browser) should announce: the next 14 days, each once.
import { REMINDER_LIMITS, type Reminder, type ReminderSync } from '../../../../shared/domain/reminder'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import { allTopics } from '../../../../shared/scheduling/topics'
import { DAY_MS, MINUTE_MS } from '../../../../shared/time'
import type { SessionRecord } from '../../db/PlannerDB'
import type { Translate } from '../../../../shared/i18n/translator'

/** How far ahead reminders are handed over; the renderer syncs again whenever the plan changes, and main asks often. */
export const REMINDER_WINDOW_MS = 14 * DAY_MS

/** One plan's part of the reminders. */
export interface PlanReminders {
  readonly sessions: readonly SessionRecord[]
  readonly roadmap: Roadmap
  /** Minutes before a session to remind; null turns the reminders off (the sessions still go to the daily digest). */
  readonly leadMinutes: number | null
  readonly timeZone: string
}

export interface ReminderSource {
  /** The followed plans, the one shown first: its zone is the one notification times and the digest use. */
  readonly plans: readonly PlanReminders[]
  readonly digest: ReminderSync['digest']
  readonly now: number
  /** Zone used when there is no plan (nothing to announce, but main still needs one). */
  readonly fallbackZone: string
  /** The display locale, with the learner's clock choice: notifications and the tray write times as the screens do. */
  readonly locale: string
  /** The app's translator: a review's title is written in the learner's language. */
  readonly t: Translate
}

function clip(text: string): string {
  return text.length > REMINDER_LIMITS.maxTitleLength ? `${text.slice(0, REMINDER_LIMITS.maxTitleLength - 1)}…` : text
}

function planReminders({ sessions, roadmap, leadMinutes }: PlanReminders, now: number, t: Translate): Reminder[] {
  const stageTitles = new Map(roadmap.stages.map((stage) => [stage.id, stage.title]))
  const titles = new Map(
    allTopics(roadmap).map((entry) => [
      entry.topic.id,
      { topic: entry.topic.title, stage: stageTitles.get(entry.stageId) ?? '' }
    ])
  )
  return sessions
    .filter(
      (session) => session.status === 'planned' && session.endMs > now && session.startMs < now + REMINDER_WINDOW_MS
    )
    .map((session) => {
      const title = titles.get(session.topicId)
      // A free-text session (quick add) names itself and has no stage.
      const topicTitle = session.title ?? title?.topic ?? session.topicId
      return {
        sessionId: session.id,
        topicTitle: clip(session.kind === 'review' ? t('reminders.reviewTitle', { topic: topicTitle }) : topicTitle),
        stageTitle: clip(title?.stage ?? ''),
        startsAt: session.startMs,
        endsAt: session.endMs,
        fireAt: session.startMs - (leadMinutes ?? 0) * MINUTE_MS,
        kind: session.kind
      }
    })
}

/**
 * The reminder sync for the sessions still to come in the next 14 days (at most the sync limit, soonest first).
 * With reminders off in every plan, the sessions are still sent, for the digest and the tray, but not announced.
 */
export function upcomingReminders({ plans, digest, now, fallbackZone, locale, t }: ReminderSource): ReminderSync {
  const reminders = plans
    .flatMap((plan) => planReminders(plan, now, t))
    .sort((a, b) => a.startsAt - b.startsAt)
    .slice(0, REMINDER_LIMITS.maxReminders)
  const announce = plans.some((plan) => plan.leadMinutes !== null)
  return { zone: plans[0]?.timeZone ?? fallbackZone, locale, reminders, announce, digest }
}
