// Sleep and resume: every reminder that came due while the machine slept is announced once, within 60 s, grouped.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import type { Reminder } from '../../../../src/shared/domain/reminder'
import { MAX_TICK_MS } from '../../../../src/main/reminders/reminderService'
import { advance, createHarness, DAY, HOUR, jumpWallClock, MINUTE, reminderAt, syncOf, type Harness } from './harness'
import { cases } from '../../../support/fuzz'

const t0 = Date.UTC(2027, 0, 11, 9, 0)
// A session every 5 hours for 45 days: more than the longest sleep below.
const plan: Reminder[] = Array.from({ length: (45 * 24) / 5 }, (_, i) =>
  reminderAt(`p${i}`, t0 + 2 * HOUR + i * 5 * HOUR, 10)
)

let harness: Harness | undefined

afterEach(async () => {
  await harness?.cleanup()
  harness = undefined
})

/**
 * Sleeps for `sleepMs` from 30 s before the first reminder (so at least one comes due during any sleep of a minute
 * or more), wakes with or without the OS resume event, and checks the rules.
 */
async function sleepAndCheck(sleepMs: number, resumeEvent: boolean): Promise<void> {
  harness = createHarness(plan[0]!.fireAt - MINUTE)
  await harness.service.start()
  await harness.service.sync(syncOf(plan))
  await advance(30_000)
  expect(harness.shown).toHaveLength(0)

  jumpWallClock(sleepMs) // suspended: the wall clock moves, no timer runs
  const wakeAt = Date.now()
  if (resumeEvent) harness.service.checkNow()
  await advance(60_000)

  const dueAtWake = plan.filter((r) => r.fireAt <= wakeAt).map((r) => r.sessionId)
  const afterWake = harness.shown.filter((n) => n.shownAt >= wakeAt && n.shownAt <= wakeAt + 60_000)
  const grouped = afterWake.find((n) => dueAtWake.every((id) => n.sessionIds.includes(id)))
  expect(dueAtWake.length).toBeGreaterThan(0)
  expect(grouped, 'one notice carries every reminder due at wake').toBeDefined()
  expect(grouped!.kind).toBe(dueAtWake.length > 1 ? 'missed' : 'reminder')
  expect(grouped!.shownAt - wakeAt).toBeLessThanOrEqual(resumeEvent ? 0 : 60_000)
  // Exactly once, and never early.
  const announced = harness.announcedIds()
  expect(new Set(announced).size).toBe(announced.length)
  expect(announced.filter((id) => dueAtWake.includes(id)).sort()).toEqual([...dueAtWake].sort())
  for (const notice of harness.shown) {
    for (const id of notice.sessionIds)
      expect(plan.find((r) => r.sessionId === id)!.fireAt).toBeLessThanOrEqual(notice.shownAt)
  }

  // Life goes on: the next reminders come at their time, the missed ones are not repeated.
  const nextFire = plan.find((r) => r.fireAt > Date.now())!.fireAt
  await advance(nextFire - Date.now())
  const later = harness.announcedIds()
  expect(new Set(later).size).toBe(later.length)
  expect(later.sort()).toEqual(
    plan
      .filter((r) => r.fireAt <= Date.now())
      .map((r) => r.sessionId)
      .sort()
  )
  expect(Math.max(...harness.timers.delays)).toBeLessThanOrEqual(MAX_TICK_MS)
}

describe('reminder service: sleep and resume', () => {
  const durations: [string, number][] = [
    ['1 minute', MINUTE],
    ['15 minutes', 15 * MINUTE],
    ['2 hours', 2 * HOUR],
    ['9 hours (a night)', 9 * HOUR],
    ['3 days (a weekend)', 3 * DAY],
    ['24.9 days (past the 32-bit timer limit)', 24.9 * DAY],
    ['40 days', 40 * DAY]
  ]

  for (const [label, ms] of durations) {
    it(`after ${label} of sleep, with the resume event`, async () => {
      await expect(sleepAndCheck(ms, true)).resolves.toBeUndefined()
    })
    it(`after ${label} of sleep, with only the tick`, async () => {
      await expect(sleepAndCheck(ms, false)).resolves.toBeUndefined()
    })
  }

  it('holds for random sleeps from 1 minute to 40 days', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: MINUTE, max: 40 * DAY }), fc.boolean(), async (sleepMs, resumeEvent) => {
        try {
          await expect(sleepAndCheck(sleepMs, resumeEvent)).resolves.toBeUndefined()
        } finally {
          await harness?.cleanup()
          harness = undefined
        }
      }),
      { numRuns: cases(25), seed: 11 }
    )
  }, 60_000)
})
