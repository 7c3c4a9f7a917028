// Why src/shared/time reads offsets from Intl and resolves wall times itself rather than through @date-fns/tz: what the
// installed date-fns 4 and @date-fns/tz 1 do, asserted, so an upgrade that changes it fails here and invites a second
// look (docs/architecture.md, "Time").
import { tz, TZDate, tzOffset } from '@date-fns/tz'
import { addDays, format, getDay, parseISO } from 'date-fns'
import { describe, expect, it } from 'vitest'
import {
  addLocalDays,
  formatDay,
  instantOfLocal,
  instantOfWall,
  offsetAt,
  weekdayOf
} from '../../../../src/shared/time'

const longOffset = (zone: string, ms: number): string =>
  new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).format(ms).split('GMT')[1] ?? ''

describe('@date-fns/tz, where our rules differ', () => {
  it('TZDate reads a skipped 02:30 as 03:30 (RFC 5545, our .ics option), not as the instant the clocks jump (03:00)', () => {
    // New York, 14 March 2027: the clocks jump from 02:00 EST to 03:00 EDT (07:00Z).
    const skipped = new TZDate(2027, 2, 14, 2, 30, 'America/New_York')
    expect(new Date(skipped.getTime()).toISOString()).toBe('2027-03-14T07:30:00.000Z')
    expect(skipped.getTime()).toBe(
      instantOfWall({ year: 2027, month: 3, day: 14, hour: 2, minute: 30, second: 0 }, 'America/New_York', 'rfc5545')
    )
    // The planner's and the reminders' one rule:
    expect(new Date(instantOfLocal('2027-03-14', '02:30', 'America/New_York')).toISOString()).toBe(
      '2027-03-14T07:00:00.000Z'
    )
  })

  it('tzOffset flips the sign of an offset west of UTC by less than an hour, and TZDate places wall times with it', () => {
    // Dublin Mean Time, 1900: Intl (and offsetAt) say 25 min 21 s behind UTC.
    const ms = Date.UTC(1900, 0, 1)
    expect(longOffset('Europe/Dublin', ms)).toBe('-00:25:21')
    expect(offsetAt(ms, 'Europe/Dublin')).toBe(-(25 * 60 + 21) * 1000)
    // '-00' parses as -0, so the sign test reads the offset as east of UTC: +25.35 minutes.
    expect(tzOffset('Europe/Dublin', new Date(ms))).toBe(25.35)
    // Noon in Dublin is 12:25:21Z; TZDate puts it 25:21 before noon UTC instead.
    expect(new Date(new TZDate(1900, 0, 1, 12, 0, 'Europe/Dublin').getTime()).toISOString()).toBe(
      '1900-01-01T11:34:39.000Z'
    )
    // Seconds are kept as a fraction of a minute (Paris, 1900: +00:09:21), though getTimezoneOffset drops them.
    expect(longOffset('Europe/Paris', ms)).toBe('+00:09:21')
    expect(tzOffset('Europe/Paris', new Date(ms))).toBe(9.35)
    expect(new TZDate(ms, 'Europe/Paris').getTimezoneOffset()).toBe(-9)
  })
})

describe('date-fns, where it agrees', () => {
  it('adds days to a local date and names its weekday in UTC exactly as the day numbers do (1900-2999)', () => {
    const utc = tz('UTC')
    for (let day = -25_567; day < 376_200; day += 997) {
      const date = formatDay(day)
      const parsed = parseISO(date, { in: utc })
      expect(getDay(parsed)).toBe(weekdayOf(day))
      for (const days of [-366, -1, 1, 31])
        expect(format(addDays(parsed, days), 'yyyy-MM-dd')).toBe(addLocalDays(date, days))
    }
  })
})
