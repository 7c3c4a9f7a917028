// This week's hours: minutes done, and the planned length of every session in the local week, as Progress counts them.
import { describe, expect, it } from 'vitest'
import { weekHours } from '../../../../../src/renderer/src/features/calendar/weekHours'
import { makeSession } from './sessionFixtures'

const zone = 'Europe/Rome'
const now = Date.UTC(2026, 2, 25, 11) // Wednesday 25 March 2026, 12:00 CET

describe('weekHours', () => {
  it('adds actual minutes done and every session’s planned length, this week only', () => {
    const sessions = [
      // An hour planned, 45 minutes studied.
      makeSession('mon', Date.UTC(2026, 2, 23, 18), { status: 'done', minutes: 45, endMs: Date.UTC(2026, 2, 23, 19) }),
      makeSession('wed', Date.UTC(2026, 2, 25, 18)),
      makeSession('skipped', Date.UTC(2026, 2, 26, 18), { status: 'skipped' }),
      makeSession('last-week', Date.UTC(2026, 2, 22, 18), { status: 'done' }),
      makeSession('next-week', Date.UTC(2026, 2, 30, 17))
    ]
    // 60 + 60 + 60: the session done in 45 minutes and the skipped one still planned an hour each.
    expect(weekHours(sessions, now, zone, 1)).toMatchObject({ doneMinutes: 45, scheduledMinutes: 180 })
  })

  it('counts a Sunday-night session after the spring-forward jump in the same week', () => {
    const sundayNight = makeSession('sun', Date.UTC(2026, 2, 29, 21, 30)) // 23:30 CEST, after clocks went forward
    const mondayMidnight = makeSession('mon', Date.UTC(2026, 2, 29, 22)) // Monday 00:00 CEST: next week
    expect(weekHours([sundayNight, mondayMidnight], now, zone, 1).scheduledMinutes).toBe(60)
  })

  it('changes with the week start: Sunday sessions belong to the next week when weeks start on Sunday', () => {
    const sunday = makeSession('sun', Date.UTC(2026, 2, 29, 9))
    expect(weekHours([sunday], now, zone, 1).scheduledMinutes).toBe(60)
    expect(weekHours([sunday], now, zone, 0).scheduledMinutes).toBe(0)
  })
})
