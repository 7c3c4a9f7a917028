// The one time vocabulary: a time reads the same alone as in a range, in every locale and clock style, in the plan's
// zone whatever the host's zone, and the learner's 12/24-hour choice reaches every format.
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import {
  displayLocale,
  displayLocaleSchema,
  formatClockMinutes,
  formatClockRange,
  formatCompactClockMinutes,
  formatCompactClockRange,
  formatDayLabel,
  formatDayTime,
  formatDuration,
  formatShortDate,
  formatTime,
  formatTimeRange
} from '../../../../src/shared/format'
import { cases } from '../../../support/fuzz'
import { underHostZone } from '../../../support/hostZone'

const HOUR = 3_600_000
/** Intl writes narrow and ordinary no-break spaces in times; tests compare with plain ones. */
const plain = (text: string) => text.replace(/\s/g, ' ')
const digits = (text: string) => text.replace(/\D/g, '')

const LOCALES = ['en-GB', 'en-US', 'de-DE', 'es-ES', 'fr-FR', 'ja-JP', 'ar-EG', 'hi-IN']
const STYLES = ['locale', '12h', '24h'] as const

describe('formatClockMinutes and formatClockRange', () => {
  it('write a time alone exactly as the start of any range from it (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...STYLES),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 1, max: 1439 }),
        (language, style, from, length) => {
          const locale = displayLocale(language, style)
          expect(formatClockMinutes(from, locale)).toBe(formatClockRange(from, from + length, locale).start)
        }
      ),
      { numRuns: cases(500) }
    )
  })

  it('writes en-GB 7 am as 07:00 alone and in a range (ICU’s single-time pattern would say 7:00)', () => {
    expect(formatClockMinutes(7 * 60, 'en-GB')).toBe('07:00')
    expect(formatClockRange(7 * 60, 8 * 60, 'en-GB')).toEqual({ range: '07:00–08:00', start: '07:00' })
    expect(plain(formatClockMinutes(19 * 60, 'en-US'))).toBe('7:00 PM')
  })

  it('writes a range past midnight as times of day', () => {
    expect(formatClockRange(23 * 60, 24 * 60 + 30, 'en-GB').range).toBe('23:00–00:30')
  })
})

describe('formatCompactClockMinutes and formatCompactClockRange', () => {
  it('drop the word German shares after both times, so a month cell has room for the topic', () => {
    expect(formatClockRange(19 * 60, 20 * 60, 'de-DE')).toEqual({ range: '19:00–20:00 Uhr', start: '19:00 Uhr' })
    expect(formatCompactClockRange(19 * 60, 20 * 60, 'de-DE')).toEqual({ range: '19:00–20:00', start: '19:00' })
    expect(formatCompactClockMinutes(9 * 60, 'de-DE')).toBe('09:00')
  })

  it('keep what a time needs: a shared AM/PM, and Japanese 分', () => {
    expect(plain(formatCompactClockRange(19 * 60, 20 * 60, 'en-US').range)).toBe('7:00 – 8:00 PM')
    expect(plain(formatCompactClockMinutes(19 * 60, 'de-DE-u-hc-h12'))).toBe('7:00 PM')
    expect(formatCompactClockRange(19 * 60, 20 * 60, 'ja-JP').range).toBe(
      formatClockRange(19 * 60, 20 * 60, 'ja-JP').range
    )
  })

  it('write a time alone as the start of any range from it, and the same digits as the full form (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...STYLES),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 1, max: 1439 }),
        (language, style, from, length) => {
          const locale = displayLocale(language, style)
          const compact = formatCompactClockRange(from, from + length, locale)
          expect(formatCompactClockMinutes(from, locale)).toBe(compact.start)
          expect(digits(compact.range)).toBe(digits(formatClockRange(from, from + length, locale).range))
        }
      ),
      { numRuns: cases(300) }
    )
  })
})

describe('formatTime, formatTimeRange, formatDayTime', () => {
  const lateInRome = Date.UTC(2027, 0, 7, 22) // Thursday 7 January 2027, 23:00 in Rome

  it('use the plan’s zone, not the host’s', async () => {
    for (const [host, offset] of [
      ['UTC', 0],
      ['America/Los_Angeles', 480],
      ['Asia/Kolkata', -330]
    ] as const) {
      vi.resetModules()
      const { result, hostOffsetMinutes } = await underHostZone(host, async () => {
        const format = await import('../../../../src/shared/format')
        return [
          format.formatTime(lateInRome, 'Europe/Rome', 'en-GB'),
          format.formatTimeRange(lateInRome, lateInRome + HOUR, 'Europe/Rome', 'en-GB'),
          format.formatDayTime(lateInRome, 'Europe/Rome', 'en-GB')
        ]
      })
      expect(hostOffsetMinutes).toBe(offset)
      expect(result).toEqual(['23:00', '23:00–00:00', 'Thu 7 Jan, 23:00'])
    }
  })

  it('reads each instant’s own offset across a clock change', () => {
    // 28 March 2027, Rome: 02:00 becomes 03:00. 00:30 UTC is 01:30 CET; 01:30 UTC is 03:30 CEST.
    expect(formatTimeRange(Date.UTC(2027, 2, 28, 0, 30), Date.UTC(2027, 2, 28, 1, 30), 'Europe/Rome', 'en-GB')).toBe(
      '01:30–03:30'
    )
    // 31 October 2027, Rome: 03:00 becomes 02:00 again; 00:30 and 01:30 UTC both read 02:30.
    expect(formatTime(Date.UTC(2027, 9, 31, 0, 30), 'Europe/Rome', 'en-GB')).toBe('02:30')
    expect(formatTime(Date.UTC(2027, 9, 31, 1, 30), 'Europe/Rome', 'en-GB')).toBe('02:30')
  })

  it('follow the learner’s clock choice in every format', () => {
    const twelve = displayLocale('en-GB', '12h')
    const twentyFour = displayLocale('en-US', '24h')
    expect(plain(formatTime(lateInRome, 'Europe/Rome', twelve))).toBe('11:00 pm')
    expect(plain(formatTimeRange(lateInRome, lateInRome + HOUR, 'Europe/Rome', twelve))).toBe('11:00 pm – 12:00 am')
    expect(plain(formatDayTime(lateInRome, 'Europe/Rome', twentyFour))).toBe('Thu, Jan 7, 23:00')
    expect(formatTime(lateInRome, 'Europe/Rome', displayLocale('de-DE', '24h'))).toBe('23:00 Uhr')
  })

  it('writes the day in the locale', () => {
    expect(formatDayLabel(lateInRome, 'Europe/Rome', 'en-GB')).toBe('Thu 7 Jan')
    expect(formatDayLabel(lateInRome, 'Europe/Rome', 'de-DE')).toBe('Do., 7. Jan.')
    expect(formatDayLabel(lateInRome, 'Europe/Rome', 'es-ES')).toBe('jue, 7 ene')
  })
})

describe('formatDuration', () => {
  it('says hours and minutes in the locale’s units, rounding up so time left never reads 0', () => {
    expect(plain(formatDuration(90 * 60_000, 'en-GB'))).toBe('1 hr 30 mins')
    expect(plain(formatDuration(30_000, 'en-GB'))).toBe('1 min')
    expect(plain(formatDuration(0, 'en-GB'))).toBe('0 mins')
  })
})

describe('formatShortDate', () => {
  it('writes a date as a chart axis names it, in the locale’s order, whatever the host zone', async () => {
    await underHostZone('Pacific/Kiritimati', () => {
      expect(formatShortDate('2027-01-04', 'en-GB')).toBe('4 Jan')
      expect(formatShortDate('2027-01-04', 'en-US')).toBe('Jan 4')
      expect(formatShortDate('2027-01-04', 'de-DE')).toBe('4. Jan.')
    })
  })
})

describe('displayLocale', () => {
  it('folds the clock choice into the language tag, replacing any it carried', () => {
    expect(displayLocale('en-US', '24h')).toBe('en-US-u-hc-h23')
    expect(displayLocale('en-GB', '12h')).toBe('en-GB-u-hc-h12')
    expect(displayLocale('en-US-u-hc-h23', 'locale')).toBe('en-US')
    expect(displayLocale('de', '12h')).toBe('de-u-hc-h12')
  })

  it('falls back to the runtime’s language for a tag Intl cannot read, so formatting never throws', () => {
    const fallback = displayLocale('not a tag!', '24h')
    expect(fallback).toMatch(/-u-hc-h23$/)
    expect(() => formatTime(0, 'UTC', fallback)).not.toThrow()
  })

  it('is what main accepts: well-formed tags of bounded length only', () => {
    expect(displayLocaleSchema.safeParse('en-GB-u-hc-h12').success).toBe(true)
    const refused = ['', 'not a tag!', 'en_GB', 'x'.repeat(65), 42, null].filter(
      (bad) => !displayLocaleSchema.safeParse(bad).success
    )
    expect(refused).toHaveLength(6)
  })
})
