// The next session and a countdown to it, for the today panel.
import type { Session } from '../../../../shared/domain/session'
import type { EpochMs } from '../../../../shared/domain/time'
import { formatDuration } from '../../../../shared/format'
import type { Translate } from '../../../../shared/i18n/translator'

/** The planned session running now, or else the next one to start; null when nothing is planned ahead. */
export function nextSession<T extends Session>(sessions: readonly T[], now: EpochMs): T | null {
  let best: T | null = null
  for (const session of sessions) {
    if (session.status !== 'planned' || session.endMs <= now) continue
    if (!best || session.startMs < best.startMs) best = session
  }
  return best
}

/** 'Starts in 2 hr, 15 min', or 'In progress, 25 min left' once it has started. */
export function countdownText(
  session: Pick<Session, 'startMs' | 'endMs'>,
  now: EpochMs,
  locale: string | undefined,
  t: Translate
): string {
  if (session.startMs > now)
    return t('calendar.today.startsIn', { duration: formatDuration(session.startMs - now, locale) })
  return t('calendar.today.inProgress', { duration: formatDuration(session.endMs - now, locale) })
}
