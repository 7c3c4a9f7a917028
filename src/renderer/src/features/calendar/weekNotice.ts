// What the learner is told when a change reached into the week ahead: a session handed to the next topic, or let go.
import type { KeptWeek } from '../../../../shared/domain/schedule'
import type { IanaZone } from '../../../../shared/domain/time'
import { formatDayTime } from '../../../../shared/format'

/** One sentence per session of the week ahead that changed, or null when the week stayed exactly as it was. */
export function weekNotice(
  week: KeptWeek | undefined,
  sessionStart: ReadonlyMap<string, number>,
  topicTitle: (topicId: string) => string,
  timeZone: IanaZone,
  locale: string | undefined
): string | null {
  if (!week || (week.reassigned.length === 0 && week.released.length === 0)) return null
  const when = (sessionId: string) => {
    const startMs = sessionStart.get(sessionId)
    return startMs === undefined ? 'a session this week' : `the session on ${formatDayTime(startMs, timeZone, locale)}`
  }
  const sentences = week.reassigned.map(
    (change) =>
      `${topicTitle(change.fromTopicId)} needs no more time, so ${when(change.sessionId)} now covers ${topicTitle(change.toTopicId)}.`
  )
  if (week.released.length > 0) {
    sentences.push(
      week.released.length === 1
        ? 'One session of the week ahead no longer fits and was let go.'
        : `${week.released.length} sessions of the week ahead no longer fit and were let go.`
    )
  }
  return sentences.join(' ')
}
