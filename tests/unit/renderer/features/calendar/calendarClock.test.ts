// The calendar's wall-clock basis: instants to the plan zone's wall clock and back, across clock changes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calendarClock } from '../../../../../src/renderer/src/features/calendar/calendarClock'
import { cases } from '../../../../support/fuzz'

const MINUTE = 60_000

describe('calendarClock', () => {
  it('writes the zone’s wall clock as UTC, whatever the host’s zone', () => {
    expect(calendarClock('Europe/Rome').toCalendar(Date.UTC(2027, 0, 7, 18))).toBe(Date.UTC(2027, 0, 7, 19))
    // Monday 08:00 in Auckland is still Sunday in UTC: the calendar must see Monday.
    expect(new Date(calendarClock('Pacific/Auckland').toCalendar(Date.UTC(2027, 0, 10, 19))).getUTCDay()).toBe(1)
    expect(calendarClock('America/New_York').fromCalendar(Date.UTC(2027, 6, 1, 9))).toBe(Date.UTC(2027, 6, 1, 13))
  })

  it('reads a time skipped by spring-forward as the instant of the jump, and a repeated time as its first occurrence', () => {
    const rome = calendarClock('Europe/Rome')
    // 28 March 2027: 02:00 CET jumps to 03:00 CEST at 01:00 UTC.
    expect(rome.fromCalendar(Date.UTC(2027, 2, 28, 2, 30))).toBe(Date.UTC(2027, 2, 28, 1))
    // 31 October 2027: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
    expect(rome.fromCalendar(Date.UTC(2027, 9, 31, 2, 30))).toBe(Date.UTC(2027, 9, 31, 0, 30))
  })

  it('gives back every instant it converts, except the second pass through a repeated hour', () => {
    const zones = ['Europe/Rome', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Auckland', 'Asia/Kolkata']
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2026, 0, 1) / MINUTE, max: Date.UTC(2030, 0, 1) / MINUTE }),
        (zone, minute) => {
          const clock = calendarClock(zone)
          const instant = minute * MINUTE
          const wall = clock.toCalendar(instant)
          const back = clock.fromCalendar(wall)
          // Either the same instant, or an earlier one showing the same wall time (the fold's first occurrence).
          expect(back === instant || (back < instant && clock.toCalendar(back) === wall)).toBe(true)
        }
      ),
      { numRuns: cases(2000) }
    )
  })
})
