// Wall time <-> instant conversion across DST, resolved explicitly (never through the host zone).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDay, formatLocalMs, parseLocalDate, zoneOffsets } from '../../../../src/shared/time'
import { intlWall } from '../scheduling/oracle'
import { ZONES } from '../scheduling/arbitraries'
import { cases } from '../../../support/fuzz'

const local = (wall: string): number => Date.parse(`${wall}:00Z`)
const utc = (iso: string): number => Date.parse(iso)

describe('zone offsets', () => {
  it('agree with Intl at any instant in 2000-2040 in every test zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        (zone, minute) => {
          const ms = minute * 60_000
          expect(formatLocalMs(zoneOffsets(zone).instantToLocal(ms))).toBe(intlWall(ms, zone))
        }
      ),
      { numRuns: cases(1000) }
    )
  })

  it('resolve a New York spring-forward gap time to the instant clocks jump (03:00 EDT)', () => {
    expect(zoneOffsets('America/New_York').localToInstant(local('2027-03-14T02:30'))).toBe(utc('2027-03-14T07:00:00Z'))
  })

  it('resolve an ambiguous fall-back time to its first occurrence (EDT)', () => {
    expect(zoneOffsets('America/New_York').localToInstant(local('2027-11-07T01:30'))).toBe(utc('2027-11-07T05:30:00Z'))
  })

  it('handle Lord Howe half-hour changes both ways', () => {
    const lordHowe = zoneOffsets('Australia/Lord_Howe')
    // 2027-10-03 02:00 -> 02:30 (+10:30 -> +11): 02:15 does not exist.
    expect(lordHowe.localToInstant(local('2027-10-03T02:15'))).toBe(utc('2027-10-02T15:30:00Z'))
    // 2027-04-04 02:00 -> 01:30 (+11 -> +10:30): 01:45 happens twice; the first is at +11.
    expect(lordHowe.localToInstant(local('2027-04-04T01:45'))).toBe(utc('2027-04-03T14:45:00Z'))
    expect(lordHowe.repeatedRanges(utc('2027-04-03T12:00:00Z'), utc('2027-04-04T12:00:00Z'))).toEqual([
      [utc('2027-04-03T15:00:00Z'), utc('2027-04-03T15:30:00Z')]
    ])
  })

  it('round-trip every wall time that exists exactly once', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }),
        (zone, minute) => {
          const offsets = zoneOffsets(zone)
          const instant = minute * 60_000
          const wall = offsets.instantToLocal(instant)
          const back = offsets.localToInstant(wall)
          // Either the same instant, or the wall time repeats and the conversion picked its earlier occurrence.
          expect(back === instant || (back < instant && offsets.instantToLocal(back) === wall)).toBe(true)
        }
      ),
      { numRuns: cases(1000) }
    )
  })
})

describe('steady offset of a day', () => {
  // Minutes of a day the planner converts: midnight, the small hours where clocks change, every half hour, 24:00.
  const MINUTES = [
    ...new Set([
      0,
      1,
      59,
      60,
      61,
      89,
      90,
      119,
      120,
      121,
      149,
      150,
      179,
      180,
      181,
      1439,
      1440,
      ...Array.from({ length: 49 }, (_, k) => k * 30)
    ])
  ]

  it('converts every wall time of a day exactly like localToInstant, for every day of 2026-2028 in every test zone', () => {
    const firstDay = Date.UTC(2026, 0, 1) / 86_400_000
    let declined = 0
    for (const zone of ZONES) {
      const offsets = zoneOffsets(zone)
      for (let day = firstDay; day < firstDay + 3 * 365; day++) {
        const offset = offsets.steadyOffsetOfDay(day * 86_400_000)
        if (Number.isNaN(offset)) {
          declined++
          continue
        }
        for (const minute of MINUTES) {
          const wall = day * 86_400_000 + minute * 60_000
          if (wall - offset !== offsets.localToInstant(wall))
            throw new Error(`${zone} day ${day} minute ${minute}: ${wall - offset} vs ${offsets.localToInstant(wall)}`)
        }
      }
    }
    // It declines only around offset changes: a few days a year in the zones that have them, never in UTC or Kolkata.
    expect(declined).toBeGreaterThan(0)
    expect(declined).toBeLessThan(ZONES.length * 3 * 2 * 4)
  })

  it('declines on the day clocks change and answers on an ordinary day', () => {
    const newYork = zoneOffsets('America/New_York')
    expect(newYork.steadyOffsetOfDay(local('2027-03-14T00:00'))).toBeNaN()
    expect(newYork.steadyOffsetOfDay(local('2027-07-14T00:00'))).toBe(-4 * 3_600_000)
    expect(zoneOffsets('UTC').steadyOffsetOfDay(local('2027-03-14T00:00'))).toBe(0)
  })
})

describe('calendar dates', () => {
  it('formats day numbers exactly like Date#toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 375_000 }), (day) => {
        expect(formatDay(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10))
        expect(parseLocalDate(formatDay(day))).toBe(day >= -25_567 && formatDay(day) < '3000' ? day : null)
      }),
      { numRuns: cases(1000) }
    )
  })

  it('rejects impossible dates', () => {
    expect(parseLocalDate('2027-02-29')).toBeNull()
    expect(parseLocalDate('2028-02-29')).not.toBeNull()
    expect(parseLocalDate('2027-13-01')).toBeNull()
    expect(parseLocalDate('27-01-01')).toBeNull()
  })
})
