// The one pure session action that both the repository and the calendar's preview apply: what it changes, what it records.
import { describe, expect, it } from 'vitest'
import { NO_TOPIC, type Session } from '../../../../src/shared/domain/session'
import type { RecallRating } from '../../../../src/shared/domain/plan'
import { applySessionActionToPlan } from '../../../../src/shared/scheduling/sessionActions'
import { english } from '../../../support/english'

const HOUR = 3_600_000
const START = Date.UTC(2027, 0, 4, 18)

function session(id: string, startMs: number, change: Partial<Session> = {}): Session {
  return {
    id,
    topicId: 't1',
    stageId: 's1',
    kind: 'study',
    status: 'planned',
    pinned: false,
    startMs,
    endMs: startMs + HOUR,
    localStart: '',
    localEnd: '',
    minutes: 60,
    ...change
  }
}

const plan = [
  session('a', START),
  session('r', START + 24 * HOUR, { kind: 'review', minutes: 15, endMs: START + 24 * HOUR + 15 * 60_000 }),
  session('c', START + 48 * HOUR)
]

describe('applySessionActionToPlan', () => {
  it('changes only the session acted on, keeping the others and their order', () => {
    const outcome = applySessionActionToPlan(plan, 'a', { kind: 'move', startMs: START + 72 * HOUR }, START)
    expect(outcome).toMatchObject({
      ok: true,
      rating: null,
      session: { id: 'a', startMs: START + 72 * HOUR, endMs: START + 73 * HOUR, pinned: true }
    })
    if (!outcome.ok) return
    expect(outcome.sessions.map((one) => one.id)).toEqual(['a', 'r', 'c'])
    expect(outcome.sessions[1]).toBe(plan[1])
    expect(outcome.sessions[2]).toBe(plan[2])
  })

  it('finishing a review with a rating records it on the topic, at the instant of the action', () => {
    const now = START + 25 * HOUR
    const outcome = applySessionActionToPlan(plan, 'r', { kind: 'done', actualMinutes: 12, rating: 'hard' }, now)
    expect(outcome).toMatchObject({
      ok: true,
      session: { id: 'r', status: 'done', minutes: 12 },
      rating: { topicId: 't1', rating: 'hard', ratedAtMs: now }
    })
  })

  it('done without a rating records none', () => {
    expect(applySessionActionToPlan(plan, 'a', { kind: 'done', actualMinutes: 60 }, START)).toMatchObject({
      ok: true,
      rating: null
    })
  })

  it('refuses an unknown session, an action that does not apply, a bad rating, and a rating of a session on no topic', () => {
    const unknown = applySessionActionToPlan(plan, 'nope', { kind: 'skip' }, START)
    expect(unknown.ok ? '' : english(unknown.message)).toBe('There is no session "nope".')
    const done = [session('d', START, { status: 'done' })]
    expect(applySessionActionToPlan(done, 'd', { kind: 'skip' }, START)).toMatchObject({ ok: false })
    expect(
      applySessionActionToPlan(plan, 'r', { kind: 'done', actualMinutes: 12, rating: 'meh' as RecallRating }, START)
    ).toMatchObject({ ok: false, where: 'rating' })
    const free = [session('f', START, { topicId: NO_TOPIC, title: 'Read a paper' })]
    expect(
      applySessionActionToPlan(free, 'f', { kind: 'done', actualMinutes: 30, rating: 'good' }, START)
    ).toMatchObject({ ok: false, where: 'rating' })
  })
})
