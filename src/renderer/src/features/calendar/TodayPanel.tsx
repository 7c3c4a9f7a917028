// Today at a glance: the next session with a countdown, today's sessions, and this week's hours done and planned.
import { useId, useMemo } from 'react'
import type { Weekday } from '../../../../shared/domain/availability'
import type { Stage } from '../../../../shared/domain/roadmap'
import type { Session } from '../../../../shared/domain/session'
import type { EpochMs, IanaZone } from '../../../../shared/domain/time'
import '../../components/common.css'
import { countdownText, nextSession } from './countdown'
import { formatDayTime, formatHours } from '../../../../shared/format'
import { formatTimeRange } from '../../../../shared/format'
import './panels.css'
import { indexTopics, sessionTitle } from './sessionEvents'
import { weekHours } from './weekHours'
import { dayBounds } from '../../../../shared/time'
import { useT } from '../../i18n/translations'

export interface TodayPanelProps {
  /** The current instant; pass a ticking value (e.g. each minute) to keep the countdown fresh. */
  readonly now: EpochMs
  readonly sessions: readonly Session[]
  /** Roadmap stages, for topic titles. */
  readonly stages: readonly Stage[]
  readonly timeZone: IanaZone
  /** First day of the week, 0 = Sunday. */
  readonly firstDay: Weekday
  readonly locale?: string
  /** Opens a session's panel; absent makes the entries plain text. */
  readonly onOpenSession?: (sessionId: string) => void
}

export function TodayPanel({ now, sessions, stages, timeZone, firstDay, locale, onOpenSession }: TodayPanelProps) {
  const t = useT()
  const places = useMemo(() => indexTopics(stages), [stages])
  const titleId = useId()
  const weekId = useId()
  const next = nextSession(sessions, now)
  const today = dayBounds(now, timeZone)
  const todays = sessions.filter(
    (session) => session.startMs >= today.startMs && session.startMs < today.endMs && session.status !== 'skipped'
  )
  const week = weekHours(sessions, now, timeZone, firstDay)
  const title = (session: Session) => sessionTitle(session, places, t)
  const open = (session: Session, label: string) =>
    onOpenSession ? (
      <button type="button" className="sp-button sp-today-item" onClick={() => onOpenSession(session.id)}>
        {label}
      </button>
    ) : (
      <span>{label}</span>
    )

  return (
    <section className="sp-today" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('calendar.today.title')}</h2>
      {/* A card with the topic as its title: a trial read the boxed button it was as a text field. */}
      <div className="sp-today-next">
        <h3>{t('calendar.today.nextSession')}</h3>
        {next ? (
          <>
            <p className="sp-today-next-title">
              {onOpenSession ? (
                <button type="button" className="sp-today-next-open" onClick={() => onOpenSession(next.id)}>
                  {title(next)}
                </button>
              ) : (
                title(next)
              )}
            </p>
            <p className="sp-muted">{formatDayTime(next.startMs, timeZone, locale)}</p>
            <p className="sp-today-countdown">{countdownText(next, now, locale, t)}</p>
          </>
        ) : (
          <p className="sp-muted">{t('calendar.today.nothingAhead')}</p>
        )}
      </div>
      <div>
        <h3>{t('calendar.today.todaysSessions')}</h3>
        {todays.length === 0 ? (
          <p className="sp-muted">{t('calendar.today.noneToday')}</p>
        ) : (
          <ul className="sp-today-list">
            {todays.map((session) => (
              <li key={session.id}>
                {open(
                  session,
                  t('calendar.today.item', {
                    time: formatTimeRange(session.startMs, session.endMs, timeZone, locale),
                    title: title(session),
                    status: session.status
                  })
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="sp-today-week">
        <h3 id={weekId}>{t('calendar.today.thisWeek')}</h3>
        <p>
          {t('calendar.today.weekHours', {
            done: formatHours(week.doneMinutes, locale),
            planned: formatHours(week.scheduledMinutes, locale)
          })}
        </p>
        <progress aria-labelledby={weekId} max={Math.max(1, week.scheduledMinutes)} value={week.doneMinutes} />
      </div>
    </section>
  )
}
