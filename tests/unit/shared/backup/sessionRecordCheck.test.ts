// The quick session check may skip the schema only where the schema would accept: random records near every bound.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FILE_LIMITS as L } from '../../../../src/shared/backup/limits'
import { sessionRecordSchema } from '../../../../src/shared/backup/recordSchemas'
import { isPlainSessionRecord } from '../../../../src/shared/backup/sessionRecordCheck'
import { cases } from '../../../support/fuzz'

const RUNS = { numRuns: cases(2000) }

const text = (length: number) => 'x'.repeat(length)
/** Values at, just inside and just outside each bound, and of the wrong type. */
const near = {
  id: [text(2), text(3), text(L.maxIdLength * 2 + 1), text(L.maxIdLength * 2 + 2), 'plan-1/s-1', 7, undefined],
  planId: ['', 'p', text(L.maxIdLength), text(L.maxIdLength + 1), null],
  topicId: ['', 'python', text(L.maxIdLength), text(L.maxIdLength + 1), 0],
  kind: ['study', 'review', 'Study', '', undefined],
  status: ['planned', 'done', 'skipped', 'missed', null],
  pinned: [true, false, 0, 'true'],
  instant: [
    L.minInstant,
    L.minInstant - 1,
    L.maxInstant,
    L.maxInstant + 1,
    1.8e12,
    1.8e12 + 0.5,
    Number.NaN,
    Infinity,
    '1800000000000'
  ],
  local: ['2027-01-04T19:00', '2027-01-04 19:00', '2027-1-4T19:00', '2027-01-04T19:00\n', '', 5],
  minutes: [0, 60, 1440, 1441, -1, 30.5, Number.NaN],
  title: [undefined, '', 'Read the paper', text(L.maxTitleLength), text(L.maxTitleLength + 1), 3],
  adHoc: [undefined, true, false, 'yes']
}

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values)
/** Mostly an ordinary value, so whole records are often acceptable; else one near the bounds. */
const field = <T>(ordinary: T, values: readonly T[]) =>
  fc.oneof({ arbitrary: fc.constant(ordinary), weight: 4 }, { arbitrary: pick(values), weight: 1 })

/** A record with every field drawn near its bounds; optional fields sometimes absent, sometimes an extra key. */
const nearRecord = fc
  .record({
    id: field<unknown>('plan-1/s-1', near.id),
    planId: field<unknown>('plan-1', near.planId),
    sessionId: field<unknown>('s-1', near.planId),
    topicId: field<unknown>('python', near.topicId),
    stageId: field<unknown>('foundations', near.topicId),
    kind: field<unknown>('study', near.kind),
    status: field<unknown>('planned', near.status),
    pinned: field<unknown>(false, near.pinned),
    startMs: field<unknown>(1.8e12, near.instant),
    endMs: field<unknown>(1.8e12 + 3.6e6, near.instant),
    localStart: field<unknown>('2027-01-04T19:00', near.local),
    localEnd: field<unknown>('2027-01-04T20:00', near.local),
    minutes: field<unknown>(60, near.minutes),
    title: field<unknown>(undefined, near.title),
    adHoc: field<unknown>(undefined, near.adHoc)
  })
  .chain((record) =>
    fc
      .tuple(
        fc.subarray(['title', 'adHoc', 'minutes', 'id'] as const),
        fc.option(fc.constantFrom('extra', '__proto__', 'constructor'))
      )
      .map(([dropped, extra]) => {
        const copy: Record<string, unknown> = { ...record }
        for (const key of dropped) delete copy[key]
        if (extra)
          Object.defineProperty(copy, extra, { value: 1, enumerable: true, configurable: true, writable: true })
        return copy
      })
  )

/** A record the schema accepts, as the engine writes them. */
const validRecord = fc.record(
  {
    id: fc.string({ minLength: 3, maxLength: 40 }),
    planId: fc.string({ minLength: 1, maxLength: 40 }),
    sessionId: fc.string({ minLength: 1, maxLength: 40 }),
    topicId: fc.string({ maxLength: 40 }),
    stageId: fc.string({ maxLength: 40 }),
    kind: pick(['study', 'review']),
    status: pick(['planned', 'done', 'skipped']),
    pinned: fc.boolean(),
    startMs: fc.integer({ min: L.minInstant, max: L.maxInstant }),
    endMs: fc.integer({ min: L.minInstant, max: L.maxInstant }),
    localStart: fc
      .date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 16)),
    localEnd: fc.constant('2027-01-04T20:00'),
    minutes: fc.integer({ min: 0, max: 1440 }),
    title: fc.string({ minLength: 1, maxLength: 80 }),
    adHoc: fc.constant(true as const)
  },
  {
    noNullPrototype: true,
    requiredKeys: [
      'id',
      'planId',
      'sessionId',
      'topicId',
      'stageId',
      'kind',
      'status',
      'pinned',
      'startMs',
      'endMs',
      'localStart',
      'localEnd',
      'minutes'
    ]
  }
)

describe('isPlainSessionRecord', () => {
  it('answers yes only for records the schema accepts, near every bound', () => {
    let vouched = 0
    fc.assert(
      fc.property(nearRecord, (record) => {
        const quick = isPlainSessionRecord(record)
        vouched += quick ? 1 : 0
        expect({ quick, schema: sessionRecordSchema.safeParse(record).success }).not.toEqual({
          quick: true,
          schema: false
        })
      }),
      RUNS
    )
    // Not vacuous: some of the records near the bounds are ones it vouches for.
    expect(vouched).toBeGreaterThan(0)
  })

  it('answers yes for every record the schema accepts in the shape the app writes, so the schema is rarely needed', () => {
    fc.assert(
      fc.property(validRecord, (record) => {
        expect(sessionRecordSchema.safeParse(record).success).toBe(true)
        expect(isPlainSessionRecord(record)).toBe(true)
      }),
      RUNS
    )
  })

  it('leaves to the schema what only looks like a record: another prototype, a symbol key, an inherited field', () => {
    const record = {
      id: 'p/s-1',
      planId: 'p',
      sessionId: 's-1',
      topicId: 't',
      stageId: 's',
      kind: 'study',
      status: 'planned',
      pinned: false,
      startMs: 1.8e12,
      endMs: 1.8e12 + 3.6e6,
      localStart: '2027-01-04T19:00',
      localEnd: '2027-01-04T20:00',
      minutes: 60
    }
    expect(isPlainSessionRecord(record)).toBe(true)
    expect(isPlainSessionRecord(Object.assign(Object.create(null), record))).toBe(false)
    expect(isPlainSessionRecord({ ...record, [Symbol('x')]: 1 })).toBe(false)
    const { minutes: _minutes, ...withoutMinutes } = record
    expect(isPlainSessionRecord(Object.assign(Object.create({ minutes: 60 }), withoutMinutes))).toBe(false)
  })
})
