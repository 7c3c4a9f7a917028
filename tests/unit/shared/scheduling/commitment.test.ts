// The week ahead stays put: properties of re-planning a stored plan after what a learner does, 1,000 cases each.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Roadmap } from '../../../../src/shared/domain/roadmap'
import type { ScheduleInput, ScheduleResult } from '../../../../src/shared/domain/schedule'
import type { Session } from '../../../../src/shared/domain/session'
import { buildSchedule } from '../../../../src/shared/scheduling/buildSchedule'
import { isMissed, replanStored, type ReplanScope, type StoredPlan } from '../../../../src/shared/scheduling/replan'
import { inputArb } from './arbitraries'
import { checkNoOverlap } from './oracle'
import { availability, everyDay, inputOf, settings, topic } from './fixtures'
import { cases } from '../../../support/fuzz'

const RUNS = { numRuns: cases(1000) }
const DAY_MS = 86_400_000
const MINUTE_MS = 60_000

type Planned = Extract<ScheduleResult, { ok: true }>

/** What a learner does between two re-plans. */
type Action =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'done'; readonly pick: number; readonly minutes: number }
  | { readonly kind: 'skip'; readonly pick: number }
  | { readonly kind: 'log-missed'; readonly pick: number; readonly minutes: number }
  | { readonly kind: 'rate'; readonly pick: number }
  | { readonly kind: 'edit-estimate'; readonly pick: number; readonly minutes: number }
  | { readonly kind: 'change-target'; readonly days: number }

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.constant({ kind: 'nothing' as const }),
  fc.record({ kind: fc.constant('done' as const), pick: fc.nat(), minutes: fc.nat(200) }),
  fc.record({ kind: fc.constant('skip' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('log-missed' as const), pick: fc.nat(), minutes: fc.nat(200) }),
  fc.record({ kind: fc.constant('rate' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('edit-estimate' as const), pick: fc.nat(), minutes: fc.integer({ min: 5, max: 400 }) }),
  fc.record({ kind: fc.constant('change-target' as const), days: fc.nat(90) })
)

/** A generated plan as first stored (built at its own `now`), the instant of the next action and the action. */
const lifeArb = fc.record({
  input: inputArb,
  laterMinutes: fc.nat(4 * 1440),
  action: actionArb,
  commitmentDays: fc.constantFrom(undefined, 0, 1, 7, 14)
})

function stored(input: ScheduleInput, commitmentDays: number | undefined): StoredPlan {
  const withHorizon =
    commitmentDays === undefined ? input : { ...input, settings: { ...input.settings, commitmentDays } }
  const first = buildSchedule(withHorizon)
  if (!first.ok) throw new Error(`valid input rejected: ${JSON.stringify(first.error)}`)
  return {
    roadmap: input.roadmap,
    availability: input.availability,
    settings: withHorizon.settings,
    sessions: first.sessions,
    reviews: input.progress?.reviews ?? []
  }
}

function replanned(plan: StoredPlan, now: number, scope: ReplanScope): Planned {
  const result = replanStored(plan, now, scope)
  if (!result.ok) throw new Error(`re-plan rejected: ${JSON.stringify(result.error)}`)
  return result
}

function withEstimate(roadmap: Roadmap, topicId: string, minutes: number): Roadmap {
  const edit = <T extends { id: string; estimatedMinutes: number }>(candidate: T): T =>
    candidate.id === topicId ? { ...candidate, estimatedMinutes: minutes } : candidate
  return {
    ...roadmap,
    stages: roadmap.stages.map((stage) =>
      stage.kind === 'choice'
        ? { ...stage, tracks: stage.tracks.map((track) => ({ ...track, topics: track.topics.map(edit) })) }
        : { ...stage, topics: stage.topics.map(edit) }
    )
  } as Roadmap
}

/** `plan` after `action` at `now`, and the id of the session the action was aimed at, if any. */
function act(plan: StoredPlan, action: Action, now: number): { plan: StoredPlan; target: string | null } {
  const ahead = plan.sessions.filter((session) => session.status === 'planned' && session.endMs > now)
  const missed = plan.sessions.filter((session) => isMissed(session, now))
  const change = (session: Session, changed: Partial<Session>) => ({
    ...plan,
    sessions: plan.sessions.map((candidate) => (candidate.id === session.id ? { ...candidate, ...changed } : candidate))
  })
  switch (action.kind) {
    case 'done': {
      const session = ahead[action.pick % Math.max(1, ahead.length)]
      return session
        ? { plan: change(session, { status: 'done', pinned: false, minutes: action.minutes }), target: session.id }
        : { plan, target: null }
    }
    case 'skip': {
      const session = ahead[action.pick % Math.max(1, ahead.length)]
      return session
        ? { plan: change(session, { status: 'skipped', pinned: false }), target: session.id }
        : { plan, target: null }
    }
    case 'log-missed': {
      const session = missed[action.pick % Math.max(1, missed.length)]
      return session
        ? { plan: change(session, { status: 'done', pinned: false, minutes: action.minutes }), target: session.id }
        : { plan, target: null }
    }
    case 'rate': {
      const studied = plan.sessions.filter((session) => session.kind === 'study')
      const session = studied[action.pick % Math.max(1, studied.length)]
      return session
        ? {
            plan: { ...plan, reviews: [...plan.reviews, { topicId: session.topicId, ratedAtMs: now, rating: 'good' }] },
            target: null
          }
        : { plan, target: null }
    }
    case 'edit-estimate': {
      const topics = [...new Set(plan.sessions.map((session) => session.topicId))]
      const topicId = topics[action.pick % Math.max(1, topics.length)]
      return topicId
        ? { plan: { ...plan, roadmap: withEstimate(plan.roadmap, topicId, action.minutes) }, target: null }
        : { plan, target: null }
    }
    case 'change-target': {
      const target = new Date(Date.parse(`${plan.settings.startDate}T00:00:00Z`) + action.days * DAY_MS)
        .toISOString()
        .slice(0, 10)
      return { plan: { ...plan, settings: { ...plan.settings, targetDate: target } }, target: null }
    }
    case 'nothing':
      return { plan, target: null }
  }
}

/** The first violation `check` finds over 1,000 generated lives (shrunk), or null. */
function violationIn(
  check: (life: {
    before: StoredPlan
    after: StoredPlan
    target: string | null
    action: Action
    now: number
  }) => string | null
): string | null {
  const details = fc.check(
    fc.property(lifeArb, ({ input, laterMinutes, action, commitmentDays }) => {
      const before = stored(input, commitmentDays)
      const now = input.now + laterMinutes * MINUTE_MS
      const { plan: after, target } = act(before, action, now)
      const violation = check({ before, after, target, action, now })
      if (violation !== null) throw new Error(violation)
    }),
    RUNS
  )
  return details.failed ? (fc.defaultReportMessage(details) ?? 'failed') : null
}

const horizonEnd = (plan: StoredPlan, now: number) => now + (plan.settings.commitmentDays ?? 7) * DAY_MS

describe('re-planning a stored plan (1,000 generated lives each)', () => {
  it('never changes a session of the week ahead the action did not target, unless it says it handed it on or let it go', () =>
    expect(
      violationIn(({ before, after, target, action, now }) => {
        const result = replanned(after, now, 'keep-week')
        const byId = new Map(result.sessions.map((session) => [session.id, session]))
        const reassigned = new Set(result.week?.reassigned.map((change) => change.sessionId))
        const released = new Set(result.week?.released)
        for (const session of before.sessions) {
          if (
            session.status !== 'planned' ||
            session.pinned ||
            session.endMs <= now ||
            session.startMs >= horizonEnd(before, now) ||
            session.id === target
          )
            continue
          if (released.has(session.id)) continue
          const kept = byId.get(session.id)
          if (
            !kept ||
            kept.startMs !== session.startMs ||
            kept.endMs !== session.endMs ||
            kept.kind !== session.kind ||
            kept.status !== 'planned'
          ) {
            return `${session.id} of the week ahead changed without notice`
          }
          if (kept.topicId !== session.topicId && !reassigned.has(session.id))
            return `${session.id} changed topic without notice`
        }
        // Doing nothing, skipping or rating hands nothing on and lets nothing go.
        if (
          ['nothing', 'skip', 'rate', 'change-target'].includes(action.kind) &&
          (reassigned.size > 0 || released.size > 0)
        ) {
          return `${action.kind} reached into the week ahead: ${JSON.stringify(result.week)}`
        }
        return null
      })
    ).toBeNull())

  it('places nothing new inside the week ahead while it is kept', () =>
    expect(
      violationIn(({ before, after, now }) => {
        const result = replanned(after, now, 'keep-week')
        const previous = new Set(after.sessions.map((session) => `${session.id}@${session.startMs}`))
        const fresh = result.sessions.filter((session) => !previous.has(`${session.id}@${session.startMs}`))
        const early = fresh.find((session) => session.startMs < horizonEnd(before, now))
        return early
          ? `${early.id} was placed at ${new Date(early.startMs).toISOString()}, inside the week ahead`
          : null
      })
    ).toBeNull())

  it('keeps every done, skipped and missed session exactly as it was, whatever the scope', () =>
    expect(
      violationIn(({ after, now }) => {
        for (const scope of ['keep-week', 'fill-week', 'new-week'] as const) {
          const result = replanned(after, now, scope)
          const byId = new Map(result.sessions.map((session) => [session.id, session]))
          for (const session of after.sessions) {
            // Spelled out here rather than through isHistory, so a wrong isHistory cannot excuse itself.
            const history = session.status !== 'planned' || session.endMs <= now
            if (!history) continue
            if (JSON.stringify(byId.get(session.id)) !== JSON.stringify(session))
              return `${scope}: ${session.id} (${session.status}) was not kept as it was`
          }
        }
        return null
      })
    ).toBeNull())

  it('never overlaps a session still to come with another, nor places one in a skipped session’s slot', () =>
    expect(
      violationIn(({ after, now }) => {
        const result = replanned(after, now, 'keep-week')
        const live = result.sessions.filter((session) => session.status !== 'skipped' && !isMissed(session, now))
        const overlap = checkNoOverlap({ ...result, sessions: live })
        if (overlap) return overlap
        const skipped = after.sessions.filter((session) => session.status === 'skipped' && session.endMs > now)
        const clash = result.sessions.find(
          (session) =>
            session.status === 'planned' &&
            session.endMs > now &&
            skipped.some((slot) => slot.startMs < session.endMs && session.startMs < slot.endMs)
        )
        return clash ? `${clash.id} was placed in a skipped session’s slot` : null
      })
    ).toBeNull())

  it('logging a missed session late changes only that session and work after the week ahead', () =>
    expect(
      violationIn(({ before, now }) => {
        const first = replanned(before, now, 'keep-week')
        const settled: StoredPlan = { ...before, sessions: first.sessions }
        const missed = settled.sessions.filter((session) => isMissed(session, now))
        if (missed.length === 0) return null
        const logged = missed[0]!
        const later = replanned(
          {
            ...settled,
            sessions: settled.sessions.map((session) =>
              session.id === logged.id ? { ...session, status: 'done', minutes: 25 } : session
            )
          },
          now,
          'keep-week'
        )
        const reported = new Set([
          ...(later.week?.reassigned.map((change) => change.sessionId) ?? []),
          ...(later.week?.released ?? [])
        ])
        const byId = new Map(later.sessions.map((session) => [session.id, session]))
        for (const session of settled.sessions) {
          if (session.id === logged.id || session.startMs >= horizonEnd(before, now) || reported.has(session.id))
            continue
          if (JSON.stringify(byId.get(session.id)) !== JSON.stringify(session))
            return `logging ${logged.id} changed ${session.id}`
        }
        return byId.get(logged.id)?.status === 'done' ? null : `${logged.id} was not logged`
      })
    ).toBeNull())
})

describe('the week ahead, by example', () => {
  const base = inputOf([topic('git', 120), topic('python', 240), topic('numpy', 240, ['python'])], {
    settings: settings({ timeZone: 'UTC', startDate: '2027-01-04' }),
    availability: availability({
      windows: everyDay('19:00', '21:00'),
      dailyCapMinutes: 60,
      sessionMinMinutes: 30,
      sessionMaxMinutes: 60,
      breakMinutes: 0
    }),
    now: Date.parse('2027-01-04T08:00:00Z')
  })
  const plan = stored(base, undefined)
  const now = Date.parse('2027-01-04T20:30:00Z')

  it('marking a session done with more time than planned hands the topic’s next session to the next topic, and says so', () => {
    const [first, second] = plan.sessions
    expect([first!.topicId, second!.topicId]).toEqual(['git', 'git'])
    const done = {
      ...plan,
      sessions: plan.sessions.map((session) =>
        session.id === first!.id ? { ...session, status: 'done' as const, minutes: 120 } : session
      )
    }
    const result = replanned(done, now, 'keep-week')
    // Git's second hour goes to Python, so Python's last hour of the week is no longer needed and goes to NumPy.
    const lastPython = plan.sessions
      .filter((session) => session.topicId === 'python' && session.startMs < now + 7 * DAY_MS)
      .at(-1)!
    expect(result.week?.reassigned).toEqual([
      { sessionId: second!.id, fromTopicId: 'git', toTopicId: 'python' },
      { sessionId: lastPython.id, fromTopicId: 'python', toTopicId: 'numpy' }
    ])
    expect(result.sessions.find((session) => session.id === second!.id)).toMatchObject({
      topicId: 'python',
      startMs: second!.startMs,
      endMs: second!.endMs
    })
    // Every session of the week stays exactly where it was; only those two changed topic.
    const weekEnd = now + 7 * DAY_MS
    for (const session of plan.sessions
      .slice(2)
      .filter((candidate) => candidate.startMs < weekEnd && candidate.id !== lastPython.id)) {
      expect(result.sessions.find((candidate) => candidate.id === session.id)).toMatchObject({
        startMs: session.startMs,
        topicId: session.topicId
      })
    }
  })

  it('skipping tonight leaves its slot empty and puts its work after the week ahead', () => {
    const tonight = plan.sessions[0]!
    const skipped = {
      ...plan,
      sessions: plan.sessions.map((session) =>
        session.id === tonight.id ? { ...session, status: 'skipped' as const } : session
      )
    }
    const result = replanned(skipped, tonight.startMs - 60 * MINUTE_MS, 'keep-week')
    const inSlot = result.sessions.filter(
      (session) => session.startMs < tonight.endMs && tonight.startMs < session.endMs
    )
    expect(inSlot.map((session) => session.id)).toEqual([tonight.id])
    const extra = result.sessions.filter(
      (session) => !plan.sessions.some((old) => old.id === session.id && old.startMs === session.startMs)
    )
    expect(extra.length).toBeGreaterThan(0)
    expect(extra.every((session) => session.startMs >= tonight.startMs - 60 * MINUTE_MS + 7 * DAY_MS)).toBe(true)
  })

  it('a shorter availability lets go only of the sessions it no longer holds (fill-week)', () => {
    const evenings = {
      ...plan,
      availability: {
        ...plan.availability,
        windows: everyDay('19:00', '21:00').filter((window) => window.weekday !== 3)
      }
    }
    const result = replanned(evenings, now, 'fill-week')
    const wednesday = plan.sessions.filter(
      (session) =>
        new Date(session.startMs).getUTCDay() === 3 && session.startMs < now + 7 * DAY_MS && session.endMs > now
    )
    expect(wednesday.length).toBeGreaterThan(0)
    expect([...(result.week?.released ?? [])].sort()).toEqual(wednesday.map((session) => session.id).sort())
  })

  it('refuses a commitment horizon outside 0-28 days, naming the field', () => {
    const result = buildSchedule({ ...base, settings: { ...base.settings, commitmentDays: 29 } })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-value', field: 'settings.commitmentDays' } })
  })
})
