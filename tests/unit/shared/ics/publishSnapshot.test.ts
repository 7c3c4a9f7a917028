// What the learner's calendar is asked to hold (issue 21, item 2): the planned sessions from today through the chosen
// weeks, today and the last day read in the plan's zone (far from UTC, and across a clock change), done ones only when
// kept, skipped ones never, alarms only with a reminder lead; and never a session outside the range or twice.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Session, SessionStatus } from '../../../../src/shared/domain/session'
import { PUBLISH_WEEKS, publishSnapshotSchema } from '../../../../src/shared/ipc/calendarSync'
import { publishSnapshot, type SnapshotInput } from '../../../../src/shared/ics/publishSnapshot'
import { englishT } from '../../../support/english'
import { chainRoadmap } from '../backup/backupFixtures'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const AUCKLAND = 'Pacific/Auckland'
const LOS_ANGELES = 'America/Los_Angeles'
const ROADMAP = chainRoadmap('rust', 3)

function session(id: string, startMs: number, minutes: number, status: SessionStatus = 'planned'): Session {
  return {
    id,
    topicId: 'rust-t0',
    stageId: 'rust-s1',
    kind: 'study',
    status,
    pinned: false,
    startMs,
    endMs: startMs + minutes * MINUTE,
    // Not read by the snapshot: it works on instants.
    localStart: '2027-01-01T00:00',
    localEnd: '2027-01-01T00:00',
    minutes
  }
}

function snapshot(input: Partial<SnapshotInput> & Pick<SnapshotInput, 'sessions' | 'zone' | 'now'>) {
  return publishSnapshot({
    planId: 'plan-1',
    roadmap: ROADMAP,
    reminderLeadMinutes: null,
    weeks: 1,
    keepDone: false,
    t: englishT,
    ...input
  })
}

const ids = (result: ReturnType<typeof snapshot>) => result.sessions.map((published) => published.id)

/** The local date of `ms` in `zone`, 'YYYY-MM-DD', read by Intl itself (not by the code under test's helpers). */
function intlDate(ms: number, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit'
  }).formatToParts(ms)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((found) => found.type === type)?.value
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** `date` plus `days` calendar days. */
function plusDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10)
}

describe('the publish range in the plan’s zone', () => {
  it('Auckland (UTC+13): starts at local midnight today and ends after the last local day, not at UTC’s', async () => {
    // Monday 2027-01-11, 00:10 in Auckland; still Sunday the 10th in UTC.
    const now = Date.UTC(2027, 0, 10, 11, 10)
    const result = snapshot({
      zone: AUCKLAND,
      now,
      sessions: [
        // Sunday 23:00 local, running past midnight and past now: it started yesterday.
        session('yesterday-late', Date.UTC(2027, 0, 10, 10), 90),
        // Monday 00:00 local: the first instant of today.
        session('today-first', Date.UTC(2027, 0, 10, 11), 60),
        // Sunday 2027-01-17 23:30 local: the last day of one week.
        session('last-day', Date.UTC(2027, 0, 17, 10, 30), 30),
        // Monday 2027-01-18 00:00 local: the day after.
        session('day-after', Date.UTC(2027, 0, 17, 11), 30)
      ]
    })
    expect(ids(result)).toEqual(['today-first', 'last-day'])
    expect(result).toMatchObject({ planId: 'plan-1', zone: AUCKLAND, reminderLeadMinutes: null })
    expect(result.sessions[0]).toEqual({
      id: 'today-first',
      title: 'Topic rust-t0',
      description: expect.stringContaining('Stage: First'),
      startMs: Date.UTC(2027, 0, 10, 11),
      endMs: Date.UTC(2027, 0, 10, 12)
    })
    expect(publishSnapshotSchema.safeParse(result).success).toBe(true)
  })

  it('Los Angeles (UTC−8): UTC is a day ahead already, and the range ends at local midnight', async () => {
    // Sunday 2027-01-10, 23:30 in Los Angeles; already Monday the 11th in UTC.
    const now = Date.UTC(2027, 0, 11, 7, 30)
    const result = snapshot({
      zone: LOS_ANGELES,
      now,
      weeks: 2,
      sessions: [
        // Sunday 23:00 to 00:30 local: today's, still running.
        session('tonight', Date.UTC(2027, 0, 11, 7), 90),
        // Saturday 2027-01-23 23:00 local: the last day of two weeks.
        session('last-day', Date.UTC(2027, 0, 24, 7), 60),
        // Sunday 2027-01-24 00:00 local: the day after, though still the 24th in UTC.
        session('day-after', Date.UTC(2027, 0, 24, 8), 60)
      ]
    })
    expect(ids(result)).toEqual(['tonight', 'last-day'])
  })

  it('Los Angeles across the spring clock change: the last day ends at its midnight, an hour short of 7 × 24 h', async () => {
    // Monday 2027-03-08, 10:00 PST; clocks go forward on Sunday the 14th.
    const now = Date.UTC(2027, 2, 8, 18)
    const result = snapshot({
      zone: LOS_ANGELES,
      now,
      sessions: [
        // Sunday 2027-03-14 23:30 PDT.
        session('sunday-night', Date.UTC(2027, 2, 15, 6, 30), 30),
        // Monday 2027-03-15 00:00 PDT, which is 7 × 24 h after Monday's midnight PST.
        session('monday-midnight', Date.UTC(2027, 2, 15, 7), 30)
      ]
    })
    expect(ids(result)).toEqual(['sunday-night'])
  })

  it('Auckland across the autumn clock change: the last day’s 25 hours are all in', async () => {
    // Monday 2027-03-29, 09:00 NZDT; clocks go back on Sunday 2027-04-04, 03:00 → 02:00.
    const now = Date.UTC(2027, 2, 28, 20)
    const result = snapshot({
      zone: AUCKLAND,
      now,
      sessions: [
        // Sunday 2027-04-04 23:30 NZST: past 7 × 24 h from Monday's midnight NZDT, still the last day.
        session('sunday-night', Date.UTC(2027, 3, 4, 11, 30), 30),
        // Monday 2027-04-05 00:00 NZST.
        session('monday-midnight', Date.UTC(2027, 3, 4, 12), 30)
      ]
    })
    expect(ids(result)).toEqual(['sunday-night'])
  })
})

describe('what the snapshot holds', () => {
  // Monday 2027-01-11, 12:00 in Auckland.
  const now = Date.UTC(2027, 0, 10, 23)
  const sessions = [
    session('done-last-week', Date.UTC(2027, 0, 5, 7), 60, 'done'),
    session('done-this-morning', Date.UTC(2027, 0, 10, 20), 60, 'done'),
    // Missed: planned, over, never done.
    session('missed-this-morning', Date.UTC(2027, 0, 10, 21, 30), 60),
    session('running', Date.UTC(2027, 0, 10, 22, 30), 60),
    session('skipped-tonight', Date.UTC(2027, 0, 11, 6), 60, 'skipped'),
    session('planned-tonight', Date.UTC(2027, 0, 11, 7, 30), 60),
    // Done ahead of its time (the learner did the work early).
    session('done-tomorrow', Date.UTC(2027, 0, 12, 6), 60, 'done'),
    session('skipped-tomorrow', Date.UTC(2027, 0, 12, 7, 30), 60, 'skipped')
  ]

  it('holds planned sessions not yet over, without done ones unless kept, and never skipped or missed ones', async () => {
    expect(ids(snapshot({ zone: AUCKLAND, now, sessions, keepDone: false }))).toEqual(['running', 'planned-tonight'])
    const kept = snapshot({ zone: AUCKLAND, now, sessions, keepDone: true })
    expect(ids(kept)).toEqual(['done-this-morning', 'running', 'planned-tonight', 'done-tomorrow'])
    expect(kept.sessions.filter((published) => published.done).map((published) => published.id)).toEqual([
      'done-this-morning',
      'done-tomorrow'
    ])
  })

  it('asks for alarms only with a reminder lead, and only for planned sessions that have not started', async () => {
    const silent = snapshot({ zone: AUCKLAND, now, sessions, keepDone: true, reminderLeadMinutes: null })
    expect(silent.sessions.filter((published) => 'alarm' in published)).toEqual([])
    const reminded = snapshot({ zone: AUCKLAND, now, sessions, keepDone: true, reminderLeadMinutes: 15 })
    expect(reminded.reminderLeadMinutes).toBe(15)
    expect(reminded.sessions.filter((published) => published.alarm).map((published) => published.id)).toEqual([
      'planned-tonight'
    ])
    // A lead of 0 minutes is a lead: the alarm rings as the session starts.
    const atStart = snapshot({ zone: AUCKLAND, now, sessions, reminderLeadMinutes: 0 })
    expect(atStart.sessions.filter((published) => published.alarm).map((published) => published.id)).toEqual([
      'planned-tonight'
    ])
  })
})

describe('property', () => {
  const ZONES = [AUCKLAND, LOS_ANGELES, 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin', 'UTC']
  const STATUSES: readonly SessionStatus[] = ['planned', 'done', 'skipped']
  /** 2027 and 2028, so ranges cross clock changes of both hemispheres. */
  const FROM = Date.UTC(2027, 0, 1)
  const SPAN = 730 * DAY

  it('never holds a session outside today through the last day, a skipped or missed one, or one twice', () => {
    fc.assert(
      fc.property(
        fc.record({
          zone: fc.constantFrom(...ZONES),
          weeks: fc.constantFrom(...PUBLISH_WEEKS),
          keepDone: fc.boolean(),
          reminderLeadMinutes: fc.option(fc.integer({ min: 0, max: 1_440 }), { nil: null }),
          now: fc.integer({ min: FROM, max: FROM + SPAN }),
          shapes: fc.array(
            fc.record({
              // Most sessions within two days of either end of the range, where a wrong boundary shows.
              near: fc.constantFrom('now', 'range end', 'anywhere'),
              offset: fc.integer({ min: -2 * DAY, max: 2 * DAY }),
              anywhere: fc.integer({ min: 0, max: 27 * 7 * DAY }),
              minutes: fc.integer({ min: 15, max: 240 }),
              status: fc.constantFrom(...STATUSES)
            }),
            { maxLength: 40 }
          )
        }),
        ({ zone, weeks, keepDone, reminderLeadMinutes, now, shapes }) => {
          const startOf = (shape: (typeof shapes)[number]) =>
            shape.near === 'now'
              ? now + shape.offset
              : shape.near === 'range end'
                ? now + weeks * 7 * DAY + shape.offset
                : now + shape.anywhere
          // Whole minutes, as the planner stores them.
          const sessions = shapes.map((shape, index) =>
            session(`s${index}`, Math.floor(startOf(shape) / MINUTE) * MINUTE, shape.minutes, shape.status)
          )
          const result = snapshot({ zone, now, weeks, keepDone, reminderLeadMinutes, sessions })
          const today = intlDate(now, zone)
          const lastDay = plusDays(today, weeks * 7 - 1)
          const byId = new Map(sessions.map((known) => [known.id, known]))
          const seen = new Set<string>()
          for (const published of result.sessions) {
            const source = byId.get(published.id)!
            expect(source).toBeDefined()
            expect(seen.has(published.id)).toBe(false)
            seen.add(published.id)
            const day = intlDate(source.startMs, zone)
            expect(day >= today && day <= lastDay).toBe(true)
            expect(source.status).not.toBe('skipped')
            // A done one only when kept; a planned one only while not over (a missed one never).
            expect(source.status === 'done' ? keepDone : source.endMs > now).toBe(true)
            expect([published.startMs, published.endMs]).toEqual([source.startMs, source.endMs])
            expect(published.alarm === true && reminderLeadMinutes === null).toBe(false)
          }
          // And nothing that belongs is left out.
          const belongs = sessions.filter((known) => {
            const day = intlDate(known.startMs, zone)
            if (day < today || day > lastDay) return false
            return known.status === 'done' ? keepDone : known.status === 'planned' && known.endMs > now
          })
          expect([...seen].sort()).toEqual(belongs.map((known) => known.id).sort())
          expect(publishSnapshotSchema.safeParse(result).success).toBe(true)
        }
      )
    )
  })
})
