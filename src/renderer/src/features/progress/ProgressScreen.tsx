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
import { finishSentence, paceSentence } from './progressText'
import { WeeklyChart } from './WeeklyChart'
import { isWeekday, WEEK_START_KEY } from '../../db/preferences'
import { useStoredPreference } from '../../db/useStoredPreference'
import { useDisplayLocale } from '../../components/useDisplayLocale'

const percent = (done: number, total: number) => (total > 0 ? Math.round((Math.min(done, total) / total) * 100) : 0)

export function ProgressScreen() {
  const plan = useCurrentPlan()
  const sessions = usePlanSessions(plan?.id)
  const studyLog = useStudyLog(plan?.id)
  const roadmap = useRoadmap(plan?.roadmapId)
  if (plan === undefined) return <p aria-live="polite">Loading…</p>
  if (!plan) {
    return (
      <section aria-labelledby="progress-title" className="screen">
        <h1 id="progress-title">Progress</h1>
        <div className="empty-state">
          <h2>Nothing studied yet</h2>
          <p>Completion per stage, hours per week and your streak will show here as you mark sessions done.</p>
        </div>
      </section>
    )
  }
  if (!sessions || !studyLog || !roadmap) return <p aria-live="polite">Loading your progress…</p>
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
      <h1 id="progress-title">Progress</h1>
      <section aria-labelledby="completion-title" className="progress-card">
        <h2 id="completion-title">Completion</h2>
        {report ? (
          <>
            <p data-testid="overall-completion">
              Overall: {percent(report.doneMinutes, report.totalMinutes)}% ({formatHours(report.doneMinutes, locale)} of{' '}
              {formatHours(report.totalMinutes, locale)} hours)
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
                      aria-label={`${title} completion`}
                    />
                    <span>{percent(stage.doneMinutes, stage.totalMinutes)}%</span>
                  </li>
                )
              })}
            </ul>
          </>
        ) : (
          <p>This plan could not be built; fix it on the Roadmap or Settings screen.</p>
        )}
      </section>
      <section aria-labelledby="weekly-title" className="progress-card">
        <h2 id="weekly-title">Hours per week</h2>
        <WeeklyChart weeks={weeks} locale={locale} />
      </section>
      <section aria-labelledby="streak-title" className="progress-card">
        <h2 id="streak-title">Streak</h2>
        <dl className="facts">
          <dt>Current streak</dt>
          <dd data-testid="current-streak">
            {streak.current} {streak.current === 1 ? 'day' : 'days'}
          </dd>
          <dt>Best streak</dt>
          <dd data-testid="best-streak">
            {streak.best} {streak.best === 1 ? 'day' : 'days'}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="finish-title" className="progress-card">
        <h2 id="finish-title">Finish date and pace</h2>
        <p data-testid="finish-sentence">
          {finishSentence(report?.finishDate ?? null, plan.settings.targetDate, locale)}
        </p>
        <p data-testid="pace-sentence">{paceSentence(pace, today, report?.finishDate ?? null, locale)}</p>
      </section>
      <section aria-labelledby="reviews-title" className="progress-card">
        <h2 id="reviews-title">Upcoming reviews</h2>
        {reviews.length > 0 ? (
          <ul>
            {reviews.map((review) => (
              <li key={review.id}>
                {titles.get(review.topicId) ?? review.topicId}: {formatDayTime(review.startMs, zone, locale)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="sp-muted">No reviews planned yet: they follow topics you finish.</p>
        )}
      </section>
    </section>
  )
}
