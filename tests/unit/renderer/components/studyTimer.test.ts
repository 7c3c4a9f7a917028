// The study timer's arithmetic: elapsed time with pauses, old stored timers, the clock's words, an early start.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  earlyStartText,
  elapsedStudyMinutes,
  formatStudyClock,
  isStoredStudyTimerOrNone,
  pauseStudyTimer,
  readStudyTimer,
  resumeStudyTimer,
  startStudyTimer,
  studyClockWords,
  studyElapsedMs,
  type StudyTimer
} from '../../../../src/renderer/src/components/studyTimer'
import { cases } from '../../../support/fuzz'
import { en } from '../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../src/shared/i18n/translator'

const t = translatorFor('en', en)

const T0 = Date.UTC(2027, 2, 1, 18, 0)
const MIN = 60_000
const started = (at = T0, plannedStartMs = at): StudyTimer =>
  startStudyTimer({ id: 's1', startMs: plannedStartMs }, 'Recursion', at)

describe('study timer', () => {
  it('reads a timer stored before pausing existed as running, never paused', () => {
    const old = { sessionId: 's1', startedAtMs: T0 }
    expect(isStoredStudyTimerOrNone(old)).toBe(true)
    const timer = readStudyTimer(old)
    expect(timer).toEqual({
      sessionId: 's1',
      startedAtMs: T0,
      pausedAtMs: null,
      pausedMs: 0,
      topicTitle: '',
      plannedStartMs: null
    })
    expect(studyElapsedMs(timer, T0 + 25 * MIN)).toBe(25 * MIN)
    expect(earlyStartText(t, timer)).toBeNull()
  })

  it('ignores anything else stored under its key', () => {
    expect(isStoredStudyTimerOrNone(null)).toBe(true)
    for (const junk of [
      'x',
      3,
      { sessionId: 's1' },
      { sessionId: 's1', startedAtMs: Number.NaN },
      { sessionId: 's1', startedAtMs: T0, pausedMs: -1 },
      { sessionId: 's1', startedAtMs: T0, pausedAtMs: 'soon' }
    ]) {
      expect(isStoredStudyTimerOrNone(junk)).toBe(false)
    }
  })

  it('does not count paused time, and a second pause or resume changes nothing', () => {
    let timer = started()
    timer = pauseStudyTimer(timer, T0 + 25 * MIN)
    expect(pauseStudyTimer(timer, T0 + 27 * MIN)).toBe(timer)
    expect(studyElapsedMs(timer, T0 + 30 * MIN)).toBe(25 * MIN)
    timer = resumeStudyTimer(timer, T0 + 30 * MIN)
    expect(resumeStudyTimer(timer, T0 + 31 * MIN)).toBe(timer)
    expect(studyElapsedMs(timer, T0 + 40 * MIN)).toBe(35 * MIN)
    expect(elapsedStudyMinutes(timer, T0 + 40 * MIN)).toBe(35)
  })

  it('counts at least one minute and at most a day in whole minutes', () => {
    expect(elapsedStudyMinutes(started(), T0 + 10_000)).toBe(1)
    expect(elapsedStudyMinutes(started(), T0 + 3 * 1440 * MIN)).toBe(1440)
  })

  it('shows mm:ss under an hour and h:mm from then on, and says it in words', () => {
    expect([0, 65_000, 59 * MIN + 59_000, 60 * MIN, 127 * MIN + 30_000].map(formatStudyClock)).toEqual([
      '00:00',
      '01:05',
      '59:59',
      '1:00',
      '2:07'
    ])
    expect([0, MIN, 7 * MIN, 61 * MIN, 127 * MIN].map((ms) => studyClockWords(t, ms))).toEqual([
      '0 minutes',
      '1 minute',
      '7 minutes',
      '1 hour 1 minute',
      '2 hours 7 minutes'
    ])
  })

  it('says a start well before the planned time in plain words', () => {
    expect(earlyStartText(t, started(T0, T0 + 130 * MIN))).toBe('Started 2 h 10 min before its planned time')
    expect(earlyStartText(t, started(T0, T0 + 120 * MIN))).toBe('Started 2 h before its planned time')
    expect(earlyStartText(t, started(T0, T0 + 40 * MIN))).toBe('Started 40 min before its planned time')
    expect(earlyStartText(t, started(T0, T0 + 14 * MIN))).toBeNull()
    expect(earlyStartText(t, started(T0, T0 - 30 * MIN))).toBeNull()
  })

  it('property: elapsed is never negative, never counts paused time, and pause/resume sequences add up', () => {
    // Steps of (wait, then toggle pause/resume or only look), from a start at T0.
    const steps = fc.array(fc.record({ waitMs: fc.integer({ min: 0, max: 3 * 3_600_000 }), toggle: fc.boolean() }), {
      maxLength: 30
    })
    fc.assert(
      fc.property(steps, fc.integer({ min: -3_600_000, max: 3_600_000 }), (sequence, skew) => {
        let timer = started()
        let now = T0
        let running = 0
        for (const { waitMs, toggle } of sequence) {
          const before = studyElapsedMs(timer, now)
          now += waitMs
          if (timer.pausedAtMs === null) running += waitMs
          // While paused the clock stands still; while running it moves with the wall clock.
          expect(studyElapsedMs(timer, now) - before).toBe(timer.pausedAtMs === null ? waitMs : 0)
          if (toggle) timer = timer.pausedAtMs === null ? pauseStudyTimer(timer, now) : resumeStudyTimer(timer, now)
          expect(studyElapsedMs(timer, now)).toBe(running)
        }
        // Never negative, even when the wall clock is read before the start or goes back.
        expect(studyElapsedMs(timer, T0 + skew)).toBeGreaterThanOrEqual(0)
        expect(studyElapsedMs(timer, now + skew)).toBeGreaterThanOrEqual(0)
        // The stored form reads back the same.
        expect(readStudyTimer(JSON.parse(JSON.stringify(timer)))).toEqual(timer)
      }),
      { numRuns: cases(500) }
    )
  })
})
