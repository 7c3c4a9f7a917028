// Snooze, pause, the daily digest and the tray's view, as a user and the wiring see them (hostile syncs: ../ipc/reminderSyncGate).
import { afterEach, describe, expect, it } from 'vitest'
import type { SnoozeMinutes } from '../../../../src/shared/domain/reminder'
import { MAX_TICK_MS } from '../../../../src/main/reminders/reminderService'
import { advance, createHarness, DAY, HOUR, jumpWallClock, MINUTE, reminderAt, syncOf, type Harness } from './harness'

// 2027-05-03 is a Monday; Europe/Rome is UTC+2 then, so 08:00Z is 10:00 local.
const t0 = Date.UTC(2027, 4, 3, 8, 0)
const ROME = 'Europe/Rome'
let harness: Harness

afterEach(async () => {
  await harness.cleanup()
})

async function started(
  reminders = [reminderAt('a', t0 + HOUR, 10)],
  zone = 'UTC',
  digest?: { enabled: boolean; time: string }
) {
  harness = createHarness(t0)
  await harness.service.start()
  await harness.service.sync(syncOf(reminders, zone, digest))
  return harness.service
}

describe('snooze', () => {
  for (const minutes of [5, 10, 15] as const) {
    it(`announces the reminder again ${minutes} minutes after snoozing, once`, async () => {
      const service = await started()
      await advance(50 * MINUTE + MINUTE) // fired at 50 min, snoozed a minute later
      const snoozedAt = Date.now()
      expect(service.snooze('a', minutes)).toBe(true)
      await advance(minutes * MINUTE - 1)
      expect(harness.shown).toHaveLength(1)
      await advance(1)
      expect(harness.shown[1]).toMatchObject({ kind: 'snoozed', sessionId: 'a', shownAt: snoozedAt + minutes * MINUTE })
      await advance(2 * HOUR)
      expect(harness.shown).toHaveLength(2)
    })
  }

  it('refuses to snooze a reminder not yet due (that would announce it early), an unknown session or an odd length', async () => {
    const service = await started()
    expect(service.snooze('a', 5)).toBe(false)
    expect(service.snooze('nope', 5)).toBe(false)
    await advance(50 * MINUTE)
    expect(service.snooze('a', 7 as SnoozeMinutes)).toBe(false)
    expect(harness.shown.map((n) => n.shownAt)).toEqual([t0 + 50 * MINUTE])
  })

  it('a snooze ends when its session leaves the plan (done, skipped or deleted): nothing comes back', async () => {
    const service = await started()
    await advance(50 * MINUTE)
    expect(service.snooze('a', 10)).toBe(true)
    await service.sync(syncOf([]))
    await advance(2 * HOUR)
    expect(harness.shown.map((n) => n.kind)).toEqual(['reminder'])
  })

  it('a snooze ends when the learner turns reminders before sessions off', async () => {
    const service = await started()
    await advance(50 * MINUTE)
    expect(service.snooze('a', 10)).toBe(true)
    await service.sync(syncOf([reminderAt('a', t0 + HOUR, 10)], 'UTC', undefined, false))
    await advance(HOUR)
    expect(harness.shown.map((n) => n.kind)).toEqual(['reminder'])
  })

  it('a snooze ends when its session is moved: the session is announced at its new time only, with its new times', async () => {
    const service = await started()
    await advance(50 * MINUTE)
    expect(service.snooze('a', 10)).toBe(true)
    const moved = reminderAt('a', t0 + 3 * HOUR, 10)
    await service.sync(syncOf([moved]))
    await advance(4 * HOUR)
    expect(harness.shown.map((n) => [n.kind, n.shownAt])).toEqual([
      ['reminder', t0 + 50 * MINUTE],
      ['reminder', moved.fireAt]
    ])
  })

  it('a snooze survives a sync that keeps its session, and shows the session as the sync last named it', async () => {
    const service = await started()
    await advance(50 * MINUTE)
    expect(service.snooze('a', 10)).toBe(true)
    await service.sync(syncOf([reminderAt('a', t0 + HOUR, 10, { topicTitle: 'Renamed topic' })]))
    await advance(10 * MINUTE)
    expect(harness.shown[1]).toMatchObject({ kind: 'snoozed', sessionId: 'a', shownAt: t0 + 60 * MINUTE })
    expect(harness.shown[1]!.title).toContain('Renamed topic')
  })

  it("the tray's Snooze acts only on the latest notice's sessions still planned and not over", async () => {
    const service = await started([
      reminderAt('a', t0 + HOUR, 10),
      reminderAt('b', t0 + 6 * HOUR, 10),
      reminderAt('c', t0 + 8 * HOUR, 10)
    ])
    expect(service.canSnoozeLatest()).toBe(false) // nothing announced yet
    await advance(50 * MINUTE)
    expect(service.canSnoozeLatest()).toBe(true)
    await advance(3 * HOUR) // 'a' ended at 2:00; its notice is still the latest
    expect(service.canSnoozeLatest()).toBe(false)
    expect(service.snoozeLatest(5)).toBe(false)
    await advance(4 * HOUR + 15 * MINUTE)
    expect(harness.announcedIds()).toEqual(['a', 'b', 'c'])
    expect(service.canSnoozeLatest()).toBe(true)
    // 'c' is running and announced last, then marked done: the renderer's sync no longer names it.
    await service.sync(syncOf([]))
    expect(service.canSnoozeLatest()).toBe(false)
    expect(service.snoozeLatest(5)).toBe(false)
    await advance(HOUR)
    expect(harness.shown.map((n) => n.kind)).toEqual(['reminder', 'reminder', 'reminder'])
  })

  it('snoozeLatest snoozes every session of a grouped notice into one later notice', async () => {
    const service = await started([reminderAt('a', t0 + HOUR, 10), reminderAt('b', t0 + 90 * MINUTE, 10)])
    jumpWallClock(90 * MINUTE)
    service.checkNow()
    expect(harness.shown[0]!.sessionIds).toEqual(['a', 'b'])
    expect(service.snoozeLatest(10)).toBe(true)
    await advance(10 * MINUTE)
    expect(harness.shown[1]).toMatchObject({ kind: 'missed', sessionIds: ['a', 'b'] })
  })
})

describe('pause', () => {
  const plan = [
    reminderAt('early', t0 + 20 * MINUTE, 10, { endsAt: t0 + 40 * MINUTE }),
    reminderAt('mid', t0 + 70 * MINUTE, 20),
    reminderAt('late', t0 + 3 * HOUR, 10)
  ]

  it('for an hour: holds reminders back, then drops those whose session is over and announces the rest', async () => {
    const service = await started(plan)
    const until = service.pauseFor('hour')
    expect(until).toBe(t0 + HOUR)
    expect(service.pausedUntil()).toBe(until)
    await advance(HOUR - 1)
    expect(harness.shown).toHaveLength(0)
    await advance(1)
    expect(harness.shown).toEqual([expect.objectContaining({ kind: 'reminder', sessionId: 'mid', shownAt: t0 + HOUR })])
    await advance(3 * HOUR)
    expect(harness.announcedIds()).toEqual(['mid', 'late'])
    expect(service.pausedUntil()).toBeNull()
  })

  it('for the rest of the day: until local midnight in the plan zone', async () => {
    const service = await started(plan, ROME)
    const until = service.pauseFor('restOfDay')
    expect(until).toBe(Date.UTC(2027, 4, 3, 22, 0)) // 00:00 on 4 May in Rome (UTC+2)
    expect(service.tooltip()).toContain('Reminders paused until tomorrow 00:00')
    await advance(until - t0 - 1)
    expect(harness.shown).toHaveLength(0)
  })

  it('resume ends the pause at once and announces what is still useful', async () => {
    const service = await started(plan)
    service.pauseFor('hour')
    await advance(55 * MINUTE)
    service.resume()
    expect(harness.shown).toEqual([expect.objectContaining({ sessionId: 'mid', shownAt: t0 + 55 * MINUTE })])
    expect(service.pausedUntil()).toBeNull()
  })
})

describe('daily digest', () => {
  // Rome local: sessions at 18:00 (1 h) and 20:00 (30 min) on Monday, one on Tuesday.
  const monday = [
    reminderAt('m1', Date.UTC(2027, 4, 3, 16, 0), 10),
    reminderAt('m2', Date.UTC(2027, 4, 3, 18, 0), 10, { endsAt: Date.UTC(2027, 4, 3, 18, 30), kind: 'review' }),
    reminderAt('t1', Date.UTC(2027, 4, 4, 16, 0), 10)
  ]

  it("announces today's sessions and total time at the chosen local time, once a day", async () => {
    await started(monday, ROME, { enabled: true, time: '12:15' }) // 10:00 local now
    const digestAt = Date.UTC(2027, 4, 3, 10, 15)
    await advance(digestAt - t0 - 1)
    expect(harness.shown).toHaveLength(0)
    await advance(1)
    expect(harness.shown[0]).toMatchObject({
      kind: 'digest',
      shownAt: digestAt,
      body: 'Today: 2 sessions, 1 hr 30 mins · first at 18:00',
      sessionId: 'm1'
    })
    await advance(DAY)
    const digests = harness.shown.filter((n) => n.kind === 'digest')
    expect(digests.map((n) => n.shownAt)).toEqual([digestAt, digestAt + DAY])
    expect(digests[1]!.body).toBe('Today: 1 session, 1 hr · first at 18:00')
  })

  it('is still sent when the learner chose no reminder before sessions, which announces nothing else', async () => {
    // 'a' starts at 09:00 local (07:00Z), after the 07:30 digest; reminders before sessions are off.
    harness = createHarness(Date.UTC(2027, 4, 3, 5, 0))
    await harness.service.start()
    await harness.service.sync(
      syncOf([reminderAt('a', Date.UTC(2027, 4, 3, 7, 0), 0)], ROME, { enabled: true, time: '07:30' }, false)
    )
    await advance(4 * HOUR)
    expect(harness.shown.map((n) => [n.kind, n.sessionIds])).toEqual([['digest', ['a']]])
  })

  it('is not sent when disabled, nor on a day without sessions', async () => {
    await started(monday, ROME, { enabled: false, time: '12:15' })
    await advance(DAY)
    expect(harness.shown.filter((n) => n.kind === 'digest')).toHaveLength(0)
    await harness.service.sync(syncOf([], ROME, { enabled: true, time: '12:15' }))
    await advance(DAY)
    expect(harness.shown.filter((n) => n.kind === 'digest')).toHaveLength(0)
  })

  it('after sleeping through the digest time, is sent once on waking, and not again after a restart', async () => {
    await started(monday, ROME, { enabled: true, time: '10:30' })
    jumpWallClock(3 * HOUR)
    harness.service.checkNow()
    expect(harness.shown.filter((n) => n.kind === 'digest')).toHaveLength(1)
    await harness.service.flush()
    const restarted = await harness.restart()
    await restarted.start()
    await advance(HOUR)
    expect(harness.shown.filter((n) => n.kind === 'digest')).toHaveLength(1)
  })
})

describe('tray view', () => {
  it('next() and the tooltip show the session in progress or next, in the plan zone', async () => {
    const service = await started(
      [
        reminderAt('b', t0 + 3 * HOUR, 10, { topicTitle: 'Calculus' }),
        reminderAt('a', t0 + HOUR, 10, { topicTitle: 'Linear algebra' })
      ],
      ROME
    )
    expect(service.next()).toMatchObject({ reminder: { sessionId: 'a' }, announceAt: t0 + 50 * MINUTE })
    expect(service.tooltip()).toBe('Study Planner\nNext: Linear algebra, 11:00–12:00')
    await advance(HOUR + MINUTE)
    expect(service.next()).toMatchObject({ reminder: { sessionId: 'a' }, announceAt: null })
    expect(service.tooltip()).toBe('Study Planner\nNow: Linear algebra (until 12:00)')
    await advance(HOUR)
    expect(service.next()?.reminder.sessionId).toBe('b')
  })

  it('tells listeners when what the tray shows may have changed', async () => {
    const service = await started()
    let calls = 0
    const off = service.onChange(() => (calls += 1))
    await advance(HOUR)
    expect(calls).toBeGreaterThan(0)
    off()
    const before = calls
    service.pauseFor('hour')
    expect(calls).toBe(before)
  })

  it('tells listeners when time alone turns the next session into the current one', async () => {
    const service = await started([reminderAt('a', t0 + HOUR, 10, { topicTitle: 'Probability' })]) // announced at 50 min
    await advance(HOUR - 1)
    const seen: string[] = []
    service.onChange(() => seen.push(service.tooltip()))
    await advance(MAX_TICK_MS)
    expect(seen).toContain('Study Planner\nNow: Probability (until 10:00)')
  })
})
