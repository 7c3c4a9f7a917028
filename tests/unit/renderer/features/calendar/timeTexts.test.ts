// Session times in the plan's zone and the user's locale, as blocks and panels write them, independent of the host's zone.
import { describe, expect, it } from 'vitest'
import { calendarClock } from '../../../../../src/renderer/src/features/calendar/calendarClock'
import { timeTextsFormatter } from '../../../../../src/renderer/src/features/calendar/timeTexts'

const HOUR = 3_600_000

/** The start text of a range between two wall-clock hours of the day (written as UTC instants, see calendarClock). */
const startText = (locale: string, from: number, to: number) =>
  timeTextsFormatter(locale)(from * HOUR, to * HOUR).start.replace(/\s/g, ' ')

describe('timeTextsFormatter', () => {
  it('shows wall-clock times in the zone, in the locale’s style', () => {
    const start = Date.UTC(2027, 0, 7, 18) // 19:00 in Rome, 13:00 in New York
    const inZone = (zone: string, locale: string) => {
      const clock = calendarClock(zone)
      return timeTextsFormatter(locale)(clock.toCalendar(start), clock.toCalendar(start + HOUR)).range
    }
    expect(inZone('Europe/Rome', 'en-GB')).toBe('19:00–20:00')
    expect(inZone('America/New_York', 'en-GB')).toBe('13:00–14:00')
    expect(inZone('Europe/Rome', 'en-US').replace(/\s/g, ' ')).toMatch(/^7:00 ?– ?8:00 PM$/)
  })

  it('reads each instant’s own offset across a clock change, and reuses nothing across days wrongly', () => {
    const rome = calendarClock('Europe/Rome')
    const toWall = timeTextsFormatter('en-GB')
    const format = (startMs: number, endMs: number) => toWall(rome.toCalendar(startMs), rome.toCalendar(endMs)).range
    // 28 March 2027: clocks go from 02:00 to 03:00 in Rome. 00:30 UTC is 01:30 CET; 01:30 UTC is 03:30 CEST.
    expect(format(Date.UTC(2027, 2, 28, 0, 30), Date.UTC(2027, 2, 28, 1, 30))).toBe('01:30–03:30')
    // The same instants a day earlier are one hour apart in wall time.
    expect(format(Date.UTC(2027, 2, 27, 0, 30), Date.UTC(2027, 2, 27, 1, 30))).toBe('01:30–02:30')
  })

  it('gives the start alone as the range writes it: the locale’s hour digits and a period shared with the end', () => {
    // en-GB ranges keep two-digit hours (07:00–08:00), where a plain time format writes 7:00.
    expect(startText('en-GB', 7, 8)).toBe('07:00')
    // en-US shares the period between both ends (7:00 – 8:00 PM): the start keeps it, the separator goes.
    expect(startText('en-US', 19, 20)).toBe('7:00 PM')
    expect(startText('en-US', 11.5, 12.25)).toBe('11:30 AM')
    // German's shared 'Uhr' is left out in a block's little room (the panels and notices keep it).
    expect(startText('de-DE', 19, 20)).toBe('19:00')
    expect(startText('ja-JP', 19, 20)).toBe('19時00分')
  })

  it('writes a session that ends at or after midnight as times of day, not dates', () => {
    // 23:00 to midnight and 23:30 to 00:30: the end is on the next day.
    expect(timeTextsFormatter('en-GB')(23 * HOUR, 24 * HOUR)).toEqual({ range: '23:00–00:00', start: '23:00' })
    expect(timeTextsFormatter('en-GB')(23.5 * HOUR, 24.5 * HOUR).range).toBe('23:30–00:30')
  })
})
