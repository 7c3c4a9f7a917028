// Browser reminders: each fires once, never early, catches up after the clock jumps, and a click opens the session.
import { describe, expect, it } from 'vitest'
import type { Reminder, ReminderSync } from '../../../../src/shared/domain/reminder'
import { createWebReminders, WEB_TICK_MS } from '../../../../src/renderer/src/platform/webReminders'

const start = Date.UTC(2027, 2, 1, 18, 0)
const reminder = (sessionId: string, startsAt: number): Reminder => ({
  sessionId,
  topicTitle: `Topic ${sessionId}`,
  stageTitle: 'Foundations',
  startsAt,
  endsAt: startsAt + 3_600_000,
  fireAt: startsAt - 600_000,
  kind: 'study'
})
const sync = (reminders: Reminder[], announce = true): ReminderSync => ({
  zone: 'Europe/Rome',
  reminders,
  announce,
  digest: { enabled: false, time: '07:30' }
})

function setUp() {
  let now = start - 3_600_000
  const shown: string[] = []
  const clicks: Array<() => void> = []
  const opened: string[] = []
  let tick: (() => void) | null = null
  const web = createWebReminders({
    now: () => now,
    setInterval: (callback, ms) => {
      expect(ms).toBe(WEB_TICK_MS)
      tick = callback
      return 1
    },
    openSession: (id) => opened.push(id),
    notify: (r) => {
      shown.push(r.sessionId)
      return { onClick: (listener) => void clicks.push(listener) }
    }
  })
  return { web, shown, clicks, opened, setNow: (value: number) => (now = value), tick: () => tick?.() }
}

describe('createWebReminders', () => {
  it('fires at the reminder time, not before, and only once', () => {
    const { web, shown, setNow, tick } = setUp()
    web.sync(sync([reminder('a', start)]))
    setNow(start - 600_001)
    tick()
    expect(shown).toEqual([])
    setNow(start - 600_000)
    tick()
    tick()
    web.sync(sync([reminder('a', start)]))
    expect(shown).toEqual(['a'])
  })

  it('after a jump forward fires what became due, and drops sessions already over', () => {
    const { web, shown, setNow, tick } = setUp()
    web.sync(sync([reminder('over', start - 7_200_000), reminder('due', start), reminder('later', start + 86_400_000)]))
    setNow(start - 60_000)
    tick()
    expect(shown).toEqual(['due'])
  })

  it('opens the session when its notification is clicked', () => {
    const { web, clicks, opened, setNow } = setUp()
    setNow(start - 300_000)
    web.sync(sync([reminder('a', start)]))
    clicks[0]?.()
    expect(opened).toEqual(['a'])
  })

  it('announces nothing when the learner chose no reminder before sessions', () => {
    const { web, shown, setNow, tick } = setUp()
    web.sync(sync([reminder('a', start)], false))
    setNow(start)
    tick()
    expect(shown).toEqual([])
  })
})
