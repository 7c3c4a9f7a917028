// fast-check generators of small but tricky planning inputs: DST-heavy zones and dates, busy time, pins and progress.
import fc from 'fast-check'
import type { WeeklyWindow, Weekday } from '../../../../src/shared/domain/availability'
import type { DoneSession, PinnedSession, ReviewRecord } from '../../../../src/shared/domain/plan'
import type { Stage, Topic } from '../../../../src/shared/domain/roadmap'
import type { ScheduleInput } from '../../../../src/shared/domain/schedule'

/** Zones with every kind of offset change: none, 1 hour, 30 minutes, southern hemisphere, half-hour offsets. */
export const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Europe/Rome',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Auckland'
] as const

/** Start dates a few days before DST changes in 2027 in both hemispheres. */
const START_DATES = [
  '2027-03-10',
  '2027-03-24',
  '2027-03-31',
  '2027-09-22',
  '2027-09-29',
  '2027-10-27',
  '2027-11-03'
] as const

const DAY_MS = 86_400_000

function dateAfter(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

function clock(minutes: number): string {
  return minutes === 1440
    ? '24:00'
    : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

const windowArb: fc.Arbitrary<WeeklyWindow> = fc
  .record({
    weekday: fc.integer({ min: 0, max: 6 }),
    // Early-morning windows are over-represented: DST changes happen between 00:00 and 04:00.
    start: fc.oneof(fc.integer({ min: 0, max: 240 }), fc.integer({ min: 0, max: 1425 })),
    length: fc.integer({ min: 15, max: 300 })
  })
  .map(({ weekday, start, length }) => ({
    weekday: weekday as Weekday,
    start: clock(start),
    end: clock(Math.min(1440, start + length))
  }))

/** A DAG of 1-6 topics: a topic may only require topics ranked before it in a random order (not roadmap order). */
const topicsArb: fc.Arbitrary<Topic[]> = fc.integer({ min: 1, max: 6 }).chain((count) =>
  fc
    .record({
      minutes: fc.array(fc.integer({ min: 5, max: 300 }), { minLength: count, maxLength: count }),
      rank: fc.shuffledSubarray([...Array(count).keys()], { minLength: count, maxLength: count }),
      edges: fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1)), { maxLength: count * 2 }),
      optional: fc.array(fc.boolean(), { minLength: count, maxLength: count })
    })
    .map(({ minutes, rank, edges, optional }) =>
      minutes.map((estimate, index) => {
        const prerequisites = [
          ...new Set(
            edges
              .filter(([to, from]) => to === index && rank.indexOf(from) < rank.indexOf(index))
              .map(([, from]) => `t${from}`)
          )
        ]
        const base: Topic = {
          id: `t${index}`,
          title: `T${index}`,
          summary: '',
          estimatedMinutes: estimate,
          kind: 'learn',
          prerequisites,
          resources: [],
          outcome: ''
        }
        return optional[index] ? { ...base, optional: true } : base
      })
    )
)

/** Topics split into a sequence stage and, sometimes, a two-track choice stage. */
const stagesArb: fc.Arbitrary<Stage[]> = fc
  .tuple(topicsArb, fc.boolean(), fc.boolean())
  .map(([topics, withChoice, optionalStage]) => {
    if (!withChoice || topics.length < 3)
      return [{ id: 's0', kind: 'sequence', title: 'S0', summary: '', optional: false, topics }]
    const split = Math.ceil(topics.length / 3)
    return [
      {
        id: 's0',
        kind: 'sequence',
        title: 'S0',
        summary: '',
        optional: false,
        topics: topics.slice(0, topics.length - split * 2)
      },
      {
        id: 's1',
        kind: 'choice',
        title: 'S1',
        summary: '',
        optional: optionalStage,
        tracks: [
          { id: 'a', title: 'A', summary: '', topics: topics.slice(topics.length - split * 2, topics.length - split) },
          { id: 'b', title: 'B', summary: '', topics: topics.slice(topics.length - split) }
        ]
      }
    ] as Stage[]
  })

/** Deep-freezes test input so an engine that mutates its input fails loudly. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value as object)) deepFreeze(child)
  }
  return value
}

/** A complete, valid planning input with small horizons. */
export const inputArb: fc.Arbitrary<ScheduleInput> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    startDate: fc.constantFrom(...START_DATES),
    startShift: fc.integer({ min: 0, max: 6 }),
    nowShiftMinutes: fc.integer({ min: -2 * 1440, max: 3 * 1440 }),
    windows: fc.array(windowArb, { minLength: 1, maxLength: 6 }),
    blackouts: fc.array(fc.record({ from: fc.nat(20), length: fc.nat(4) }), { maxLength: 2 }),
    busy: fc.array(fc.record({ day: fc.nat(20), minute: fc.nat(1439), length: fc.integer({ min: 5, max: 240 }) }), {
      maxLength: 5
    }),
    sizes: fc.record({
      min: fc.integer({ min: 5, max: 60 }),
      extra: fc.nat(90),
      cap: fc.integer({ min: 5, max: 480 }),
      breakMinutes: fc.nat(30)
    }),
    stages: stagesArb,
    parallel: fc.constantFrom(1, 2, 3),
    reviews: fc.record({ enabled: fc.boolean(), minutes: fc.integer({ min: 5, max: 30 }) }),
    targetDays: fc.option(fc.nat(60), { nil: undefined }),
    includeOptional: fc.boolean(),
    track: fc.constantFrom('a', 'b'),
    known: fc.array(fc.nat(5), { maxLength: 2 }),
    progress: fc.record({
      done: fc.array(
        fc.record({
          topic: fc.nat(5),
          minutesAgo: fc.integer({ min: 60, max: 20_000 }),
          length: fc.integer({ min: 5, max: 120 }),
          actual: fc.nat(150),
          review: fc.boolean()
        }),
        { maxLength: 3 }
      ),
      pinned: fc.array(
        fc.record({
          topic: fc.nat(5),
          minutesAhead: fc.integer({ min: -600, max: 20_000 }),
          length: fc.integer({ min: 5, max: 120 }),
          review: fc.boolean()
        }),
        { maxLength: 3 }
      ),
      skipPinned: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      ratings: fc.array(
        fc.record({
          topic: fc.nat(5),
          minutesAgo: fc.integer({ min: 1, max: 40_000 }),
          rating: fc.constantFrom('again', 'hard', 'good', 'easy') as fc.Arbitrary<ReviewRecord['rating']>
        }),
        { maxLength: 3 }
      )
    })
  })
  .map((raw) => {
    const startDate = dateAfter(raw.startDate, raw.startShift)
    const now = Date.parse(`${startDate}T00:00:00Z`) + raw.nowShiftMinutes * 60_000
    const topicIds = raw.stages
      .flatMap((stage) => (stage.kind === 'choice' ? stage.tracks.flatMap((track) => track.topics) : stage.topics))
      .map((topic) => topic.id)
    const topicAt = (index: number): string => topicIds[index % topicIds.length]!
    const sessionMin = raw.sizes.min
    const done: DoneSession[] = []
    let cursor = now - 30 * DAY_MS
    for (const [index, entry] of raw.progress.done.entries()) {
      // Done sessions lie in the past, one after another, so they never overlap each other.
      cursor = Math.max(cursor, now - entry.minutesAgo * 60_000)
      const startMs = Math.min(cursor, now - entry.length * 60_000)
      if (done.some((other) => other.endMs > startMs)) continue
      done.push({
        id: `done-${index}`,
        topicId: topicAt(entry.topic),
        kind: entry.review ? 'review' : 'study',
        startMs,
        endMs: startMs + entry.length * 60_000,
        actualMinutes: entry.actual
      })
      cursor = startMs + entry.length * 60_000
    }
    const pinned: PinnedSession[] = []
    for (const [index, entry] of raw.progress.pinned.entries()) {
      const startMs = Math.floor((now + entry.minutesAhead * 60_000) / 60_000) * 60_000
      const endMs = startMs + entry.length * 60_000
      const clash = [...done, ...pinned].some((other) => other.startMs < endMs && startMs < other.endMs)
      if (!clash)
        pinned.push({
          id: `pin-${index}`,
          topicId: topicAt(entry.topic),
          kind: entry.review ? 'review' : 'study',
          startMs,
          endMs
        })
    }
    const skipped = pinned.filter((_, index) => raw.progress.skipPinned[index]).map((pin) => pin.id)
    const ratings: ReviewRecord[] = raw.progress.ratings.map((rating) => ({
      topicId: topicAt(rating.topic),
      ratedAtMs: now - rating.minutesAgo * 60_000,
      rating: rating.rating
    }))
    const input: ScheduleInput = {
      roadmap: { id: 'generated', title: 'Generated', version: 1, stages: raw.stages },
      availability: {
        windows: raw.windows,
        blackouts: raw.blackouts.map((blackout) => ({
          start: dateAfter(startDate, blackout.from),
          end: dateAfter(startDate, blackout.from + blackout.length)
        })),
        busy: raw.busy.map((busy) => {
          const startMs = Date.parse(`${startDate}T00:00:00Z`) + busy.day * DAY_MS + busy.minute * 60_000 + 17_000
          return { startMs, endMs: startMs + busy.length * 60_000 }
        }),
        dailyCapMinutes: Math.max(raw.sizes.cap, sessionMin),
        sessionMinMinutes: sessionMin,
        sessionMaxMinutes: sessionMin + raw.sizes.extra,
        breakMinutes: raw.sizes.breakMinutes
      },
      settings: {
        startDate,
        ...(raw.targetDays === undefined ? {} : { targetDate: dateAfter(startDate, raw.targetDays) }),
        timeZone: raw.zone,
        parallelTopics: raw.parallel as 1 | 2 | 3,
        reviews: { enabled: raw.reviews.enabled, sessionMinutes: raw.reviews.minutes },
        includeOptional: raw.includeOptional,
        ...(raw.known.length > 0 ? { knownTopics: raw.known.map(topicAt) } : {}),
        ...(raw.stages.length > 1 ? { trackChoices: { s1: raw.track } } : {})
      },
      progress: { done, skipped, pinned, reviews: ratings },
      now
    }
    return deepFreeze(input)
  })
