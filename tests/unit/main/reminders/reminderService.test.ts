// The reminder service announces each reminder exactly once, never early, with short timers only.
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_TICK_MS } from '../../../../src/main/reminders/reminderService'
import { advance, createHarness, DAY, HOUR, jumpWallClock, MINUTE, reminderAt, syncOf, type Harness } from './harness'

const t0 = Date.UTC(2027, 4, 3, 8, 0) // a Monday in May: no DST change nearby
let harness: Harness

afterEach(async () => {
  await harness.cleanup()
  // Whatever a test did, no timer longer than the tick (or negative) was ever asked for.
  const bad = harness.timers.delays.filter((delay) => delay < 0 || delay > MAX_TICK_MS)
  if (bad.length > 0) throw new Error(`timers outside 0..${MAX_TICK_MS} ms: ${bad.join(', ')}`)
})

describe('reminder service: on time', () => {
  it('announces a reminder at its fireAt, not a millisecond before, and only once', async () => {
    harness = createHarness(t0)
    const reminder = reminderAt('a', t0 + 2 * HOUR)
    await harness.service.start()
    expect((await harness.service.sync(syncOf([reminder]))).ok).toBe(true)

    await advance(reminder.fireAt - t0 - 1)
    harness.service.checkNow() // e.g. a resume event a millisecond before
    expect(harness.shown).toHaveLength(0)
    await advance(1)
    expect(harness.shown).toHaveLength(1)
    expect(harness.shown[0]).toMatchObject({ kind: 'reminder', sessionId: 'a', shownAt: reminder.fireAt })

    await advance(3 * HOUR)
    await harness.service.sync(syncOf([reminder])) // the renderer re-sends the same reminder
    await advance(HOUR)
    expect(harness.announcedIds()).toEqual(['a'])
  })

  it('announces a day of reminders each once, none early and none more than one tick late', async () => {
    harness = createHarness(t0)
    const reminders = Array.from({ length: 12 }, (_, i) => reminderAt(`s${i}`, t0 + HOUR + i * 97 * MINUTE, 5 + i))
    await harness.service.start()
    await harness.service.sync(syncOf(reminders))
    // Extra checks at odd moments (as resume and unlock events cause) must not announce anything early either.
    for (let elapsed = 0; elapsed < DAY; elapsed += 7_001) {
      await advance(7_001)
      harness.service.checkNow()
    }

    expect(harness.announcedIds().sort()).toEqual(reminders.map((r) => r.sessionId).sort())
    for (const notice of harness.shown) {
      const reminder = reminders.find((r) => r.sessionId === notice.sessionId)!
      expect(notice.shownAt).toBeGreaterThanOrEqual(reminder.fireAt)
      expect(notice.shownAt - reminder.fireAt).toBeLessThanOrEqual(MAX_TICK_MS)
    }
  })

  it('announces a reminder that is already due when it is synced', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(syncOf([reminderAt('late', t0 + 2 * MINUTE, 10)]))
    expect(harness.announcedIds()).toEqual(['late'])
  })

  it('announces a moved session again at its new time', async () => {
    harness = createHarness(t0)
    const first = reminderAt('m', t0 + HOUR)
    await harness.service.start()
    await harness.service.sync(syncOf([first]))
    await advance(HOUR)
    const moved = reminderAt('m', t0 + 5 * HOUR)
    await harness.service.sync(syncOf([moved]))
    await advance(5 * HOUR)
    expect(harness.shown.map((n) => n.shownAt)).toEqual([first.fireAt, moved.fireAt])
  })

  it('does not announce a session again when only the lead time changes (the session keeps its start)', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(syncOf([reminderAt('a', t0 + HOUR, 10), reminderAt('b', t0 + 3 * HOUR, 10)]))
    await advance(HOUR + 5 * MINUTE)
    // 'a' was announced at 0:50 and is running; the learner now wants reminders 15 minutes ahead.
    await harness.service.sync(syncOf([reminderAt('a', t0 + HOUR, 15), reminderAt('b', t0 + 3 * HOUR, 15)]))
    await advance(3 * HOUR)
    expect(harness.shown.map((n) => [n.sessionId, n.shownAt])).toEqual([
      ['a', t0 + 50 * MINUTE],
      ['b', t0 + 3 * HOUR - 15 * MINUTE]
    ])
  })

  it('never creates a timer longer than the tick, even for a reminder 40 days away', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(syncOf([reminderAt('far', t0 + 40 * DAY, 0)]))
    await advance(10 * MINUTE)
    expect(harness.timers.delays.length).toBeGreaterThan(0)
    expect(Math.max(...harness.timers.delays)).toBeLessThanOrEqual(MAX_TICK_MS)
  })

  it('keeps going when the notifier throws: the error is logged and the reminder is not repeated', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(syncOf([reminderAt('x', t0 + HOUR), reminderAt('y', t0 + 3 * HOUR)]))
    harness.failNextShow()
    await advance(4 * HOUR)
    expect(harness.announcedIds()).toEqual(['x', 'y'])
    expect(harness.logs.some((log) => log.level === 'error' && String(log.params[0]).includes('notifier'))).toBe(true)
  })
})

describe('reminder service: clock jumps', () => {
  const reminders = Array.from({ length: 16 }, (_, i) => reminderAt(`j${i}`, t0 + 20 * MINUTE + i * 15 * MINUTE, 10))

  it('after the clock jumps forward 2 hours, announces every reminder that became due once, in one notice, within 60 s', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(syncOf(reminders))
    jumpWallClock(2 * HOUR)
    const jumpedTo = Date.now()
    await advance(60_000)

    const due = reminders.filter((r) => r.fireAt <= jumpedTo).map((r) => r.sessionId)
    expect(due.length).toBeGreaterThan(1)
    expect(harness.shown).toHaveLength(1)
    expect(harness.shown[0]!.kind).toBe('missed')
    expect([...harness.shown[0]!.sessionIds].sort()).toEqual([...due].sort())
    expect(harness.shown[0]!.shownAt - jumpedTo).toBeLessThanOrEqual(60_000)

    await advance(4 * HOUR)
    expect(harness.announcedIds().sort()).toEqual(reminders.map((r) => r.sessionId).sort())
  })

  it('after the clock jumps back 2 hours, repeats nothing and announces later reminders at their wall-clock time', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(syncOf(reminders))
    await advance(90 * MINUTE)
    const before = harness.announcedIds()
    expect(before.length).toBeGreaterThan(0)

    jumpWallClock(-2 * HOUR)
    await advance(60_000)
    expect(harness.announcedIds()).toEqual(before)

    await advance(6 * HOUR)
    expect(harness.announcedIds().sort()).toEqual(reminders.map((r) => r.sessionId).sort())
    for (const notice of harness.shown.slice(before.length)) {
      const reminder = reminders.find((r) => r.sessionId === notice.sessionId)!
      expect(notice.shownAt).toBeGreaterThanOrEqual(reminder.fireAt)
    }
  })
})
