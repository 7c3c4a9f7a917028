// The progress screen: completion, hours per week against planned, streaks, finish date, pace and upcoming reviews.
import { useMemo } from 'react'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import { allTopics } from '../../../../shared/scheduling/topics'
import { useNow } from '../../components/useNow'
import { useCurrentPlan, usePlanSessions, useRoadmap, useStudyLog } from '../../db/hooks'
import type { PlanRecord, SessionRecord, StudyLogRecord } from '../../db/PlannerDB'
import '../../components/common.css'
import { formatDayTime, formatHours } from '../../../../shared/format'
import { localDateOf, localeFirstDay } from '../../../../shared/time'
import './progress.css'
import { planStartMs, streaks, studyDates, studyPace, weeklyMinutes } from './progressStats'
import { finishSentence, formatPercent, paceSentence } from './progressText'
import { WeeklyChart } from './WeeklyChart'
import { isWeekday, WEEK_START_KEY } from '../../db/preferences'
import { useStoredPreference } from '../../db/useStoredPreference'
import { useDisplayLocale } from '../../components/useDisplayLocale'
import { useT } from '../../i18n/translations'

const percent = (done: number, total: number) => (total > 0 ? Math.round((Math.min(done, total) / total) * 100) : 0)

export function ProgressScreen() {
  const plan = useCurrentPlan()
  const sessions = usePlanSessions(plan?.id)
  const studyLog = useStudyLog(plan?.id)
  const roadmap = useRoadmap(plan?.roadmapId)
  const t = useT()
  if (plan === undefined) return <p aria-live="polite">{t('common.loading')}</p>
  if (!plan) {
    return (
      <section aria-labelledby="progress-title" className="screen">
        <h1 id="progress-title">{t('progress.screen.title')}</h1>
        <div className="empty-state">
          <h2>{t('progress.screen.emptyTitle')}</h2>
          <p>{t('progress.screen.emptyText')}</p>
        </div>
      </section>
    )
  }
  if (!sessions || !studyLog || !roadmap) return <p aria-live="polite">{t('progress.screen.loadingProgress')}</p>
  return <ProgressView plan={plan} sessions={sessions} studyLog={studyLog} roadmap={roadmap.roadmap} />
}

function ProgressView({
  plan,
  sessions,
  studyLog,
  roadmap
}: {
  plan: PlanRecord
  sessions: readonly SessionRecord[]
  studyLog: readonly StudyLogRecord[]
  roadmap: Roadmap
}) {
  const locale = useDisplayLocale()
  const t = useT()
  const now = useNow()
  const zone = plan.settings.timeZone
  const today = localDateOf(now, zone)
  const report = plan.report
  const [weekStart] = useStoredPreference(WEEK_START_KEY, isWeekday, localeFirstDay(locale))
  const firstDay = weekStart ?? localeFirstDay(locale)
  const startDate = plan.settings.startDate
  const weeks = useMemo(
    () => weeklyMinutes(sessions, now, zone, firstDay, planStartMs(startDate, sessions, zone)),
    [sessions, now, zone, firstDay, startDate]
  )
  const streak = useMemo(() => {
    const startOf = new Map(sessions.map((session) => [session.id, session.startMs]))
    // A study day is the day the session took place; the log time stands in when the session is gone.
    return streaks(
      studyDates(
        studyLog.map((line) => ({ atMs: startOf.get(line.sessionId) ?? line.loggedAtMs, minutes: line.actualMinutes })),
        zone
      ),
      today
    )
  }, [sessions, studyLog, zone, today])
  const pace = useMemo(() => studyPace(sessions, now), [sessions, now])
  const titles = useMemo(
    () => new Map(allTopics(roadmap).map((entry) => [entry.topic.id, entry.topic.title])),
    [roadmap]
  )
  const reviews = sessions
    .filter((session) => session.kind === 'review' && session.status === 'planned' && session.startMs >= now)
    .slice(0, 5)

  return (
    <section aria-labelledby="progress-title" className="screen progress-screen">
      <h1 id="progress-title">{t('progress.screen.title')}</h1>
      <section aria-labelledby="completion-title" className="progress-card">
        <h2 id="completion-title">{t('progress.completion.title')}</h2>
        {report ? (
          <>
            <p data-testid="overall-completion">
              {t('progress.completion.overall', {
                percent: formatPercent(percent(report.doneMinutes, report.totalMinutes), locale),
                done: formatHours(report.doneMinutes, locale),
                total: formatHours(report.totalMinutes, locale)
              })}
            </p>
            <ul className="stage-completion">
              {report.stages.map((stage) => {
                const title = roadmap.stages.find((candidate) => candidate.id === stage.stageId)?.title ?? stage.stageId
                return (
                  <li key={stage.stageId}>
                    <span>{title}</span>
                    <progress
                      max={Math.max(stage.totalMinutes, 1)}
                      value={Math.min(stage.doneMinutes, stage.totalMinutes)}
                      aria-label={t('progress.completion.stage', { stage: title })}
                    />
                    <span>
                      {t('progress.completion.percent', {
                        percent: formatPercent(percent(stage.doneMinutes, stage.totalMinutes), locale)
                      })}
                    </span>
                  </li>
                )
              })}
            </ul>
          </>
        ) : (
          <p>{t('progress.completion.unbuilt')}</p>
        )}
      </section>
      <section aria-labelledby="weekly-title" className="progress-card">
        <h2 id="weekly-title">{t('progress.weekly.title')}</h2>
        <WeeklyChart weeks={weeks} locale={locale} />
      </section>
      <section aria-labelledby="streak-title" className="progress-card">
        <h2 id="streak-title">{t('progress.streak.title')}</h2>
        <dl className="facts">
          <dt>{t('progress.streak.current')}</dt>
          <dd data-testid="current-streak">{t('progress.streak.days', { count: streak.current })}</dd>
          <dt>{t('progress.streak.best')}</dt>
          <dd data-testid="best-streak">{t('progress.streak.days', { count: streak.best })}</dd>
        </dl>
      </section>
      <section aria-labelledby="finish-title" className="progress-card">
        <h2 id="finish-title">{t('progress.finish.title')}</h2>
        <p data-testid="finish-sentence">
          {finishSentence(report?.finishDate ?? null, plan.settings.targetDate, locale, t)}
        </p>
        <p data-testid="pace-sentence">{paceSentence(pace, today, report?.finishDate ?? null, locale, t)}</p>
      </section>
      <section aria-labelledby="reviews-title" className="progress-card">
        <h2 id="reviews-title">{t('progress.reviews.title')}</h2>
        {reviews.length > 0 ? (
          <ul>
            {reviews.map((review) => (
              <li key={review.id}>
                {t('progress.reviews.item', {
                  topic: titles.get(review.topicId) ?? review.topicId,
                  when: formatDayTime(review.startMs, zone, locale)
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="sp-muted">{t('progress.reviews.none')}</p>
        )}
      </section>
    </section>
  )
}
