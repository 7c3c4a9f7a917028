// Main never runs dry: it asks the renderer for fresh reminders on the wall clock, and says when they may be out of date.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REMINDERS_FILE } from '../../../../src/main/reminders/reminderStore'
import {
  isStale,
  RESYNC_EVERY_MS,
  RESYNC_RETRY_MS,
  resyncDue,
  STALE_AFTER_MS
} from '../../../../src/main/reminders/syncFreshness'
import { MAX_TICK_MS } from '../../../../src/main/reminders/reminderService'
import { advance, createHarness, DAY, HOUR, jumpWallClock, MINUTE, reminderAt, syncOf, type Harness } from './harness'
import { cases } from '../../../support/fuzz'

const t0 = Date.UTC(2027, 4, 3, 8, 0)
let harness: Harness

afterEach(async () => {
  await harness.cleanup()
})

/** What the renderer would send at `now`: one session a day at 19:00 UTC for the next 14 days. */
function fortnightFrom(now: number) {
  const firstDay = Math.floor(now / DAY) * DAY
  return syncOf(
    Array.from({ length: 15 }, (_, day) =>
      reminderAt(`day-${(firstDay + day * DAY) / DAY}`, firstDay + day * DAY + 19 * HOUR)
    ).filter((reminder) => reminder.endsAt > now && reminder.startsAt < now + 14 * DAY)
  )
}

describe('reminder service: resync on the wall clock', () => {
  it('with the window hidden for three weeks, keeps asking and keeps announcing every evening', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(fortnightFrom(Date.now()))
    // The hidden window's renderer answers each request with the fortnight from that moment.
    harness.onResyncRequest = () => void harness.service.sync(fortnightFrom(Date.now()))
    for (let day = 0; day < 21; day++) await advance(DAY)

    const days = new Set(harness.announcedIds())
    expect(days.size).toBe(21)
    const gaps = harness.resyncRequests.map((at, index) => at - (harness.resyncRequests[index - 1] ?? t0))
    expect(Math.max(...gaps)).toBeLessThanOrEqual(RESYNC_EVERY_MS + MAX_TICK_MS)
    expect(harness.service.syncStatus().stale).toBe(false)
  })

  it('without a renderer answering, the reminders run out after 14 days of the three: the control for the test above', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(fortnightFrom(Date.now()))
    for (let day = 0; day < 21; day++) await advance(DAY)
    expect(new Set(harness.announcedIds()).size).toBeLessThanOrEqual(15)
  })

  it('asks again every 15 minutes while no sync comes, and after a day says the reminders may be out of date', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(syncOf([reminderAt('late', t0 + 3 * DAY)]))
    await advance(RESYNC_EVERY_MS - MINUTE)
    expect(harness.resyncRequests).toEqual([])
    await advance(MINUTE + MAX_TICK_MS)
    expect(harness.resyncRequests).toHaveLength(1)
    await advance(HOUR)
    expect(harness.resyncRequests).toHaveLength(5)
    expect(harness.service.syncStatus()).toEqual({ syncedAt: t0, stale: false })
    expect(harness.service.tooltip()).not.toContain('out of date')

    await advance(STALE_AFTER_MS - RESYNC_EVERY_MS - HOUR)
    expect(harness.service.syncStatus()).toEqual({ syncedAt: t0, stale: true })
    expect(harness.service.tooltip()).toContain('Reminders may be out of date (last updated Mon 3 May, 08:00)')

    await harness.service.sync(syncOf([reminderAt('late', t0 + 3 * DAY)]))
    expect(harness.service.syncStatus()).toEqual({ syncedAt: Date.now(), stale: false })
    expect(harness.service.tooltip()).not.toContain('out of date')
  })

  it('after sleep, asks for a sync on resume when the last one is old', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(syncOf([]))
    jumpWallClock(9 * HOUR)
    harness.service.checkNow()
    expect(harness.resyncRequests).toEqual([t0 + 9 * HOUR])
  })

  it('a restart is not a failure: an old sync on disk is neither stale nor asked for until the new window has had its chance', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(syncOf([]))
    await harness.service.stop()
    jumpWallClock(3 * DAY)
    const restarted = await harness.restart()
    await restarted.start()
    expect(restarted.syncStatus()).toEqual({ syncedAt: t0, stale: false })
    expect(harness.resyncRequests).toEqual([])
  })

  it('keeps when it last synced across a restart, and reads a state file from before it was kept', async () => {
    harness = createHarness(t0)
    await harness.service.start()
    await harness.service.sync(syncOf([reminderAt('a', t0 + DAY)]))
    await harness.service.flush()
    const path = join(harness.dir, REMINDERS_FILE)
    expect(JSON.parse(readFileSync(path, 'utf8')).syncedAt).toBe(t0)

    const { syncedAt: _dropped, ...older } = JSON.parse(readFileSync(path, 'utf8'))
    writeFileSync(path, JSON.stringify(older))
    const restarted = await harness.restart()
    expect(await restarted.start()).toBe('loaded')
    expect(restarted.syncStatus().syncedAt).toBeNull()
    expect(restarted.next()?.reminder.sessionId).toBe('a')
  })
})

describe('syncFreshness rules', () => {
  const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) })
  const offset = fc.integer({ min: -3 * DAY, max: 3 * DAY })

  it('never asks twice within the retry period', () => {
    fc.assert(
      fc.property(
        instant,
        offset,
        offset,
        fc.integer({ min: 0, max: RESYNC_RETRY_MS - 1 }),
        (now, syncAge, startAge, requestAge) => {
          expect(
            resyncDue(
              { syncedAt: now - syncAge, startedAt: now - Math.abs(startAge), requestedAt: now - requestAge },
              now
            )
          ).toBe(false)
        }
      ),
      { numRuns: cases(1000) }
    )
  })

  it('never asks while the last sync or the start is younger than 6 hours', () => {
    const young = fc.integer({ min: 0, max: RESYNC_EVERY_MS - 1 })
    fc.assert(
      fc.property(
        instant,
        young,
        fc.nat({ max: 3 * DAY }),
        fc.option(offset, { nil: null }),
        fc.boolean(),
        (now, youngAge, otherAge, requestAge, syncIsYoung) => {
          const [syncAge, startAge] = syncIsYoung ? [youngAge, otherAge] : [otherAge, youngAge]
          const times = {
            syncedAt: now - syncAge,
            startedAt: now - startAge,
            requestedAt: requestAge === null ? null : now - requestAge
          }
          expect(resyncDue(times, now)).toBe(false)
        }
      ),
      { numRuns: cases(1000) }
    )
  })

  it('asks once both the last sync and the start are 6 hours old, if it has not asked in 15 minutes', () => {
    const old = fc.integer({ min: RESYNC_EVERY_MS, max: 3 * DAY })
    fc.assert(
      fc.property(
        instant,
        old,
        old,
        fc.option(fc.integer({ min: RESYNC_RETRY_MS, max: 3 * DAY }), { nil: null }),
        (now, syncAge, startAge, requestAge) => {
          expect(
            resyncDue(
              {
                syncedAt: now - syncAge,
                startedAt: now - startAge,
                requestedAt: requestAge === null ? null : now - requestAge
              },
              now
            )
          ).toBe(true)
        }
      ),
      { numRuns: cases(1000) }
    )
  })

  it('is stale exactly when neither a sync nor the start is within a day', () => {
    fc.assert(
      fc.property(instant, offset, fc.nat({ max: 3 * DAY }), (now, syncAge, startAge) => {
        const times = { syncedAt: now - syncAge, startedAt: now - startAge, requestedAt: null }
        expect(isStale(times, now)).toBe(syncAge > STALE_AFTER_MS && startAge > STALE_AFTER_MS)
      }),
      { numRuns: cases(1000) }
    )
  })

  it('asks at once when the clock was set back before the last sync', () => {
    expect(resyncDue({ syncedAt: t0, startedAt: t0 - DAY, requestedAt: t0 }, t0 - 2 * HOUR)).toBe(true)
  })
})
