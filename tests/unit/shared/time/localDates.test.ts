// Week and day boundaries in the plan's zone, including weeks and days where the clocks change.
import { describe, expect, it } from 'vitest'
import { dayBounds, localDateOf, localeFirstDay, startOfLocalDate, weekBounds } from '../../../../src/shared/time'

const HOUR = 3_600_000

describe('weekBounds', () => {
  it('runs from local Monday midnight to the next, 167 hours across the spring-forward week in Rome', () => {
    // Wednesday 1 April 2026 12:00 in Rome; clocks went forward on Sunday 29 March 2026 — in the week before.
    const week = weekBounds(Date.UTC(2026, 2, 27, 11), 'Europe/Rome', 1) // Friday 27 March, 12:00 local
    expect(week.startMs).toBe(Date.UTC(2026, 2, 22, 23)) // Monday 23 March 00:00 CET
    expect(week.endMs).toBe(Date.UTC(2026, 2, 29, 22)) // Monday 30 March 00:00 CEST
    expect(week.endMs - week.startMs).toBe(167 * HOUR)
  })

  it('is 169 hours long across the fall-back week in New York, starting on Sunday', () => {
    const week = weekBounds(Date.UTC(2026, 10, 3, 17), 'America/New_York', 0) // Tuesday 3 November 2026, 12:00 EST
    expect(week.startMs).toBe(Date.UTC(2026, 10, 1, 4)) // Sunday 1 November 00:00 EDT
    expect(week.endMs).toBe(Date.UTC(2026, 10, 8, 5)) // Sunday 8 November 00:00 EST
    expect(week.endMs - week.startMs).toBe(169 * HOUR)
  })

  it('puts an instant just before local midnight in the earlier week', () => {
    const sundayLate = Date.UTC(2026, 2, 29, 21, 59) // Sunday 29 March 23:59 CEST
    expect(weekBounds(sundayLate, 'Europe/Rome', 1).endMs).toBe(sundayLate + 60_000)
  })

  it('follows the zone, not the host: the same instant is in different weeks in Tokyo and Los Angeles', () => {
    const instant = Date.UTC(2026, 5, 7, 20) // Sunday 7 June 2026 20:00 UTC = Monday 05:00 in Tokyo, Sunday 13:00 in LA
    expect(weekBounds(instant, 'Asia/Tokyo', 1).startMs).toBe(Date.UTC(2026, 5, 7, 15))
    expect(weekBounds(instant, 'America/Los_Angeles', 1).startMs).toBe(Date.UTC(2026, 5, 1, 7))
  })
})

describe('day helpers', () => {
  it('gives the local date and the 23-hour spring-forward day', () => {
    expect(localDateOf(Date.UTC(2026, 2, 28, 23, 30), 'Europe/Rome')).toBe('2026-03-29')
    const day = dayBounds(Date.UTC(2026, 2, 29, 10), 'Europe/Rome')
    expect(day.endMs - day.startMs).toBe(23 * HOUR)
    expect(startOfLocalDate('2026-03-29', 'Europe/Rome')).toBe(day.startMs)
  })

  it('reads the first day of the week from the locale', () => {
    expect(localeFirstDay('en-GB')).toBe(1)
    expect(localeFirstDay('en-US')).toBe(0)
  })
})
