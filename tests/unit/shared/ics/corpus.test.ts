// The shared real-world .ics corpus behaves as its README says: valid files import, broken ones are refused or reported.
import { describe, expect, it } from 'vitest'
import {
  fixtureNames,
  importBusyIcsInEnglish as importBusyIcs,
  type ImportBusyResultInEnglish,
  iso,
  readFixture,
  utc
} from './icsFixtures'

const WIDE = { zone: 'Europe/Rome', rangeStartMs: utc(2000, 1, 1), rangeEndMs: utc(2030, 1, 1) }

const halfHour = (startMs: number): string => iso({ startMs, endMs: startMs + 30 * 60_000 })

function busyOf(result: ImportBusyResultInEnglish): string[] {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.where}: ${result.error.message}`)
  return result.busy.map(iso)
}

describe('valid corpus files', () => {
  it.each(fixtureNames('valid'))('%s imports without error, every interval inside the range', (name) => {
    const result = importBusyIcs(readFixture('valid', name), WIDE)
    expect(result).toMatchObject({ ok: true })
    for (const interval of result.ok ? result.busy : []) {
      expect(interval.startMs).toBeLessThan(interval.endMs)
      expect(interval.startMs).toBeGreaterThanOrEqual(WIDE.rangeStartMs)
      expect(interval.endMs).toBeLessThanOrEqual(WIDE.rangeEndMs)
    }
  })

  it('covers every file in the corpus folder (16 valid, 9 broken)', () => {
    expect(fixtureNames('valid')).toHaveLength(16)
    expect(fixtureNames('broken')).toHaveLength(9)
  })

  it("reads a TZID defined only by the file's VTIMEZONE (custom_America/New_York) with that zone's rules", () => {
    // 2014-08-29 08:00-10:00 under the file's EDT rule (-04:00) is 12:00-14:00 UTC; the plan zone must not matter.
    const result = importBusyIcs(readFixture('valid', 'america-new-york-vtimezone.ics'), WIDE)
    expect(busyOf(result)).toEqual([iso({ startMs: utc(2014, 8, 29, 12), endMs: utc(2014, 8, 29, 14) })])
  })

  it('uses an invented zone from the file (Nowhere/Middle, -07:41)', () => {
    // 13:42 at -07:41 is 21:23 UTC.
    const result = importBusyIcs(readFixture('valid', 'timezone-from-file.ics'), WIDE)
    expect(busyOf(result)).toEqual([iso({ startMs: utc(2023, 3, 6, 21, 23), endMs: utc(2023, 3, 6, 22, 23) })])
  })

  it('reads a Thunderbird 14 KB historical VTIMEZONE (Europe/London, BST in October 2024)', () => {
    const result = importBusyIcs(readFixture('valid', 'thunderbird-europe-london-full-vtimezone.ics'), WIDE)
    expect(busyOf(result)).toEqual([iso({ startMs: utc(2024, 10, 23, 14), endMs: utc(2024, 10, 23, 15) })])
  })

  it('treats DURATION:P1D as a calendar day from a wall time (06:00 PDT to 06:00 PDT next day)', () => {
    const result = importBusyIcs(readFixture('valid', 'duration-instead-of-dtend.ics'), WIDE)
    expect(busyOf(result)).toEqual([iso({ startMs: utc(2012, 6, 30, 13), endMs: utc(2012, 7, 1, 13) })])
  })

  it('makes a DTSTART-only DATE event one whole day, midnight to midnight in the plan zone', () => {
    // 2012-06-30 in Europe/Rome (CEST, +02:00) is 06-29 22:00 to 06-30 22:00 UTC.
    const result = importBusyIcs(readFixture('valid', 'only-dtstart-date.ics'), WIDE)
    expect(busyOf(result)).toEqual([iso({ startMs: utc(2012, 6, 29, 22), endMs: utc(2012, 6, 30, 22) })])
  })

  it('expands a daily LA event with its wall time kept across the 2012-11-04 fall-back', () => {
    // 05:00 PDT (-7) is 12:00Z until Nov 3; from Nov 4 05:00 PST (-8) is 13:00Z.
    const range = { ...WIDE, rangeStartMs: utc(2012, 11, 3), rangeEndMs: utc(2012, 11, 6) }
    const result = importBusyIcs(readFixture('valid', 'daily-recur.ics'), range)
    expect(busyOf(result)).toEqual([
      iso({ startMs: utc(2012, 11, 3, 12), endMs: utc(2012, 11, 3, 13) }),
      iso({ startMs: utc(2012, 11, 4, 13), endMs: utc(2012, 11, 4, 14) }),
      iso({ startMs: utc(2012, 11, 5, 13), endMs: utc(2012, 11, 5, 14) })
    ])
  })

  it('applies both RRULEs of one event (weekly Mondays and every Sunday) up to UNTIL', () => {
    // DTSTART Mon 2012-03-26 11:00 PDT; UNTIL 2012-07-30T06:59:59Z. Mondays Mar 26..Jul 23 = 18,
    // Sundays Apr 1..Jul 29 = 18, all at 11:00 PDT = 18:00Z.
    const result = importBusyIcs(readFixture('valid', 'multiple-rrules.ics'), WIDE)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.busy).toHaveLength(36)
    for (const interval of result.busy) {
      const start = new Date(interval.startMs)
      expect([0, 1]).toContain(start.getUTCDay())
      expect(start.getUTCHours()).toBe(18)
      expect(interval.endMs - interval.startMs).toBe(30 * 60_000)
    }
  })

  it('applies Zimbra RDATEs, EXDATEs and RECURRENCE-ID overrides (incl. one keyed in UTC)', () => {
    // Monthly on the 1st Tuesday, 10:00-10:30 America/Los_Angeles from 2012-10-02:
    // Oct 2 moved to 15:00 PDT (22:00Z); RDATE Nov 5 10:00 PST moved by RECURRENCE-ID 18:00Z to Nov 6 20:00 PST
    // (Nov 7 04:00Z); Nov 6 18:00Z; RDATEs Nov 10, Nov 30 18:00Z; Dec 4 excluded; Jan 1 18:00Z; Feb 5 excluded;
    // Mar 5 18:00Z (PST until Mar 10); Apr 2 excluded; May 7 10:00 PDT = 17:00Z.
    const range = { ...WIDE, rangeStartMs: utc(2012, 10, 1), rangeEndMs: utc(2013, 6, 1) }
    const result = importBusyIcs(readFixture('valid', 'zimbra-monthly-rrule-rdate-exdate-overrides.ics'), range)
    expect(busyOf(result)).toEqual([
      halfHour(utc(2012, 10, 2, 22)),
      halfHour(utc(2012, 11, 6, 18)),
      halfHour(utc(2012, 11, 7, 4)),
      halfHour(utc(2012, 11, 10, 18)),
      halfHour(utc(2012, 11, 30, 18)),
      halfHour(utc(2013, 1, 1, 18)),
      halfHour(utc(2013, 3, 5, 18)),
      halfHour(utc(2013, 5, 7, 17))
    ])
  })

  it('gives an RDATE;VALUE=PERIOD its own end (09:00-12:30Z) next to plain RDATEs', () => {
    const range = { ...WIDE, rangeStartMs: utc(2023, 11, 20), rangeEndMs: utc(2023, 12, 1) }
    const result = importBusyIcs(readFixture('valid', 'zimbra-monthly-rrule-rdate-exdate-overrides.ics'), range)
    expect(busyOf(result)).toEqual([
      iso({ startMs: utc(2023, 11, 23, 9), endMs: utc(2023, 11, 23, 9, 30) }),
      iso({ startMs: utc(2023, 11, 25, 9), endMs: utc(2023, 11, 25, 12, 30) })
    ])
  })

  it("reads Outlook's all-day biweekly series: EXDATE written as a midnight date-time removes that day", () => {
    // Plan zone Europe/London: DATE 2024-07-01..07-08 is 06-30 23:00Z..07-07 23:00Z. Jul 15 is excluded, Jul 29 is
    // after UNTIL. Two events repeat the same series (deduplicated). The timed event is 18:30 BST = 17:30Z.
    const result = importBusyIcs(readFixture('valid', 'outlook-exchange2010-allday-biweekly-exdate.ics'), {
      ...WIDE,
      zone: 'Europe/London'
    })
    expect(busyOf(result)).toEqual([
      iso({ startMs: utc(2024, 6, 30, 23), endMs: utc(2024, 7, 7, 23) }),
      iso({ startMs: utc(2024, 10, 4, 17, 30), endMs: utc(2024, 10, 4, 18) })
    ])
  })

  it('reads a bare VEVENT whose TZID (Europe/Vienna) has no VTIMEZONE, honouring a UTC UNTIL and 5 EXDATEs', () => {
    // Tuesdays 10:00-18:00 CEST (08:00-16:00Z) from 2012-03-27 until 2012-07-03T08:00Z inclusive: 15 Tuesdays,
    // minus Apr 3, 10, 17, May 1, 29.
    const result = importBusyIcs(readFixture('valid', 'recurrence-exdates-on-separate-lines.ics'), WIDE)
    const days = [
      [3, 27],
      [4, 24],
      [5, 8],
      [5, 15],
      [5, 22],
      [6, 5],
      [6, 12],
      [6, 19],
      [6, 26],
      [7, 3]
    ] as const
    expect(busyOf(result)).toEqual(
      days.map(([m, d]) => iso({ startMs: utc(2012, m, d, 8), endMs: utc(2012, m, d, 16) }))
    )
  })

  it('imports Google birthdays once per day despite duplicate overrides and RDATEs', () => {
    const result = importBusyIcs(readFixture('valid', 'google-birthday.ics'), WIDE)
    // All-day Dec 10 in Europe/Rome (CET, +01:00) is Dec 9 23:00Z to Dec 10 23:00Z.
    expect(busyOf(result)).toEqual(
      [2012, 2013, 2014].map((year) => iso({ startMs: utc(year, 12, 9, 23), endMs: utc(year, 12, 10, 23) }))
    )
  })

  it.each([
    ['day-long-recur-yearly.ics', 'TRANSP:TRANSPARENT'],
    ['event-with-rrule.ics', 'no duration'],
    ['rdate-exdate.ics', 'no duration']
  ])('%s gives no busy time and says why (%s)', (name, why) => {
    const result = importBusyIcs(readFixture('valid', name), WIDE)
    expect(busyOf(result)).toEqual([])
    expect(result.ok && result.skipped.map((note) => note.reason).join(' | ')).toContain(why)
  })

  it('reads a file with a byte-order mark and no events as an empty calendar', () => {
    expect(importBusyIcs(readFixture('valid', 'byte-order-mark.ics'), WIDE)).toEqual({
      ok: true,
      busy: [],
      skipped: [],
      notes: []
    })
  })
})

describe('broken corpus files', () => {
  it.each(fixtureNames('broken'))('%s is refused with a place and message, or reports what it skipped', (name) => {
    const result = importBusyIcs(readFixture('broken', name), WIDE)
    const importedWithReport = result.ok && result.skipped.length > 0
    const refusedWithPlace =
      !result.ok && /^(line \d+|VEVENT #\d+.*|file)$/.test(result.error.where) && result.error.message.length > 10
    expect(importedWithReport || refusedWithPlace).toBe(true)
  })

  it.each([
    ['big-bad-calendar.ics', 'line 1', /BEGIN:VCALENDAR is never closed/],
    ['issue-104-broken-calendar.ics', 'line 13', /Unreadable line "X"/],
    ['fuzz-testcase-invalid-month.ics', 'line 2', /RRULE/],
    ['fuzz-testcase-vtimezone-lone-cr.ics', 'line 1', /Expected BEGIN:VCALENDAR but found BEGIN:VTIMEZONE/],
    ['fuzz-testcase-0-char-in-component-name.ics', 'line 1', /never closed/],
    ['fuzz-Type-Error.ics', 'line 5', /END:.* has no matching BEGIN/],
    ['broken-dtstart.ics', 'VEVENT #1 (UID test-123) DTSTART', /DTSTART is not a valid date or date-time/]
  ])('%s is refused at %s', (name, where, message) => {
    const result = importBusyIcs(readFixture('broken', name), WIDE)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.where).toBe(where)
    expect(result.error.message).toMatch(message)
  })

  it('imports the doubled-semicolon DTSTART but reports that a start-only timed event blocks nothing', () => {
    const result = importBusyIcs(readFixture('broken', 'broken-ical.ics'), WIDE)
    expect(result.ok && result.skipped).toEqual([
      { where: 'VEVENT #1 (UID abc)', reason: expect.stringContaining('no duration') }
    ])
  })
})
