// weeklyStudyCapacity: examples, and properties on 1,000 random availabilities, the engine itself as the oracle.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Availability, WeeklyWindow, Weekday } from '../../../../src/shared/domain/availability'
import { buildSchedule } from '../../../../src/shared/scheduling/buildSchedule'
import { weeklyStudyCapacity } from '../../../../src/shared/scheduling/capacity'
import { availability, everyDay, inputOf, settings, topic } from './fixtures'
import { cases } from '../../../support/fuzz'

const RUNS = { numRuns: cases(1000) }
const DAY_MS = 86_400_000
/** Sunday 3 January 2027, midnight UTC: the plan starts on a week's first day. */
const SUNDAY = Date.UTC(2027, 0, 3)

function clock(minutes: number): string {
  return minutes === 1440
    ? '24:00'
    : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

function painted(value: Availability): number {
  return value.windows.reduce((total, window) => total + clockMinutes(window.end) - clockMinutes(window.start), 0)
}

function clockMinutes(value: string): number {
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5))
}

/** 1-8 windows that never overlap on a weekday (so painted minutes are a plain sum), some touching midnight. */
const windowsArb: fc.Arbitrary<WeeklyWindow[]> = fc
  .array(
    fc.record({
      weekday: fc.integer({ min: 0, max: 6 }),
      start: fc.oneof(fc.constantFrom(0, 1320, 1380), fc.integer({ min: 0, max: 1425 })),
      length: fc.oneof(fc.integer({ min: 5, max: 240 }), fc.integer({ min: 5, max: 1440 }))
    }),
    { minLength: 1, maxLength: 8 }
  )
  .map((raw) => {
    const windows: WeeklyWindow[] = []
    for (const { weekday, start, length } of raw) {
      const end = Math.min(1440, start + length)
      const clash = windows.some(
        (other) => other.weekday === weekday && clockMinutes(other.start) < end && start < clockMinutes(other.end)
      )
      if (!clash) windows.push({ weekday: weekday as Weekday, start: clock(start), end: clock(end) })
    }
    return windows
  })

const availabilityArb: fc.Arbitrary<Availability> = fc
  .record({
    windows: windowsArb,
    min: fc.integer({ min: 5, max: 90 }),
    extra: fc.oneof(fc.nat(120), fc.nat(1000)),
    cap: fc.oneof(fc.integer({ min: 5, max: 600 }), fc.constant(1440)),
    breakMinutes: fc.oneof(fc.nat(30), fc.nat(600))
  })
  .map(({ windows, min, extra, cap, breakMinutes }) => ({
    windows,
    blackouts: [],
    busy: [],
    dailyCapMinutes: Math.max(cap, min),
    sessionMinMinutes: min,
    sessionMaxMinutes: Math.min(1440, min + extra),
    breakMinutes
  }))

/** Planned study minutes the engine puts in the plan's second week (days 7-13), a week that follows a full one. */
function secondWeekMinutes(value: Availability, parallelTopics: 1 | 2 | 3): number {
  // 60,000 minutes a topic: more than two weeks of every minute of every day, so no topic ever finishes.
  const topics = [topic('a', 60_000), topic('b', 60_000), topic('c', 60_000)]
  const result = buildSchedule(
    inputOf(topics, {
      availability: value,
      settings: settings({ startDate: '2027-01-03', timeZone: 'UTC', parallelTopics }),
      now: SUNDAY
    })
  )
  if (!result.ok) throw new Error(`valid input rejected: ${JSON.stringify(result.error)}`)
  return result.sessions
    .filter(
      (session) =>
        session.status === 'planned' &&
        session.kind === 'study' &&
        session.startMs >= SUNDAY + 7 * DAY_MS &&
        session.startMs < SUNDAY + 14 * DAY_MS
    )
    .reduce((total, session) => total + session.minutes, 0)
}

describe('weeklyStudyCapacity', () => {
  it('cuts a window into sessions with breaks and drops a leftover below the minimum', () => {
    // 18:00-20:00: 60 min, 10 min break, 50 min → 110 a day.
    expect(weeklyStudyCapacity(availability())).toBe(7 * 110)
    // 18:00-19:30: 60 min, 10 min break, 20 min left < 30 → 60 a day.
    expect(weeklyStudyCapacity(availability({ windows: everyDay('18:00', '19:30') }))).toBe(7 * 60)
  })

  it('applies the daily cap', () => {
    expect(weeklyStudyCapacity(availability({ windows: everyDay('08:00', '20:00'), dailyCapMinutes: 100 }))).toBe(
      7 * 100
    )
  })

  it('carries a break across midnight into the next day’s first window', () => {
    const windows: WeeklyWindow[] = [
      { weekday: 1, start: '23:00', end: '24:00' },
      { weekday: 2, start: '00:00', end: '01:00' }
    ]
    // Tuesday's window loses the 10-minute break after Monday's session that ends at midnight.
    expect(weeklyStudyCapacity(availability({ windows }))).toBe(60 + 50)
  })

  it('equals painted minutes with no breaks, sessions as long as any window and no cap', () => {
    expect(
      weeklyStudyCapacity(
        availability({
          windows: everyDay('18:00', '20:00'),
          breakMinutes: 0,
          sessionMaxMinutes: 1440,
          dailyCapMinutes: 1440
        })
      )
    ).toBe(7 * 120)
  })

  it('is never more than the painted minutes', () => {
    fc.assert(
      fc.property(availabilityArb, (value) => {
        expect(weeklyStudyCapacity(value)).toBeLessThanOrEqual(painted(value))
      }),
      RUNS
    )
  })

  it('is the painted minutes with zero breaks, a maximum session at least every window and no cap', () => {
    fc.assert(
      fc.property(windowsArb, fc.integer({ min: 1, max: 5 }), (windows, min) => {
        const longest = Math.max(...windows.map((window) => clockMinutes(window.end) - clockMinutes(window.start)))
        // Windows shorter than the minimum hold no session; keep the minimum at or below every window.
        const shortest = Math.min(...windows.map((window) => clockMinutes(window.end) - clockMinutes(window.start)))
        const value = availability({
          windows,
          breakMinutes: 0,
          sessionMinMinutes: Math.min(min, shortest),
          sessionMaxMinutes: longest,
          dailyCapMinutes: 1440
        })
        expect(weeklyStudyCapacity(value)).toBe(painted(value))
      }),
      RUNS
    )
  })

  it('is exactly what the engine plans in a full week with no busy time when the roadmap fills every slot', () => {
    fc.assert(
      fc.property(availabilityArb, fc.constantFrom(1 as const, 2 as const, 3 as const), (value, parallelTopics) => {
        expect(secondWeekMinutes(value, parallelTopics)).toBe(weeklyStudyCapacity(value))
      }),
      RUNS
    )
  })
})
