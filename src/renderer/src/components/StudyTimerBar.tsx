// The study timer on every screen, under the brand in the shell's side column: topic, time studied, Pause/Resume and
// Stop (which ends the timer and opens the session's Done form on the calendar with the minutes measured). It also
// keeps the desktop app's tray tooltip in step with the timer.
import { useEffect, useRef, useState } from 'react'
import type { StudyTimerStatus } from '../../../shared/ipc/contract'
import type { Translate } from '../../../shared/i18n/translator'
import { useT } from '../i18n/translations'
import { usePlatform } from '../platform/PlatformContext'
import { useSessionRequests } from './sessionRequest'
import {
  earlyStartText,
  elapsedStudyMinutes,
  formatStudyClock,
  studyClockParts,
  studyElapsedMs,
  type StudyTimer
} from './studyTimer'
import { useNow } from './useNow'
import { useStudyTimer } from './useStudyTimer'

/** A timer's topic, or words for one without (a free-text session). */
const topicOf = (t: Translate, timer: StudyTimer | null | undefined) =>
  timer?.topicTitle || t('common.studyTimer.untitled')

export function StudyTimerBar() {
  const t = useT()
  const { timer, set, pause, resume } = useStudyTimer()
  const sessionRequests = useSessionRequests()
  useTrayTimer(timer)
  const announcement = useAnnouncement(timer)

  const stop = (current: StudyTimer) => {
    const minutes = elapsedStudyMinutes(current, Date.now())
    void set(null)
    sessionRequests.open({ sessionId: current.sessionId, doneMinutes: minutes })
  }

  const paused = timer?.pausedAtMs != null
  const early = timer ? earlyStartText(t, timer) : null
  return (
    <>
      {/* Always in the page, so a change of its text is announced; it speaks on start, pause, resume and stop only. */}
      <output className="study-timer-status">{announcement}</output>
      {timer ? (
        <section className="study-timer" aria-label={t('common.studyTimer.label')} data-paused={paused}>
          <p className="study-timer-topic" title={topicOf(t, timer)}>
            {topicOf(t, timer)}
          </p>
          <p className="study-timer-time">
            {paused ? <StaticClock timer={timer} /> : <RunningClock timer={timer} />}
            {paused ? <span className="study-timer-state">{t('common.studyTimer.paused')}</span> : null}
          </p>
          {early ? <p className="study-timer-note">{early}</p> : null}
          <div className="study-timer-actions">
            {paused ? (
              <button type="button" onClick={() => void resume()}>
                {t('common.studyTimer.resume')}
              </button>
            ) : (
              <button type="button" onClick={() => void pause()}>
                {t('common.studyTimer.pause')}
              </button>
            )}
            <button type="button" onClick={() => stop(timer)}>
              {t('common.studyTimer.stop')}
            </button>
          </div>
        </section>
      ) : null}
    </>
  )
}

/** The time studied, ticking each second; mounted only while the timer runs, so nothing ticks otherwise. */
function RunningClock({ timer }: { timer: StudyTimer }) {
  const now = useNow(1000)
  return <Clock elapsedMs={studyElapsedMs(timer, now)} />
}

/** A paused timer's time: what it had when paused. */
function StaticClock({ timer }: { timer: StudyTimer }) {
  return <Clock elapsedMs={studyElapsedMs(timer, timer.pausedAtMs ?? timer.startedAtMs)} />
}

function Clock({ elapsedMs }: { elapsedMs: number }) {
  const t = useT()
  // role=timer is not live: a screen reader reads it when asked, not every second.
  return (
    <span
      role="timer"
      className="study-timer-clock"
      aria-label={t('common.studyTimer.studied', studyClockParts(elapsedMs))}
    >
      {formatStudyClock(elapsedMs)}
    </span>
  )
}

/** A sentence for the live region when the timer starts, pauses, resumes or stops; none for the first read at launch. */
function useAnnouncement(timer: StudyTimer | null | undefined): string {
  const t = useT()
  const state =
    timer === undefined ? undefined : timer === null ? 'none' : timer.pausedAtMs === null ? 'running' : 'paused'
  const title = topicOf(t, timer)
  const previous = useRef<string | undefined>(undefined)
  const [text, setText] = useState('')
  useEffect(() => {
    const before = previous.current
    previous.current = state
    if (before === undefined || state === undefined || before === state) return
    if (state === 'running')
      setText(
        before === 'paused' ? t('common.studyTimer.resumed', { title }) : t('common.studyTimer.started', { title })
      )
    else if (state === 'paused') setText(t('common.studyTimer.pausedAnnouncement', { title }))
    else setText(t('common.studyTimer.stopped'))
    // Only a change of state speaks: a language switch alone says nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, title])
  return text
}

/** What the tray tooltip needs, within the bounds main accepts. */
function trayStatus(timer: StudyTimer, untitled: string): StudyTimerStatus {
  const startedAtMs = Math.max(0, Math.round(timer.startedAtMs))
  return {
    topicTitle: (timer.topicTitle || untitled).slice(0, 500),
    startedAtMs,
    pausedAtMs: timer.pausedAtMs === null ? null : Math.max(startedAtMs, Math.round(timer.pausedAtMs))
  }
}

/** Tells the platform (the desktop tray) the timer once it is read at launch and whenever it changes. */
function useTrayTimer(timer: StudyTimer | null | undefined): void {
  const platform = usePlatform()
  const t = useT()
  const status =
    timer === undefined ? undefined : timer === null ? null : trayStatus(timer, t('common.studyTimer.untitled'))
  const key = status === undefined ? undefined : JSON.stringify(status)
  useEffect(() => {
    if (key === undefined) return
    platform
      .setStudyTimer(JSON.parse(key) as StudyTimerStatus | null)
      .catch((error: unknown) => console.warn('study timer: the tray could not be told', error))
  }, [platform, key])
}
