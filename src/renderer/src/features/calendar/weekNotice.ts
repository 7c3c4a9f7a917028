// What the learner is told when a change reached into the week ahead: a session handed to the next topic, or let go.
import type { KeptWeek } from '../../../../shared/domain/schedule'
import type { IanaZone } from '../../../../shared/domain/time'
import { formatDayTime } from '../../../../shared/format'
import type { Translate } from '../../../../shared/i18n/translator'

/** One sentence per session of the week ahead that changed, or null when the week stayed exactly as it was. */
export function weekNotice(
  week: KeptWeek | undefined,
  sessionStart: ReadonlyMap<string, number>,
  topicTitle: (topicId: string) => string,
  timeZone: IanaZone,
  locale: string | undefined,
  t: Translate
): string | null {
  if (!week || (week.reassigned.length === 0 && week.released.length === 0)) return null
  const sentences = week.reassigned.map((change) => {
    const startMs = sessionStart.get(change.sessionId)
    const topics = { from: topicTitle(change.fromTopicId), to: topicTitle(change.toTopicId) }
    return startMs === undefined
      ? t('calendar.weekNotice.reassignedSomeSession', topics)
      : t('calendar.weekNotice.reassigned', { ...topics, when: formatDayTime(startMs, timeZone, locale) })
  })
  if (week.released.length > 0) sentences.push(t('calendar.weekNotice.released', { count: week.released.length }))
  return sentences.join(' ')
}
