// Quick add: an ad-hoc session (a topic or free text) is refused when impossible, kept exactly and planned around.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PinnedSession } from '../../../../src/shared/domain/plan'
import type { ScheduleInput, ScheduleResult } from '../../../../src/shared/domain/schedule'
import { NO_TOPIC, type Session } from '../../../../src/shared/domain/session'
import { buildSchedule } from '../../../../src/shared/scheduling/buildSchedule'
import { quickAddSession, type QuickAddContext, type QuickAddDraft } from '../../../../src/shared/scheduling/quickAdd'
import { isMissed, replanStored, type StoredPlan } from '../../../../src/shared/scheduling/replan'
import { validateInput } from '../../../../src/shared/scheduling/validate'
import { inputArb } from './arbitraries'
import { availability, everyDay, inputOf, settings, topic } from './fixtures'
import { checkKeptSessions, checkMinutesConserved, checkNoOverlap, plannedEstimates } from './oracle'
import { cases } from '../../../support/fuzz'
import { english } from '../../../support/english'

const RUNS = { numRuns: cases(1000) }
const MINUTE_MS = 60_000

type Planned = Extract<ScheduleResult, { ok: true }>

function planned(result: ScheduleResult): Planned {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`)
  return result
}

function storedFrom(input: ScheduleInput): StoredPlan {
  const first = planned(buildSchedule(input))
  return {
    roadmap: input.roadmap,
    availability: input.availability,
    settings: input.settings,
    sessions: first.sessions,
    reviews: input.progress?.reviews ?? []
  }
}

function added(draft: QuickAddDraft, context: QuickAddContext): Session {
  const result = quickAddSession(draft, context)
  if (!result.ok) throw new Error(`refused: ${english(result.message)}`)
  return result.session
}

/** Two topics, evenings 19:00-21:00 in UTC, planned on Monday 2027-01-04 at 08:00. */
const base = inputOf([topic('git', 120), topic('python', 240)], {
  settings: settings({ timeZone: 'UTC', startDate: '2027-01-04' }),
  availability: availability({
    windows: everyDay('19:00', '21:00'),
    dailyCapMinutes: 120,
    sessionMinMinutes: 30,
    sessionMaxMinutes: 60,
    breakMinutes: 0
  }),
  now: Date.parse('2027-01-04T08:00:00Z')
})
const plan = storedFrom(base)
const now = base.now
const context = (sessions: readonly Session[] = plan.sessions): QuickAddContext => ({
  id: 'quick-1',
  roadmap: plan.roadmap,
  timeZone: 'UTC',
  sessions,
  now
})
const at = (wall: string) => Date.parse(`${wall}:00Z`)

describe('quick add, by example', () => {
  it('a topic session counts as work on that topic: the engine places only what is left, around it', () => {
    const session = added({ topicId: 'git', startMs: at('2027-01-05T10:00'), endMs: at('2027-01-05T11:00') }, context())
    expect(session).toMatchObject({
      topicId: 'git',
      stageId: 'stage',
      kind: 'study',
      status: 'planned',
      pinned: true,
      adHoc: true,
      minutes: 60,
      localStart: '2027-01-05T10:00',
      localEnd: '2027-01-05T11:00'
    })
    expect(session.title).toBeUndefined()
    const result = planned(replanStored({ ...plan, sessions: [...plan.sessions, session] }, now, 'new-week'))
    const git = result.sessions.filter((candidate) => candidate.topicId === 'git')
    expect(git.find((candidate) => candidate.id === 'quick-1')).toEqual(session)
    expect(git.reduce((total, candidate) => total + candidate.minutes, 0)).toBe(120)
  })

  it('a done topic session shrinks the topic’s remaining work in the report', () => {
    const session = added({ topicId: 'git', startMs: at('2027-01-04T10:00'), endMs: at('2027-01-04T11:30') }, context())
    const later = at('2027-01-04T12:00')
    const result = planned(
      replanStored(
        { ...plan, sessions: [...plan.sessions, { ...session, status: 'done', pinned: false, minutes: 90 }] },
        later,
        'new-week'
      )
    )
    expect(result.report.doneMinutes).toBe(90)
    const gitLeft = result.sessions.filter((candidate) => candidate.topicId === 'git' && candidate.status === 'planned')
    expect(gitLeft.reduce((total, candidate) => total + candidate.minutes, 0)).toBe(30)
  })

  it('a free-text session blocks its time inside a window, keeps its title, and takes no topic’s work', () => {
    const session = added(
      {
        topicId: NO_TOPIC,
        title: '  Read the attention paper ',
        startMs: at('2027-01-04T19:00'),
        endMs: at('2027-01-04T20:00')
      },
      context([])
    )
    expect(session).toMatchObject({
      topicId: NO_TOPIC,
      stageId: '',
      title: 'Read the attention paper',
      pinned: true,
      adHoc: true,
      minutes: 60
    })
    const result = planned(replanStored({ ...plan, sessions: [session] }, now, 'new-week'))
    expect(result.sessions.find((candidate) => candidate.id === 'quick-1')).toEqual(session)
    expect(checkNoOverlap(result)).toBeNull()
    const topicMinutes = result.sessions
      .filter((candidate) => candidate.topicId !== NO_TOPIC)
      .reduce((total, candidate) => total + candidate.minutes, 0)
    expect(topicMinutes).toBe(360)
    expect(result.report.plannedStudyMinutes).toBe(420)
  })

  it('a done free-text session is accepted by the engine and counts no topic as done', () => {
    const session = added(
      { topicId: NO_TOPIC, title: 'Paper', startMs: at('2027-01-04T10:00'), endMs: at('2027-01-04T11:00') },
      context()
    )
    const result = planned(
      replanStored(
        { ...plan, sessions: [...plan.sessions, { ...session, status: 'done', pinned: false }] },
        at('2027-01-04T12:00'),
        'keep-week'
      )
    )
    expect(result.sessions.find((candidate) => candidate.id === 'quick-1')?.status).toBe('done')
    expect(result.report.doneMinutes).toBe(0)
  })

  it.each([
    [
      'start after end',
      { topicId: 'git', startMs: at('2027-01-05T11:00'), endMs: at('2027-01-05T10:00') },
      'endMs',
      'must end after it starts'
    ],
    [
      'zero length',
      { topicId: 'git', startMs: at('2027-01-05T11:00'), endMs: at('2027-01-05T11:00') },
      'endMs',
      'must end after it starts'
    ],
    [
      'over eight hours',
      { topicId: 'git', startMs: at('2027-01-05T08:00'), endMs: at('2027-01-05T16:01') },
      'endMs',
      'at most 8 hours'
    ],
    [
      'an empty title',
      { topicId: NO_TOPIC, title: '   ', startMs: at('2027-01-05T10:00'), endMs: at('2027-01-05T11:00') },
      'title',
      'Write what you will study'
    ],
    [
      'an unknown topic',
      { topicId: 'rust', startMs: at('2027-01-05T10:00'), endMs: at('2027-01-05T11:00') },
      'topicId',
      'Choose a topic'
    ],
    [
      'a time already past',
      { topicId: 'git', startMs: at('2027-01-04T06:00'), endMs: at('2027-01-04T07:00') },
      'startMs',
      'already passed'
    ],
    [
      'an overlap with a planned session',
      { topicId: 'git', startMs: at('2027-01-04T19:30'), endMs: at('2027-01-04T20:30') },
      'startMs',
      'overlaps “Topic git” (19:00–20:00)'
    ]
  ] as const)('refuses %s, saying why', (_, draft, field, message) => {
    const result = quickAddSession(draft, context())
    expect(result).toMatchObject({ ok: false, field })
    expect(result.ok ? '' : english(result.message)).toContain(message)
  })

  it('does not count a skipped session’s slot as taken', () => {
    const skipped = plan.sessions.map((session, index) =>
      index === 0 ? { ...session, status: 'skipped' as const } : session
    )
    const first = plan.sessions[0]!
    expect(
      quickAddSession({ topicId: 'python', startMs: first.startMs, endMs: first.endMs }, context(skipped)).ok
    ).toBe(true)
  })

  it('the engine refuses a pinned free-text session without a title, or one marked as a review, naming the field', () => {
    const pin: PinnedSession = {
      id: 'p',
      topicId: NO_TOPIC,
      kind: 'study',
      startMs: at('2027-01-05T10:00'),
      endMs: at('2027-01-05T11:00')
    }
    expect(validateInput({ ...base, progress: { done: [], skipped: [], reviews: [], pinned: [pin] } })).toMatchObject({
      field: 'progress.pinned[0].title'
    })
    expect(
      validateInput({
        ...base,
        progress: { done: [], skipped: [], reviews: [], pinned: [{ ...pin, title: 'x', kind: 'review' }] }
      })
    ).toMatchObject({ field: 'progress.pinned[0].kind' })
    expect(
      validateInput({ ...base, progress: { done: [], skipped: [], reviews: [], pinned: [{ ...pin, title: 'x' }] } })
    ).toBeNull()
  })
})

/** A quick add the learner might try: a topic (by position) or free text, some minutes after `now`, of some length. */
const draftArb = fc.record({
  freeText: fc.boolean(),
  topicPick: fc.nat(),
  minutesAhead: fc.integer({ min: -120, max: 14 * 1440 }),
  length: fc.integer({ min: 1, max: 300 })
})

type DraftValue = typeof draftArb extends fc.Arbitrary<infer T> ? T : never

/** What happens after the quick add: time passes, another session is done or skipped, then a re-plan in some scope. */
const afterArb = fc.record({
  laterMinutes: fc.nat(3 * 1440),
  action: fc.constantFrom('nothing', 'done', 'skip'),
  pick: fc.nat(),
  scope: fc.constantFrom('keep-week', 'fill-week', 'new-week')
})

function draftFor(stored: StoredPlan, raw: DraftValue, fromMs: number): QuickAddDraft {
  const topicIds = [...new Set(stored.sessions.map((session) => session.topicId))]
  const startMs = Math.floor((fromMs + raw.minutesAhead * MINUTE_MS) / MINUTE_MS) * MINUTE_MS
  const endMs = startMs + raw.length * MINUTE_MS
  return raw.freeText || topicIds.length === 0
    ? { topicId: NO_TOPIC, title: 'Read the attention paper', startMs, endMs }
    : { topicId: topicIds[raw.topicPick % topicIds.length]!, startMs, endMs }
}

describe('quick add properties (1,000 generated plans each)', () => {
  it('refuses a draft exactly when it has ended or overlaps a session still holding its time', () =>
    fc.assert(
      fc.property(inputArb, draftArb, (input, raw) => {
        const stored = storedFrom(input)
        const draft = draftFor(stored, raw, input.now)
        const result = quickAddSession(draft, {
          id: 'quick',
          roadmap: stored.roadmap,
          timeZone: stored.settings.timeZone,
          sessions: stored.sessions,
          now: input.now
        })
        const clash = stored.sessions.some(
          (session) => session.status !== 'skipped' && session.startMs < draft.endMs && draft.startMs < session.endMs
        )
        const impossible = clash || draft.endMs <= input.now || draft.endMs - draft.startMs > 480 * MINUTE_MS
        expect(result.ok).toBe(!impossible)
      }),
      RUNS
    ))

  it('any later re-plan keeps a quick-added session exactly where it is and never overlaps it', () =>
    fc.assert(
      fc.property(inputArb, draftArb, afterArb, (input, raw, after) => {
        const stored = storedFrom(input)
        const draft = draftFor(stored, raw, input.now)
        const result = quickAddSession(draft, {
          id: 'quick',
          roadmap: stored.roadmap,
          timeZone: stored.settings.timeZone,
          sessions: stored.sessions,
          now: input.now
        })
        if (!result.ok) return
        const quick = result.session
        // The add itself re-plans the week kept; then time passes and the learner acts on another session.
        let current: StoredPlan = {
          ...stored,
          sessions: planned(replanStored({ ...stored, sessions: [...stored.sessions, quick] }, input.now, 'keep-week'))
            .sessions
        }
        const later = input.now + after.laterMinutes * MINUTE_MS
        const others = current.sessions.filter(
          (session) => session.id !== quick.id && session.status === 'planned' && session.endMs > later
        )
        const target = others[after.pick % Math.max(1, others.length)]
        if (target && after.action !== 'nothing') {
          const status = after.action === 'done' ? 'done' : 'skipped'
          current = {
            ...current,
            sessions: current.sessions.map((session) =>
              session.id === target.id ? { ...session, status, pinned: false } : session
            )
          }
        }
        const replanned = planned(replanStored(current, later, after.scope))
        expect(replanned.sessions.find((session) => session.id === quick.id)).toEqual(quick)
        const live = replanned.sessions.filter((session) => session.status !== 'skipped' && !isMissed(session, later))
        const clash = live.find(
          (session) => session.id !== quick.id && session.startMs < quick.endMs && quick.startMs < session.endMs
        )
        expect(clash).toBeUndefined()
      }),
      RUNS
    ))

  it('a pinned topic session is not placed again, and a free-text one takes no topic’s minutes', () =>
    fc.assert(
      fc.property(inputArb, draftArb, draftArb, (input, topicRaw, textRaw) => {
        const stored = storedFrom(input)
        const pins: PinnedSession[] = []
        for (const [index, raw] of [
          { ...topicRaw, freeText: false },
          { ...textRaw, freeText: true }
        ].entries()) {
          const draft = draftFor(stored, raw, input.now)
          const taken = [...(input.progress?.pinned ?? []), ...(input.progress?.done ?? []), ...pins]
          if (taken.some((other) => other.startMs < draft.endMs && draft.startMs < other.endMs)) continue
          pins.push({ id: `quick-${index}`, kind: 'study', adHoc: true, ...draft })
        }
        const withQuick: ScheduleInput = {
          ...input,
          progress: {
            done: [],
            skipped: [],
            reviews: [],
            ...input.progress,
            pinned: [...(input.progress?.pinned ?? []), ...pins]
          }
        }
        const result = planned(buildSchedule(withQuick))
        expect(checkMinutesConserved(withQuick, result, plannedEstimates(withQuick))).toBeNull()
        expect(checkKeptSessions(withQuick, result)).toBeNull()
        expect(checkNoOverlap(result)).toBeNull()
        for (const pin of pins) {
          const session = result.sessions.find((candidate) => candidate.id === pin.id)
          expect([session?.title, session?.adHoc, session?.topicId]).toEqual([pin.title, true, pin.topicId])
        }
      }),
      RUNS
    ))
})
