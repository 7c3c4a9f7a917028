// Rules of the busy-time importer on small inline calendars: zones, free/cancelled, limits, errors and options.
import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_INTERVALS, type ImportBusyOptions } from '../../../../src/shared/ics'
import { importBusyIcsInEnglish as importBusyIcs, iso, utc } from './icsFixtures'

const YEAR_2027: ImportBusyOptions = { zone: 'Europe/Rome', rangeStartMs: utc(2027, 1, 1), rangeEndMs: utc(2028, 1, 1) }

function calendar(...events: string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN']
  for (const event of events) lines.push('BEGIN:VEVENT', ...event, 'END:VEVENT')
  return [...lines, 'END:VCALENDAR', ''].join('\r\n')
}

function busyIso(text: string, options: ImportBusyOptions = YEAR_2027): string[] {
  const result = importBusyIcs(text, options)
  if (!result.ok) throw new Error(`${result.error.where}: ${result.error.message}`)
  return result.busy.map(iso)
}

describe('time zones', () => {
  it('maps a Windows zone name without a VTIMEZONE to its IANA zone', () => {
    // "W. Europe Standard Time" is Europe/Berlin: 2027-07-01 09:00 CEST is 07:00Z (the plan zone is Tokyo).
    const text = calendar([
      'UID:w1',
      'DTSTART;TZID="W. Europe Standard Time":20270701T090000',
      'DTEND;TZID="W. Europe Standard Time":20270701T100000'
    ])
    expect(busyIso(text, { ...YEAR_2027, zone: 'Asia/Tokyo' })).toEqual([
      iso({ startMs: utc(2027, 7, 1, 7), endMs: utc(2027, 7, 1, 8) })
    ])
  })

  it('reads floating times and unknown TZIDs in the plan zone, with a note for the unknown TZID', () => {
    // 09:00 in Asia/Tokyo (+09:00, no DST) is 00:00Z.
    const text = calendar(
      ['UID:f1', 'DTSTART:20270701T090000', 'DTEND:20270701T100000'],
      ['UID:f2', 'DTSTART;TZID=Mars/Olympus:20270702T090000', 'DTEND;TZID=Mars/Olympus:20270702T100000']
    )
    const result = importBusyIcs(text, { ...YEAR_2027, zone: 'Asia/Tokyo' })
    expect(result.ok && result.busy.map(iso)).toEqual([
      iso({ startMs: utc(2027, 7, 1, 0), endMs: utc(2027, 7, 1, 1) }),
      iso({ startMs: utc(2027, 7, 2, 0), endMs: utc(2027, 7, 2, 1) })
    ])
    expect(result.ok && result.notes).toEqual([
      { where: 'VEVENT #2 (UID f2)', reason: expect.stringContaining('Mars/Olympus') }
    ])
  })

  it('keeps a weekly wall time across the spring change for an IANA TZID without VTIMEZONE, and resolves the gap', () => {
    // Europe/Rome changes on 2027-03-28 at 02:00 -> 03:00. Weekly Sunday 02:30 does not exist that day: RFC 5545
    // reads it with the offset before the gap (+01:00), i.e. 01:30Z (03:30 CEST). The week before is 01:30Z (CET),
    // the week after 00:30Z (CEST).
    const text = calendar([
      'UID:g1',
      'DTSTART;TZID=Europe/Rome:20270321T023000',
      'DURATION:PT30M',
      'RRULE:FREQ=WEEKLY;COUNT=3'
    ])
    expect(busyIso(text)).toEqual([
      iso({ startMs: utc(2027, 3, 21, 1, 30), endMs: utc(2027, 3, 21, 2) }),
      iso({ startMs: utc(2027, 3, 28, 1, 30), endMs: utc(2027, 3, 28, 2) }),
      iso({ startMs: utc(2027, 4, 4, 0, 30), endMs: utc(2027, 4, 4, 1) })
    ])
  })

  it('reads the repeated fall-back hour as its first occurrence (RFC 5545)', () => {
    // 2027-10-31 02:30 happens twice in Rome: first at 00:30Z (CEST).
    const text = calendar([
      'UID:a1',
      'DTSTART;TZID=Europe/Rome:20271031T023000',
      'DTEND;TZID=Europe/Rome:20271031T040000'
    ])
    expect(busyIso(text)).toEqual([iso({ startMs: utc(2027, 10, 31, 0, 30), endMs: utc(2027, 10, 31, 3) })])
  })

  it('makes a DURATION of P1D a calendar day (23 h on the spring-forward day) and PT24H exactly 24 h', () => {
    const text = calendar(
      ['UID:d1', 'DTSTART;TZID=Europe/Rome:20270327T120000', 'DURATION:P1D'],
      ['UID:d2', 'DTSTART;TZID=Europe/Rome:20270327T120000', 'DURATION:PT24H', 'SUMMARY:exact']
    )
    const result = importBusyIcs(text, YEAR_2027)
    if (!result.ok) throw new Error(result.error.message)
    const lengths = result.busy.map((interval) => (interval.endMs - interval.startMs) / 3_600_000)
    expect(lengths.sort()).toEqual([23, 24])
  })
})

describe('what counts as busy', () => {
  it('skips transparent and cancelled events and says so', () => {
    const text = calendar(
      ['UID:t1', 'DTSTART:20270701T090000Z', 'DTEND:20270701T100000Z', 'TRANSP:TRANSPARENT'],
      ['UID:c1', 'DTSTART:20270701T090000Z', 'DTEND:20270701T100000Z', 'STATUS:CANCELLED'],
      ['UID:b1', 'DTSTART:20270701T110000Z', 'DTEND:20270701T120000Z', 'SUMMARY:Busy one']
    )
    const result = importBusyIcs(text, YEAR_2027)
    expect(result).toEqual({
      ok: true,
      busy: [{ startMs: utc(2027, 7, 1, 11), endMs: utc(2027, 7, 1, 12), label: 'Busy one' }],
      skipped: [
        { where: 'VEVENT #1 (UID t1)', reason: expect.stringContaining('TRANSPARENT') },
        { where: 'VEVENT #2 (UID c1)', reason: expect.stringContaining('CANCELLED') }
      ],
      notes: []
    })
  })

  it('clips intervals to the range and leaves out those outside it', () => {
    const text = calendar(
      ['UID:r1', 'DTSTART:20261231T230000Z', 'DTEND:20270101T010000Z'],
      ['UID:r2', 'DTSTART:20260601T090000Z', 'DTEND:20260601T100000Z']
    )
    expect(busyIso(text)).toEqual([iso({ startMs: utc(2027, 1, 1), endMs: utc(2027, 1, 1, 1) })])
  })
})

describe('bounded work', () => {
  it('stops an hourly rule with a COUNT from 1970 within the work budget, quickly, and reports it', () => {
    // COUNT rules cannot be skipped ahead: the walk from 1970 would need 500,000 steps to reach 2027.
    const text = calendar(['UID:h1', 'DTSTART:19700101T000000Z', 'DURATION:PT1M', 'RRULE:FREQ=HOURLY;COUNT=10000000'])
    const started = performance.now()
    const result = importBusyIcs(text, YEAR_2027)
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(result.ok && result.busy).toEqual([])
    expect(result.ok && result.skipped).toEqual([
      { where: 'VEVENT #1 (UID h1)', reason: expect.stringContaining('takes too long to work out') }
    ])
  })

  it('refuses a rule repeating every second before expanding it, and still imports the other events', () => {
    const text = calendar(
      ['UID:h2', 'SUMMARY:Ticker', 'DTSTART:19700101T000000Z', 'DURATION:PT1S', 'RRULE:FREQ=SECONDLY'],
      ['UID:ok', 'DTSTART:20270701T090000Z', 'DTEND:20270701T100000Z']
    )
    const result = importBusyIcs(text, YEAR_2027)
    expect(result.ok && result.busy.map(iso)).toEqual([
      iso({ startMs: utc(2027, 7, 1, 9), endMs: utc(2027, 7, 1, 10) })
    ])
    expect(result.ok && result.skipped).toEqual([
      { where: 'VEVENT #1 (UID h2)', reason: expect.stringMatching(/"Ticker".*repeats every second/) }
    ])
  })

  it('keeps the earliest maxIntervals intervals whatever the event order, and reports the rest', () => {
    // A daily series listed first and a single event on Jan 1 listed last: the cap of 3 keeps Jan 1 (both), Jan 2, Jan 3.
    const text = calendar(
      ['UID:s1', 'DTSTART:20270101T080000Z', 'DTEND:20270101T090000Z', 'RRULE:FREQ=DAILY'],
      ['UID:s2', 'DTSTART:20270101T100000Z', 'DTEND:20270101T110000Z']
    )
    const result = importBusyIcs(text, { ...YEAR_2027, maxIntervals: 3 })
    expect(result.ok && result.busy.map(iso)).toEqual([
      iso({ startMs: utc(2027, 1, 1, 8), endMs: utc(2027, 1, 1, 9) }),
      iso({ startMs: utc(2027, 1, 1, 10), endMs: utc(2027, 1, 1, 11) }),
      iso({ startMs: utc(2027, 1, 2, 8), endMs: utc(2027, 1, 2, 9) })
    ])
    expect(result.ok && result.skipped).toEqual([{ where: 'file', reason: expect.stringContaining('limit') }])
  })

  it('caps an hourly series over a year (8,760 starts) at the default limit', () => {
    const text = calendar(['UID:m1', 'DTSTART:20270101T080000Z', 'DURATION:PT1M', 'RRULE:FREQ=HOURLY'])
    const result = importBusyIcs(text, YEAR_2027)
    expect(result.ok && result.busy.length).toBe(DEFAULT_MAX_INTERVALS)
  })
})

describe('malformed input', () => {
  it('refuses a calendar whose line cannot be read, naming the line', () => {
    const text = calendar(['UID:x1', 'DTSTART:20270701T090000Z', 'this line has no colon'])
    const result = importBusyIcs(text, YEAR_2027)
    expect(result).toEqual({
      ok: false,
      error: { where: 'line 7', message: expect.stringContaining('this line has no colon') }
    })
  })

  it('refuses a cut-off file, naming the component left open', () => {
    const text = calendar(['UID:x2', 'DTSTART:20270701T090000Z', 'DTEND:20270701T100000Z']).slice(0, 80)
    const result = importBusyIcs(text, YEAR_2027)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toMatch(/never closed/)
  })

  it('imports the good events and reports the bad one when only some are malformed', () => {
    const text = calendar(
      ['UID:ok', 'DTSTART:20270701T090000Z', 'DTEND:20270701T100000Z'],
      ['UID:bad', 'DTEND:20270701T100000Z']
    )
    const result = importBusyIcs(text, YEAR_2027)
    expect(result.ok && result.busy).toHaveLength(1)
    expect(result.ok && result.skipped).toEqual([
      { where: 'VEVENT #2 (UID bad) DTSTART', reason: expect.stringContaining('DTSTART is missing') }
    ])
  })

  it('refuses a file in which every event is malformed, naming the first', () => {
    const text = calendar(['UID:bad1', 'DTSTART:2027-99-99'], ['UID:bad2'])
    const result = importBusyIcs(text, YEAR_2027)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.where).toBe('VEVENT #1 (UID bad1) DTSTART')
    expect(!result.ok && result.error.message).toContain('1 more')
  })

  it.each([
    ['not text', 42 as unknown as string],
    ['empty', ''],
    ['another format', '{"format":"study-planner-backup"}'],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEND:VCARD\r\n']
  ])('refuses %s without throwing', (_name, text) => {
    const result = importBusyIcs(text, YEAR_2027)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message.length).toBeGreaterThan(5)
  })

  it.each([
    ['an unknown zone', { ...YEAR_2027, zone: 'Not/AZone' }, 'options.zone'],
    ['an empty range', { ...YEAR_2027, rangeEndMs: YEAR_2027.rangeStartMs }, 'options.range'],
    ['a NaN range', { ...YEAR_2027, rangeStartMs: Number.NaN }, 'options.range'],
    ['a zero cap', { ...YEAR_2027, maxIntervals: 0 }, 'options.maxIntervals']
  ])('refuses %s in the options', (_name, options, where) => {
    const result = importBusyIcs(calendar(), options)
    expect(!result.ok && result.error.where).toBe(where)
  })
})
