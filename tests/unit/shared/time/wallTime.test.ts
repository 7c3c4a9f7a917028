// Instant <-> wall time in a zone under seven host zones in this one process: round trips, the one rule for skipped
// and repeated wall times (and RFC 5545's reading as an option), local dates that agree with Intl, and answers that
// never depend on the host.
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import {
  hostTimeZone,
  instantOfLocal,
  instantOfWall,
  isRepeatedWall,
  isSkippedWall,
  localClockTimeOf,
  localDateOf,
  offsetAt,
  startOfNextLocalDay,
  wallAsUtcMs,
  wallTimeOf,
  zoneOffsets,
  type WallTime
} from '../../../../src/shared/time'
import { cases } from '../../../support/fuzz'

const HOSTS = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/St_Johns'
] as const
/** Plan zones with 1-hour, 30-minute and 45-minute changes in both hemispheres, negative half-hours and none. */
const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/St_Johns',
  'America/Santiago'
] as const

const savedTz = process.env.TZ
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ
  else process.env.TZ = savedTz
})

const wall = (year: number, month: number, day: number, hour: number, minute: number): WallTime => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0
})
const sameWall = (a: WallTime, b: WallTime): boolean => wallAsUtcMs(a) === wallAsUtcMs(b)

/** An instant (whole minutes) in 2000-2040, and minutes around every 2027 clock change in the test zones. */
const instantArb = fc.oneof(
  fc
    .integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 })
    .map((minute) => minute * 60_000),
  fc
    .integer({ min: Date.UTC(2027, 0, 1) / 60_000, max: Date.UTC(2028, 0, 1) / 60_000 })
    .map((minute) => minute * 60_000)
)
/** A wall time in the small hours of a 2027 day, where clocks change. */
const smallHoursArb = fc
  .record({ day: fc.integer({ min: 0, max: 364 }), minute: fc.integer({ min: 0, max: 5 * 60 - 1 }) })
  .map(({ day, minute }) => {
    const date = new Date(Date.UTC(2027, 0, 1 + day))
    return wall(2027, date.getUTCMonth() + 1, date.getUTCDate(), Math.floor(minute / 60), minute % 60)
  })
/** Intl's own date and clock time of an instant: the oracle, read independently of the code under test. */
const intlDate = (ms: number, zone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms)
const intlClock = (ms: number, zone: string): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms)

/** Answers to fixed questions, compared across hosts. */
function fixedAnswers(): number[] {
  return [
    instantOfWall(wall(2027, 3, 14, 2, 30), 'America/New_York'),
    instantOfWall(wall(2027, 3, 14, 2, 30), 'America/New_York', 'rfc5545'),
    instantOfWall(wall(2027, 11, 7, 1, 30), 'America/New_York'),
    instantOfWall(wall(2027, 10, 3, 2, 15), 'Australia/Lord_Howe'),
    instantOfWall(wall(2027, 4, 4, 1, 45), 'Australia/Lord_Howe'),
    instantOfWall(wall(2027, 9, 26, 3, 0), 'Pacific/Chatham'),
    instantOfLocal('2027-03-28', '02:30', 'Europe/Berlin'),
    startOfNextLocalDay(Date.UTC(2027, 8, 4, 12), 'America/Santiago'),
    offsetAt(Date.UTC(1900, 0, 1), 'Europe/Amsterdam')
  ]
}

/** Whether `instant` is how the one rule reads `shown`: the wall time itself, or the first instant after its gap. */
function resolvedByTheRule(shown: WallTime, zone: string, instant: number, agreesWithTables: boolean): boolean {
  if (!isSkippedWall(shown, zone))
    return (
      agreesWithTables &&
      sameWall(wallTimeOf(instant, zone), shown) &&
      instantOfWall(shown, zone, 'rfc5545') === instant
    )
  // The first instant after the gap: the clocks have just jumped past the wall time. RFC 5545 reads it with the
  // offset before the gap instead.
  const offsetBefore = offsetAt(instant - 60_000, zone)
  return (
    agreesWithTables &&
    offsetBefore < offsetAt(instant, zone) &&
    wallAsUtcMs(wallTimeOf(instant, zone)) > wallAsUtcMs(shown) &&
    wallAsUtcMs(wallTimeOf(instant - 60_000, zone)) < wallAsUtcMs(shown) &&
    instantOfWall(shown, zone, 'rfc5545') === wallAsUtcMs(shown) - offsetBefore
  )
}

describe.each(HOSTS)('with the host set to %s', (host) => {
  process.env.TZ = host

  it('the host zone is really switched in this process', () => {
    process.env.TZ = host
    // ICU may name the zone by an alias (Asia/Kolkata as Asia/Calcutta): compare what it means, with Date's own view.
    for (const ms of [Date.UTC(2027, 0, 15), Date.UTC(2027, 6, 15)]) {
      expect(offsetAt(ms, hostTimeZone())).toBe(offsetAt(ms, host))
      expect(new Date(ms).getTimezoneOffset() * -60_000 + 0).toBe(offsetAt(ms, host))
    }
  })

  it('reads a skipped wall time as the instant the clocks jump, or with the offset before the gap for .ics', () => {
    process.env.TZ = host
    // New York 2027-03-14: 02:00 EST becomes 03:00 EDT at 07:00Z.
    expect(instantOfWall(wall(2027, 3, 14, 2, 30), 'America/New_York')).toBe(Date.UTC(2027, 2, 14, 7, 0))
    expect(instantOfWall(wall(2027, 3, 14, 2, 30), 'America/New_York', 'rfc5545')).toBe(Date.UTC(2027, 2, 14, 7, 30))
    // Lord Howe 2027-10-03: 02:00 (+10:30) becomes 02:30 (+11) at 15:30Z the day before.
    expect(instantOfWall(wall(2027, 10, 3, 2, 15), 'Australia/Lord_Howe')).toBe(Date.UTC(2027, 9, 2, 15, 30))
    expect(instantOfWall(wall(2027, 10, 3, 2, 15), 'Australia/Lord_Howe', 'rfc5545')).toBe(Date.UTC(2027, 9, 2, 15, 45))
    // Chatham 2027-09-26: 02:45 (+12:45) becomes 03:45 (+13:45) at 14:00Z the day before.
    expect(instantOfWall(wall(2027, 9, 26, 3, 0), 'Pacific/Chatham')).toBe(Date.UTC(2027, 8, 25, 14, 0))
    expect(isSkippedWall(wall(2027, 9, 26, 3, 0), 'Pacific/Chatham')).toBe(true)
  })

  it('reads a repeated wall time as its earlier occurrence, under either rule', () => {
    process.env.TZ = host
    expect(isRepeatedWall(wall(2027, 11, 7, 1, 30), 'America/New_York')).toBe(true)
    expect(instantOfWall(wall(2027, 11, 7, 1, 30), 'America/New_York')).toBe(Date.UTC(2027, 10, 7, 5, 30))
    expect(instantOfWall(wall(2027, 11, 7, 1, 30), 'America/New_York', 'rfc5545')).toBe(Date.UTC(2027, 10, 7, 5, 30))
    // Lord Howe 2027-04-04: 02:00 (+11) goes back to 01:30 (+10:30) at 15:00Z the day before.
    expect(instantOfWall(wall(2027, 4, 4, 1, 45), 'Australia/Lord_Howe')).toBe(Date.UTC(2027, 3, 3, 14, 45))
  })

  it('round-trips instant -> wall -> instant, except the later pass through a repeated hour, which maps to the earlier', () => {
    process.env.TZ = host
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instantArb, (zone, ms) => {
        const shown = wallTimeOf(ms, zone)
        const back = instantOfWall(shown, zone)
        expect(
          back === ms || (isRepeatedWall(shown, zone) && back < ms && sameWall(wallTimeOf(back, zone), shown))
        ).toBe(true)
      }),
      { numRuns: cases(300) }
    )
  })

  it("resolves every wall time by the one rule, the same way as the planner's offset tables", () => {
    process.env.TZ = host
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), smallHoursArb, (zone, shown) => {
        const instant = instantOfWall(shown, zone)
        const agreesWithTables = zoneOffsets(zone).localToInstant(wallAsUtcMs(shown)) === instant
        expect(resolvedByTheRule(shown, zone, instant, agreesWithTables)).toBe(true)
      }),
      { numRuns: cases(300) }
    )
  })

  it('gives every instant the local date and clock time Intl gives it', () => {
    process.env.TZ = host
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instantArb, (zone, ms) => {
        expect(localDateOf(ms, zone)).toBe(intlDate(ms, zone))
        expect(localClockTimeOf(ms, zone)).toBe(intlClock(ms, zone))
      }),
      { numRuns: cases(300) }
    )
  })
})

describe('host independence', () => {
  it('answers the same fixed questions under every host zone', () => {
    const answers = HOSTS.map((host) => {
      process.env.TZ = host
      return fixedAnswers()
    })
    for (const answer of answers) expect(answer).toEqual(answers[0])
  })
})
