// Hand-written Google, Outlook and Apple shaped exports give the busy intervals worked out by hand from each file.
import { describe, expect, it } from 'vitest'
import { importBusyIcs } from '../../../../src/shared/ics'
import { iso, readFixture, utc } from './icsFixtures'

function busy(name: string, zone: string): string[] {
  const result = importBusyIcs(readFixture('clients', name), {
    zone,
    rangeStartMs: utc(2027, 1, 1),
    rangeEndMs: utc(2028, 1, 1)
  })
  if (!result.ok) throw new Error(`${result.error.where}: ${result.error.message}`)
  return result.busy.map(iso)
}

const span = (startMs: number, minutes: number): string => iso({ startMs, endMs: startMs + minutes * 60_000 })

describe('Google Calendar shaped export (google-study-week.ics, plan zone Europe/Rome)', () => {
  it('gives the standup series, moved and cancelled instances, the conference and the dentist', () => {
    // Standup Mon+Wed 09:30-10:00 Rome from 2027-03-22 until 04-14 23:59:59 CEST. Rome is +01:00 until the
    // 2027-03-28 change, +02:00 after: 09:30 is 08:30Z, then 07:30Z. 03-31 is an EXDATE; 04-05 moves to
    // 11:00-11:30 CEST (09:00Z); 04-07 is a cancelled instance. Conference: DATE 04-08..04-10 (exclusive) is
    // 04-07 22:00Z..04-09 22:00Z. Dentist: 14:00-15:00Z. The transparent holiday blocks nothing.
    expect(busy('google-study-week.ics', 'Europe/Rome')).toEqual([
      span(utc(2027, 3, 22, 8, 30), 30),
      span(utc(2027, 3, 24, 8, 30), 30),
      span(utc(2027, 3, 29, 7, 30), 30),
      span(utc(2027, 4, 1, 14), 60),
      span(utc(2027, 4, 5, 9), 30),
      iso({ startMs: utc(2027, 4, 7, 22), endMs: utc(2027, 4, 9, 22) }),
      span(utc(2027, 4, 12, 7, 30), 30),
      span(utc(2027, 4, 14, 7, 30), 30)
    ])
  })

  it('reads the timed events the same whatever the plan zone; only the all-day event moves with it', () => {
    // In America/New_York (EDT, -04:00) the conference days run 04-08 04:00Z..04-10 04:00Z.
    const inNewYork = busy('google-study-week.ics', 'America/New_York')
    expect(inNewYork).toContain(iso({ startMs: utc(2027, 4, 8, 4), endMs: utc(2027, 4, 10, 4) }))
    expect(inNewYork).toContain(span(utc(2027, 3, 29, 7, 30), 30))
    expect(inNewYork).toHaveLength(8)
  })
})

describe('Outlook shaped export (outlook-semester.ics, plan zone Europe/Berlin)', () => {
  it('reads Windows-named VTIMEZONEs from 1601 and gives lectures, the New York call and the exam day', () => {
    // Lecture Tue 14:00-15:30 "W. Europe Standard Time", COUNT=4 from 03-23: CET (+1) on 03-23 is 13:00Z, CEST (+2)
    // after 03-28 is 12:00Z. The call 10:00-11:00 "Eastern Standard Time" on 03-30 is EDT (-4, US change 03-14):
    // 14:00Z. Exam day DATE 04-06 in Berlin (+2): 04-05 22:00Z..04-06 22:00Z. The free lunch blocks nothing.
    expect(busy('outlook-semester.ics', 'Europe/Berlin')).toEqual([
      span(utc(2027, 3, 23, 13), 90),
      span(utc(2027, 3, 30, 12), 90),
      span(utc(2027, 3, 30, 14), 60),
      iso({ startMs: utc(2027, 4, 5, 22), endMs: utc(2027, 4, 6, 22) }),
      span(utc(2027, 4, 6, 12), 90),
      span(utc(2027, 4, 13, 12), 90)
    ])
  })
})

describe('Apple Calendar shaped export (apple-autumn.ics, plan zone America/New_York)', () => {
  it('keeps the gym at 07:00 across the 2027-11-07 fall-back, drops the EXDATE, reads DURATION and the trip', () => {
    // Gym daily 07:00-08:00 New York, COUNT=5 from 11-05: EDT (-4) 11:00Z on 11-05 and 11-06; EST (-5) 12:00Z from
    // 11-07 (the change is at 02:00); 11-08 is an EXDATE. Office hours 11-06 23:30 EDT = 11-07 03:30Z, PT1H30M.
    // Trip DATE 11-25..11-28 in EST: 05:00Z to 05:00Z.
    expect(busy('apple-autumn.ics', 'America/New_York')).toEqual([
      span(utc(2027, 11, 5, 11), 60),
      span(utc(2027, 11, 6, 11), 60),
      span(utc(2027, 11, 7, 3, 30), 90),
      span(utc(2027, 11, 7, 12), 60),
      span(utc(2027, 11, 9, 12), 60),
      iso({ startMs: utc(2027, 11, 25, 5), endMs: utc(2027, 11, 28, 5) })
    ])
  })
})
