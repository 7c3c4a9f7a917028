// Across DST changes the service announces sessions at the right instant and shows the right local time, in 3 zones.
import { afterEach, describe, expect, it } from 'vitest'
import {
  instantOfLocal as instantAtLocal,
  localClockTimeOf as localClockTime,
  startOfNextLocalDay
} from '../../../../src/shared/time'
import { advance, createHarness, HOUR, MINUTE, reminderAt, syncOf, type Harness } from './harness'

/**
 * Known DST transitions (from the IANA rules, not from the code under test): the local date, and the UTC offsets in
 * minutes before and after the change, which happens in the small hours.
 */
const transitions = [
  { zone: 'America/New_York', label: 'spring forward', date: [2027, 3, 14], before: -300, after: -240 },
  { zone: 'America/New_York', label: 'fall back', date: [2027, 11, 7], before: -240, after: -300 },
  { zone: 'Europe/Rome', label: 'spring forward', date: [2027, 3, 28], before: 60, after: 120 },
  { zone: 'Europe/Rome', label: 'fall back', date: [2027, 10, 31], before: 120, after: 60 },
  { zone: 'Australia/Lord_Howe', label: 'half-hour fall back', date: [2027, 4, 4], before: 660, after: 630 },
  { zone: 'Australia/Lord_Howe', label: 'half-hour spring forward', date: [2027, 10, 3], before: 630, after: 660 }
] as const

/** The instant of local `hh:mm` on a day `dayOffset` days from the transition date, given the offset that applies. */
function localInstant(
  date: readonly [number, number, number],
  dayOffset: number,
  hh: number,
  mm: number,
  offsetMinutes: number
): number {
  return Date.UTC(date[0], date[1] - 1, date[2] + dayOffset, hh, mm) - offsetMinutes * MINUTE
}

let harness: Harness | undefined
afterEach(async () => {
  await harness?.cleanup()
  harness = undefined
})

describe('reminder service across DST changes', () => {
  for (const t of transitions) {
    it(`${t.zone}, ${t.label}: sessions at 09:00 the day before, of and after are announced at 08:45 local`, async () => {
      const sessions = [
        { id: 'before', startsAt: localInstant(t.date, -1, 9, 0, t.before) },
        { id: 'of', startsAt: localInstant(t.date, 0, 9, 0, t.after) },
        { id: 'after', startsAt: localInstant(t.date, 1, 9, 0, t.after) }
      ]
      const reminders = sessions.map((s) => reminderAt(s.id, s.startsAt, 15, { topicTitle: `Topic ${s.id}` }))
      harness = createHarness(sessions[0]!.startsAt - HOUR)
      await harness.service.start()
      await harness.service.sync(syncOf(reminders, t.zone))
      await advance(reminders[2]!.fireAt - Date.now() + MINUTE)

      expect(harness.shown.map((n) => n.sessionId)).toEqual(['before', 'of', 'after'])
      harness.shown.forEach((notice, i) => {
        expect(notice.shownAt).toBe(reminders[i]!.fireAt)
        expect(localClockTime(notice.shownAt, t.zone)).toBe('08:45')
        expect(notice.body).toBe('09:00–10:00 · Stage 1: Foundations')
      })
    })

    it(`${t.zone}, ${t.label}: the 07:30 daily digest comes at 07:30 local on the day of the change`, async () => {
      const digestAt = localInstant(t.date, 0, 7, 30, t.after)
      const session = reminderAt('s', localInstant(t.date, 0, 18, 0, t.after), 10)
      harness = createHarness(localInstant(t.date, 0, 0, 30, t.before)) // before every change, which is after 01:00
      await harness.service.start()
      await harness.service.sync(syncOf([session], t.zone, { enabled: true, time: '07:30' }))
      await advance(digestAt - Date.now() - 1)
      expect(harness.shown.filter((n) => n.kind === 'digest')).toHaveLength(0)
      await advance(1)
      expect(harness.shown.filter((n) => n.kind === 'digest')).toEqual([
        expect.objectContaining({ shownAt: digestAt, body: 'Today: 1 session, 1 hr · first at 18:00' })
      ])
    })
  }

  it('shows both ends of a session that spans the change in local time (New York, 01:30 EST to 03:30 EDT)', async () => {
    const startsAt = localInstant([2027, 3, 14], 0, 1, 30, -300)
    const endsAt = localInstant([2027, 3, 14], 0, 3, 30, -240)
    expect(endsAt - startsAt).toBe(HOUR) // one real hour
    harness = createHarness(startsAt - HOUR)
    await harness.service.start()
    await harness.service.sync(syncOf([reminderAt('night', startsAt, 10, { endsAt })], 'America/New_York'))
    await advance(HOUR)
    expect(harness.shown[0]!.body).toBe('01:30–03:30 · Stage 1: Foundations')
  })
})

describe('zoned time', () => {
  // #20 item 1: reminders follow the study windows' rule (src/shared/time/wallTime.ts); they used to read a skipped
  // time as RFC 5545 does (02:30 -> 03:30, 15:45Z at Lord Howe).
  it('resolves a wall time skipped by spring-forward to the instant the clocks jump, as study windows do', () => {
    expect(instantAtLocal('2027-03-14', '02:30', 'America/New_York')).toBe(Date.UTC(2027, 2, 14, 7, 0))
    expect(instantAtLocal('2027-10-03', '02:15', 'Australia/Lord_Howe')).toBe(Date.UTC(2027, 9, 2, 15, 30))
  })

  it('resolves an ambiguous fall-back wall time to its earlier instant', () => {
    expect(instantAtLocal('2027-11-07', '01:30', 'America/New_York')).toBe(Date.UTC(2027, 10, 7, 5, 30))
    expect(instantAtLocal('2027-04-04', '01:45', 'Australia/Lord_Howe')).toBe(Date.UTC(2027, 3, 3, 14, 45))
  })

  it('gives the same answers whatever the host time zone is', () => {
    const saved = process.env.TZ
    const results: number[][] = []
    try {
      for (const host of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = host
        results.push([
          instantAtLocal('2027-11-07', '01:30', 'America/New_York'),
          instantAtLocal('2027-03-28', '02:30', 'Europe/Rome'),
          startOfNextLocalDay(Date.UTC(2027, 3, 3, 20, 0), 'Australia/Lord_Howe')
        ])
      }
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
    expect(results[1]).toEqual(results[0])
    expect(results[2]).toEqual(results[0])
  })
})
