// The reminder-sync schema at the IPC boundary: accepts what the renderer sends, rejects hostile payloads without throwing.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  REMINDER_LIMITS,
  reminderSyncSchema,
  snoozeMinutesSchema,
  type Reminder,
  type ReminderSync
} from '../../../../src/shared/domain/reminder'
import { isKnownTimeZone } from '../../../../src/shared/time'
import { cases } from '../../../support/fuzz'

const HOUR = 3_600_000
const start = Date.UTC(2027, 2, 10, 14, 0)

function reminder(index: number, overrides: Partial<Reminder> = {}): Reminder {
  const startsAt = start + index * 24 * HOUR
  return {
    sessionId: `s${index}`,
    topicTitle: `Topic ${index}`,
    stageTitle: 'Foundations',
    startsAt,
    endsAt: startsAt + HOUR,
    fireAt: startsAt - 10 * 60_000,
    kind: 'study',
    ...overrides
  }
}

function validSync(count = 3): ReminderSync {
  return {
    zone: 'Europe/Rome',
    reminders: Array.from({ length: count }, (_, index) => reminder(index)),
    announce: true,
    digest: { enabled: true, time: '07:30' }
  }
}

/** Sets an own property, even one named __proto__, as JSON.parse would. */
function withOwnKey<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true })
  return target
}

describe('reminderSyncSchema', () => {
  it('accepts a well-formed sync, including an empty one and one at the size limit', () => {
    expect(reminderSyncSchema.safeParse(validSync()).success).toBe(true)
    expect(reminderSyncSchema.safeParse(validSync(0)).success).toBe(true)
    expect(reminderSyncSchema.safeParse(validSync(REMINDER_LIMITS.maxReminders)).success).toBe(true)
  })

  it('reads a sync from before the announce flag (a saved state file) as announcing its reminders', () => {
    const { announce: _dropped, ...older } = validSync()
    expect(reminderSyncSchema.parse(older).announce).toBe(true)
  })

  it('rejects one reminder too many', () => {
    expect(reminderSyncSchema.safeParse(validSync(REMINDER_LIMITS.maxReminders + 1)).success).toBe(false)
  })

  it('rejects a reminder that would fire after its session starts, or a session that ends before it starts', () => {
    const late = validSync(1)
    late.reminders[0] = reminder(0, { fireAt: start + 1 })
    expect(reminderSyncSchema.safeParse(late).success).toBe(false)
    const backwards = validSync(1)
    backwards.reminders[0] = reminder(0, { endsAt: start - 1 })
    expect(reminderSyncSchema.safeParse(backwards).success).toBe(false)
  })

  it('rejects two reminders for the same session', () => {
    const sync = validSync(2)
    sync.reminders[1] = reminder(1, { sessionId: 's0' })
    expect(reminderSyncSchema.safeParse(sync).success).toBe(false)
  })

  it('rejects a __proto__ key parsed from JSON', () => {
    const text = JSON.stringify(validSync(1)).replace('{"zone"', '{"__proto__":{"polluted":true},"zone"')
    const result = reminderSyncSchema.safeParse(JSON.parse(text))
    expect(result.success).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('knows real IANA zones and refuses made-up ones', () => {
    for (const zone of ['America/New_York', 'Europe/Rome', 'Australia/Lord_Howe', 'UTC', 'Etc/GMT+5']) {
      expect(isKnownTimeZone(zone)).toBe(true)
    }
    for (const zone of [
      '',
      'Mars/Olympus_Mons',
      'Europe/Rome ',
      '../etc/passwd',
      'x'.repeat(65),
      'Europe/Rome\u0000'
    ]) {
      expect(isKnownTimeZone(zone)).toBe(false)
    }
  })

  it('accepts only the offered snooze lengths', () => {
    expect([5, 10, 15].every((minutes) => snoozeMinutesSchema.safeParse(minutes).success)).toBe(true)
    expect([0, 1, 6, 20, -5, 5.5, '5'].some((minutes) => snoozeMinutesSchema.safeParse(minutes).success)).toBe(false)
  })
})

// ---- fuzz: every generator below produces a payload that must be rejected ----

const wrongType = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5),
  fc.string({ maxLength: 20 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 })
)
const notAString = wrongType.filter((value) => typeof value !== 'string')
const notANumber = wrongType.filter((value) => typeof value !== 'number')
const notAnArray = wrongType.filter((value) => !Array.isArray(value))
const hugeString = fc
  .integer({ min: 0, max: 5000 })
  .map((extra) => 'x'.repeat(REMINDER_LIMITS.maxTitleLength + 1 + extra))
const badZone = fc.oneof(
  fc.constantFrom(
    'Mars/Olympus_Mons',
    'Europe/Atlantis',
    'GMT+25',
    'America/New York',
    '/',
    '../../etc',
    '\u0000',
    'x'.repeat(200)
  ),
  fc.string({ minLength: 1, maxLength: 30 }).map((text) => `Nowhere/${text}!`)
)
const reminderKeys = ['sessionId', 'topicTitle', 'stageTitle', 'startsAt', 'endsAt', 'fireAt', 'kind'] as const
const knownKeys = new Set<string>(['zone', 'reminders', 'digest', 'enabled', 'time', ...reminderKeys])
const extraKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra', 'pausedUntil'),
  fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !knownKeys.has(key))
)
const badInstant = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0.5, REMINDER_LIMITS.maxInstant + 1),
  fc.integer({ min: -1e9, max: REMINDER_LIMITS.minInstant - 1 })
)

type Mutation = (sync: Record<string, unknown>) => unknown

function firstReminder(sync: Record<string, unknown>): Record<string, unknown> {
  return (sync.reminders as Record<string, unknown>[])[0]!
}

const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  // a top-level field of the wrong type
  notAString.map((value) => (sync: Record<string, unknown>) => ({ ...sync, zone: value })),
  notAnArray.map((value) => (sync: Record<string, unknown>) => ({ ...sync, reminders: value })),
  wrongType.map((value) => (sync: Record<string, unknown>) => ({ ...sync, digest: value })),
  // a reminder field of the wrong type
  fc
    .tuple(fc.constantFrom('sessionId', 'topicTitle', 'stageTitle', 'kind'), notAString)
    .map(([key, value]) => (sync: Record<string, unknown>) => {
      firstReminder(sync)[key] = value
      return sync
    }),
  fc
    .tuple(fc.constantFrom('startsAt', 'endsAt', 'fireAt'), notANumber)
    .map(([key, value]) => (sync: Record<string, unknown>) => {
      firstReminder(sync)[key] = value
      return sync
    }),
  fc
    .tuple(fc.constantFrom('enabled', 'time'), fc.constantFrom(null, 1, 'yes', [], {}))
    .map(([key, value]) => (sync: Record<string, unknown>) => {
      ;(sync.digest as Record<string, unknown>)[key] = value
      return sync
    }),
  // huge strings
  fc
    .tuple(fc.constantFrom('sessionId', 'topicTitle', 'stageTitle'), hugeString)
    .map(([key, value]) => (sync: Record<string, unknown>) => {
      firstReminder(sync)[key] = value
      return sync
    }),
  hugeString.map((value) => (sync: Record<string, unknown>) => ({ ...sync, zone: value })),
  // unknown keys at each level, including __proto__ set as an own property
  fc
    .tuple(fc.constantFrom('top', 'reminder', 'digest'), extraKey, wrongType)
    .map(([where, key, value]) => (sync: Record<string, unknown>) => {
      const target = where === 'top' ? sync : where === 'reminder' ? firstReminder(sync) : (sync.digest as object)
      withOwnKey(target, key, value ?? 1)
      return sync
    }),
  // bad zones
  badZone.map((zone) => (sync: Record<string, unknown>) => ({ ...sync, zone })),
  // missing required keys
  fc.constantFrom('zone', 'reminders', 'digest').map((key) => (sync: Record<string, unknown>) => {
    delete sync[key]
    return sync
  }),
  fc.constantFrom(...reminderKeys).map((key) => (sync: Record<string, unknown>) => {
    delete firstReminder(sync)[key]
    return sync
  }),
  // instants out of range or inconsistent
  fc
    .tuple(fc.constantFrom('startsAt', 'endsAt', 'fireAt'), badInstant)
    .map(([key, value]) => (sync: Record<string, unknown>) => {
      firstReminder(sync)[key] = value
      return sync
    }),
  fc.integer({ min: 1, max: 10 * 24 }).map((hours) => (sync: Record<string, unknown>) => {
    const first = firstReminder(sync)
    first.endsAt = (first.startsAt as number) + REMINDER_LIMITS.maxSessionMs + hours * HOUR
    return sync
  }),
  fc.integer({ min: 1, max: 1e7 }).map((ms) => (sync: Record<string, unknown>) => {
    const first = firstReminder(sync)
    first.fireAt = (first.startsAt as number) + ms
    return sync
  }),
  // bad digest settings
  fc
    .oneof(
      fc.constantFrom('24:00', '7:30', '07:60', '0730', '07:30:00', ' 07:30', ''),
      fc.string({ maxLength: 8 }).filter((t) => !/^([01]\d|2[0-3]):[0-5]\d$/.test(t))
    )
    .map((time) => (sync: Record<string, unknown>) => ({ ...sync, digest: { enabled: true, time } })),
  // an unknown kind
  fc
    .string({ maxLength: 10 })
    .filter((kind) => kind !== 'study' && kind !== 'review')
    .map((kind) => (sync: Record<string, unknown>) => {
      firstReminder(sync).kind = kind
      return sync
    }),
  // duplicate session ids
  fc.constant((sync: Record<string, unknown>) => {
    const reminders = sync.reminders as Record<string, unknown>[]
    reminders[1]!.sessionId = reminders[0]!.sessionId
    return sync
  }),
  // not an object at all
  wrongType
    .filter((value) => typeof value !== 'object' || value === null || Array.isArray(value))
    .map((value) => () => value)
)

describe('reminderSyncSchema fuzz', () => {
  it('rejects 10,000 hostile payloads without throwing', () => {
    let rejected = 0
    const accepted: unknown[] = []
    const thrown: unknown[] = []
    fc.assert(
      fc.property(mutations, (mutate) => {
        const payload = mutate(structuredClone(validSync(3)) as unknown as Record<string, unknown>)
        try {
          if (reminderSyncSchema.safeParse(payload).success) accepted.push(payload)
          else rejected += 1
        } catch (error) {
          thrown.push(error)
        }
      }),
      { numRuns: cases(10_500), seed: 7 }
    )
    expect(thrown).toEqual([])
    expect(accepted).toEqual([])
    expect(rejected).toBeGreaterThanOrEqual(10_000)
  }, 30_000)

  it('accepts 2,000 generated well-formed syncs, so the rejections above are not a schema that refuses everything', () => {
    const validReminder = fc
      .record({
        sessionId: fc.string({ minLength: 1, maxLength: REMINDER_LIMITS.maxIdLength }),
        topicTitle: fc.string({ minLength: 1, maxLength: REMINDER_LIMITS.maxTitleLength }),
        stageTitle: fc.string({ maxLength: REMINDER_LIMITS.maxTitleLength }),
        startsAt: fc.integer({
          min: REMINDER_LIMITS.minInstant + REMINDER_LIMITS.maxLeadMs,
          max: REMINDER_LIMITS.maxInstant - REMINDER_LIMITS.maxSessionMs
        }),
        length: fc.integer({ min: 0, max: REMINDER_LIMITS.maxSessionMs }),
        lead: fc.integer({ min: 0, max: REMINDER_LIMITS.maxLeadMs }),
        kind: fc.constantFrom('study' as const, 'review' as const)
      })
      .map(({ length, lead, ...rest }) => ({ ...rest, endsAt: rest.startsAt + length, fireAt: rest.startsAt - lead }))
    const sync = fc.record({
      zone: fc.constantFrom('UTC', 'America/New_York', 'Europe/Rome', 'Australia/Lord_Howe', 'Asia/Kolkata'),
      reminders: fc.uniqueArray(validReminder, { maxLength: 20, selector: (r) => r.sessionId }),
      digest: fc.record({
        enabled: fc.boolean(),
        time: fc
          .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
          .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
      })
    })
    fc.assert(
      fc.property(sync, (payload) => {
        expect(reminderSyncSchema.safeParse(payload).success).toBe(true)
      }),
      { numRuns: cases(2000), seed: 7 }
    )
  })
})
