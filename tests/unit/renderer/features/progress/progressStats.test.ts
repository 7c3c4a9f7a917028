// Progress figures: weekly buckets by the plan's local weeks, streaks by the plan's local days (DST and zones), pace.
import { describe, expect, it } from 'vitest'
import { paceSentence } from '../../../../../src/renderer/src/features/progress/progressText'
import { localDateOf } from '../../../../../src/shared/time'
import { en } from '../../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../../src/shared/i18n/translator'
import {
  daysBetween,
  finishAtPace,
  planStartMs,
  streaks,
  studyDates,
  studyPace,
  weeklyMinutes,
  type SessionFacts
} from '../../../../../src/renderer/src/features/progress/progressStats'

const t = translatorFor('en-GB', en)

const MIN = 60_000
const HOUR = 60 * MIN
const done = (
  startMs: number,
  scheduled: number,
  actual: number,
  kind: 'study' | 'review' = 'study'
): SessionFacts => ({ status: 'done', kind, startMs, endMs: startMs + scheduled * MIN, minutes: actual })
const planned = (startMs: number, scheduled: number): SessionFacts => ({
  status: 'planned',
  kind: 'study',
  startMs,
  endMs: startMs + scheduled * MIN,
  minutes: scheduled
})

describe('weeklyMinutes', () => {
  // New York springs forward on Sunday 2027-03-14. 23:30 that evening (EDT) is 03:30Z on Monday the 15th.
  const sundayNight = Date.UTC(2027, 2, 15, 3, 30)
  const mondayEvening = Date.UTC(2027, 2, 15, 22, 0) // 18:00 EDT Monday
  const now = Date.UTC(2027, 2, 17, 12, 0)
  const sessions = [
    done(sundayNight, 60, 50),
    planned(mondayEvening, 45),
    { ...planned(mondayEvening + 3_600_000, 30), status: 'skipped' as const }
  ]

  const longAgo = Date.UTC(2026, 0, 1)

  it('gives at most twelve weeks ending with the current one, placing sessions by the plan’s local week (Monday start)', () => {
    const weeks = weeklyMinutes(sessions, now, 'America/New_York', 1, longAgo)
    expect(weeks).toHaveLength(12)
    expect(weeks.at(-1)).toEqual({ weekStart: '2027-03-15', studiedMinutes: 0, plannedMinutes: 75 })
    expect(weeks.at(-2)).toEqual({ weekStart: '2027-03-08', studiedMinutes: 50, plannedMinutes: 60 })
    expect(weeks[0]!.weekStart).toBe('2026-12-28')
  })

  it('follows the week start day', () => {
    const weeks = weeklyMinutes(sessions, now, 'America/New_York', 0, longAgo)
    expect(weeks.at(-1)).toEqual({ weekStart: '2027-03-14', studiedMinutes: 50, plannedMinutes: 135 })
  })

  it('places the same instants in other weeks in another zone', () => {
    // In Tokyo the Sunday-night session is Monday noon: the current week.
    expect(weeklyMinutes(sessions, now, 'Asia/Tokyo', 1, longAgo).at(-1)).toMatchObject({
      weekStart: '2027-03-15',
      studiedMinutes: 50
    })
  })
})

describe('weeklyMinutes from the plan’s first week', () => {
  const now = Date.UTC(2027, 2, 17, 12, 0) // Wednesday 17 March 2027

  it('starts at the week the plan began in, with no empty weeks from before it', () => {
    // The plan began on Wednesday 10 March (London): its first week is the one starting Monday 8 March.
    const start = planStartMs('2027-03-10', [planned(Date.UTC(2027, 2, 10, 19), 60)], 'Europe/London')
    const weeks = weeklyMinutes([planned(Date.UTC(2027, 2, 10, 19), 60)], now, 'Europe/London', 1, start)
    expect(weeks.map((week) => week.weekStart)).toEqual(['2027-03-08', '2027-03-15'])
    expect(weeks[0]!.plannedMinutes).toBe(60)
  })

  it('gives the first week alone for a plan that starts later, and the last twelve weeks of a long one', () => {
    const later = weeklyMinutes([], now, 'Europe/London', 1, Date.UTC(2027, 3, 7))
    expect(later.map((week) => week.weekStart)).toEqual(['2027-04-05'])
    expect(weeklyMinutes([], now, 'Europe/London', 1, Date.UTC(2026, 0, 1))).toHaveLength(12)
  })

  it('begins at a session older than the start date (a plan whose start was moved later)', () => {
    const early = done(Date.UTC(2027, 1, 22, 19), 60, 60)
    expect(localDateOf(planStartMs('2027-03-10', [early], 'Europe/London'), 'Europe/London')).toBe('2027-02-22')
    expect(localDateOf(planStartMs('2027-03-10', [], 'Europe/London'), 'Europe/London')).toBe('2027-03-10')
  })
})

describe('streaks', () => {
  // Los Angeles springs forward on 2027-03-14. Evening study at 20:00 local is already the next day in UTC.
  const entries = [
    { atMs: Date.UTC(2027, 2, 14, 4, 0), minutes: 30 }, // Sat 13th 20:00 PST
    { atMs: Date.UTC(2027, 2, 15, 3, 0), minutes: 30 }, // Sun 14th 20:00 PDT
    { atMs: Date.UTC(2027, 2, 15, 15, 0), minutes: 30 } // Mon 15th 08:00 PDT
  ]

  it('counts consecutive local days in the plan’s zone across a clock change', () => {
    expect(streaks(studyDates(entries, 'America/Los_Angeles'), '2027-03-15')).toEqual({ current: 3, best: 3 })
    // Read in UTC the same log has only two study days.
    expect(streaks(studyDates(entries, 'UTC'), '2027-03-15')).toEqual({ current: 2, best: 2 })
  })

  it('keeps the streak alive until the end of the day after the last study day, then drops it', () => {
    const dates = studyDates(entries, 'America/Los_Angeles')
    expect(streaks(dates, '2027-03-16').current).toBe(3)
    expect(streaks(dates, '2027-03-17')).toEqual({ current: 0, best: 3 })
  })

  it('ignores zero-minute entries and reports the best earlier run', () => {
    const dates = new Set(['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-10', '2027-01-11'])
    expect(streaks(dates, '2027-01-11')).toEqual({ current: 2, best: 4 })
    expect(studyDates([{ atMs: Date.UTC(2027, 0, 5, 12), minutes: 0 }], 'UTC').size).toBe(0)
  })
})

describe('pace', () => {
  it('compares actual minutes with the scheduled length of done study sessions, ignoring reviews and sessions still ahead', () => {
    const pace = studyPace(
      [done(0, 60, 45), done(0, 60, 75), done(0, 60, 30), done(0, 30, 30, 'review'), planned(10 * HOUR, 60)],
      2 * HOUR
    )
    expect(pace).toEqual({ sessions: 3, missed: 0, actualMinutes: 150, plannedMinutes: 180, ratio: 150 / 180 })
    expect(studyPace([planned(10 * HOUR, 60)], 2 * HOUR).ratio).toBeNull()
  })

  it('counts missed study sessions as planned time with no work, so a week away lowers the pace', () => {
    const skipped: SessionFacts = { ...planned(0, 60), status: 'skipped' }
    const pace = studyPace(
      [done(0, 60, 60), planned(2 * HOUR, 60), planned(4 * HOUR, 60), skipped, planned(30 * HOUR, 60)],
      10 * HOUR
    )
    expect(pace).toEqual({ sessions: 1, missed: 2, actualMinutes: 60, plannedMinutes: 180, ratio: 60 / 180 })
    expect(paceSentence(pace, '2027-03-01', '2027-03-31', 'en-GB', t)).toMatch(
      /^Over 1 done and 2 missed study sessions you worked 33% of the planned time\. .*later than planned\.$/
    )
    expect(paceSentence(studyPace([planned(0, 60)], HOUR), '2027-03-01', '2027-03-31', 'en-GB', t)).toBe(
      'Over 0 done and 1 missed study session you worked 0% of the planned time. Log the sessions you did study to see when you would finish.'
    )
  })

  it('stretches the remaining span by the inverse of the pace', () => {
    expect(finishAtPace('2027-03-01', '2027-03-31', 0.5)).toBe('2027-04-30')
    expect(finishAtPace('2027-03-01', '2027-03-31', 2)).toBe('2027-03-16')
    expect(finishAtPace('2027-03-01', '2027-03-31', 1)).toBe('2027-03-31')
    expect(daysBetween('2027-03-31', '2027-03-16')).toBe(-15)
  })
})
