// Property tests of the importer: mutated real files never make it throw or leak bad intervals; skipping ahead is exact.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importBusyIcs, type ImportBusyOptions } from '../../../../src/shared/ics'
import { fixtureNames, readFixture, utc } from './icsFixtures'
import { cases } from '../../../support/fuzz'

const SOURCES = [
  ...fixtureNames('valid').map((name) => readFixture('valid', name)),
  ...fixtureNames('clients').map((name) => readFixture('clients', name))
]

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'deleteLine'; at: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'swapLines'; at: number; with: number }
  | { kind: 'randomBytes'; at: number; text: string }
  | { kind: 'replaceChar'; at: number; text: string }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('deleteLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({
    kind: fc.constant('randomBytes' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'binary', maxLength: 12 })
  }),
  fc.record({
    kind: fc.constant('replaceChar' as const),
    at: fc.nat(),
    text: fc.constantFrom(':', ';', '=', ',', '\r', '\n', ' ', '\u0000', 'Z', '9', '-')
  })
)

function mutate(text: string, change: Mutation): string {
  const lines = text.split('\n')
  const line = (at: number): number => at % Math.max(1, lines.length)
  switch (change.kind) {
    case 'truncate':
      return text.slice(0, change.at % (text.length + 1))
    case 'deleteLine':
      return lines.filter((_, index) => index !== line(change.at)).join('\n')
    case 'duplicateLine':
      return lines.flatMap((value, index) => (index === line(change.at) ? [value, value] : [value])).join('\n')
    case 'swapLines': {
      const [a, b] = [line(change.at), line(change.with)]
      const copy = [...lines]
      ;[copy[a], copy[b]] = [lines[b] ?? '', lines[a] ?? '']
      return copy.join('\n')
    }
    case 'randomBytes':
    case 'replaceChar': {
      const at = change.at % (text.length + 1)
      return text.slice(0, at) + change.text + text.slice(at + (change.kind === 'replaceChar' ? 1 : 0))
    }
  }
}

// One-year windows around the years the fixtures use, so mutated events still land in range.
const options: fc.Arbitrary<ImportBusyOptions> = fc
  .record({
    zone: fc.constantFrom('Europe/Rome', 'America/New_York', 'Asia/Kolkata', 'UTC'),
    rangeStartMs: fc.constantFrom(utc(2012, 1, 1), utc(2014, 1, 1), utc(2024, 1, 1), utc(2027, 1, 1)),
    rangeEndMs: fc.constant(0),
    maxIntervals: fc.constantFrom(undefined, 50)
  })
  .map((value) => ({ ...value, rangeEndMs: value.rangeStartMs + 366 * 86_400_000 }))

describe('importBusyIcs on mutated real-world files', () => {
  it('never throws, and every interval is non-empty, inside the range, sorted, within the cap', () => {
    const property = fc.property(
      fc.nat(SOURCES.length - 1),
      fc.array(mutation, { minLength: 1, maxLength: 3 }),
      options,
      (source, changes, range) => {
        const text = changes.reduce(mutate, SOURCES[source] ?? '')
        const result = importBusyIcs(text, range)
        if (!result.ok) return result.error.where.length > 0 && result.error.message.length > 0
        const cap = range.maxIntervals ?? Number.POSITIVE_INFINITY
        return (
          result.busy.length <= cap &&
          result.busy.every(
            (interval, index) =>
              interval.startMs < interval.endMs &&
              interval.startMs >= range.rangeStartMs &&
              interval.endMs <= range.rangeEndMs &&
              (index === 0 || (result.busy[index - 1]?.startMs ?? -Infinity) <= interval.startMs)
          )
        )
      }
    )
    expect(() => fc.assert(property, { numRuns: cases(1_000) })).not.toThrow()
  }, 60_000)
})

describe('starting a long series later (fast-forward) changes nothing', () => {
  const rule = fc.record({
    freq: fc.constantFrom('HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
    interval: fc.integer({ min: 1, max: 5 }),
    byDay: fc.option(fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], { minLength: 1 }), { nil: undefined }),
    zone: fc.constantFrom('Europe/Rome', 'America/New_York', 'UTC'),
    startDay: fc.integer({ min: 0, max: 2 * 365 }),
    startMinute: fc.integer({ min: 0, max: 24 * 4 - 1 }),
    hours: fc.integer({ min: 1, max: 30 })
  })

  it('gives the same intervals in a 60-day window as expanding from DTSTART', () => {
    const property = fc.property(rule, (r) => {
      // The reference walk costs one step per occurrence from DTSTART: start HOURLY series 2-4 months before.
      const startDay = r.freq === 'HOURLY' ? 3 * 365 + 30 + (r.startDay % 60) : r.startDay
      const start = new Date(utc(2024, 1, 1) + startDay * 86_400_000 + r.startMinute * 15 * 60_000)
      const stamp = start.toISOString().replace(/[-:]/g, '').slice(0, 15)
      const parts = [`FREQ=${r.freq}`, `INTERVAL=${r.interval}`, ...(r.byDay ? [`BYDAY=${r.byDay.join(',')}`] : [])]
      const text = [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:ff',
        `DTSTART;TZID=${r.zone}:${stamp}`,
        `DURATION:PT${r.hours}H`,
        `RRULE:${parts.join(';')}`,
        'END:VEVENT',
        'END:VCALENDAR'
      ].join('\r\n')
      const window = { zone: 'UTC', rangeStartMs: utc(2027, 6, 1), rangeEndMs: utc(2027, 7, 31), maxIntervals: 100_000 }
      const fast = importBusyIcs(text, window)
      // From DTSTART itself (no skipping possible), then clipped to the window by hand.
      const slow = importBusyIcs(text, { ...window, rangeStartMs: utc(2023, 12, 1) })
      if (!fast.ok || !slow.ok) return false
      fc.pre(slow.skipped.length === 0) // the reference walk must not have hit the step budget itself
      const clipped = slow.busy
        .map((i) => ({ startMs: Math.max(i.startMs, window.rangeStartMs), endMs: i.endMs }))
        .filter((i) => i.startMs < i.endMs)
      return (
        JSON.stringify(fast.busy.map((i) => [i.startMs, i.endMs])) ===
        JSON.stringify(clipped.map((i) => [i.startMs, i.endMs]))
      )
    })
    expect(() => fc.assert(property, { numRuns: cases(80) })).not.toThrow()
  }, 60_000)
})
