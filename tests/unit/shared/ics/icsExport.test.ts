// .ics export: read back by ical.js itself (not our importer) it gives the same instants, across DST changes.
import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import {
  exportSessionsIcs,
  IcsExportError,
  importBusyIcs,
  sessionUid,
  type IcsExportOptions,
  type IcsSession
} from '../../../../src/shared/ics'
import { buildVtimezone } from '../../../../src/shared/ics/vtimezone'
import { isRepeatedWall, wallTimeOf } from '../../../../src/shared/time'
import { utc } from './icsFixtures'
import { cases } from '../../../support/fuzz'

const MINUTE = 60_000
const ROME: IcsExportOptions = {
  zone: 'Europe/Rome',
  calendarName: 'Study plan',
  reminderLeadMinutes: 15,
  dtstampMs: utc(2027, 1, 1)
}

function session(id: string, startMs: number, minutes: number, extra: Partial<IcsSession> = {}): IcsSession {
  return { id, title: `Session ${id}`, startMs, endMs: startMs + minutes * MINUTE, ...extra }
}

/** What ical.js alone reads from the file: UID -> [start, end] in epoch ms. */
function uids(text: string): string[] {
  return [...text.matchAll(/^UID:(.*)$/gm)].map((match) => (match[1] ?? '').trim()).sort()
}

function reversed<T>(items: readonly T[]): T[] {
  return items.map((_, index) => items[items.length - 1 - index] as T)
}

function readBackWithIcalJs(text: string): Map<string, [number, number]> {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
  return new Map(
    events.map((event) => [event.uid, [event.startDate.toUnixTime() * 1000, event.endDate.toUnixTime() * 1000]])
  )
}

describe('exportSessionsIcs read back by ical.js', () => {
  it('gives the same instants across the Europe/Rome spring change (2027-03-28)', () => {
    // 08:00Z is 09:00 CET the day before and 10:00 CEST the day after: the wall times differ, the instants must not.
    const sessions = [
      session('before', utc(2027, 3, 27, 8), 60),
      session('after', utc(2027, 3, 28, 8), 60),
      session('across', utc(2027, 3, 28, 0, 30), 120)
    ]
    const text = exportSessionsIcs(sessions, ROME)
    expect(text).toContain('DTSTART;TZID=Europe/Rome:20270327T090000')
    expect(text).toContain('DTSTART;TZID=Europe/Rome:20270328T100000')
    const back = readBackWithIcalJs(text)
    for (const item of sessions) expect(back.get(sessionUid(item.id))).toEqual([item.startMs, item.endMs])
  })

  it('gives the same instants across the New York autumn change (2027-11-07), incl. the repeated hour', () => {
    // 05:30Z is 01:30 EDT and 06:30Z is 01:30 EST: the same wall time twice, so those are written in UTC.
    const options = { ...ROME, zone: 'America/New_York' }
    const sessions = [
      session('sat', utc(2027, 11, 6, 14), 90),
      session('first-0130', utc(2027, 11, 7, 5, 30), 30),
      session('second-0130', utc(2027, 11, 7, 6, 30), 30),
      session('mon', utc(2027, 11, 8, 15), 90)
    ]
    const text = exportSessionsIcs(sessions, options)
    expect(text).toContain('DTSTART:20271107T053000Z')
    expect(text).toContain('DTSTART:20271107T063000Z')
    expect(text).toContain('DTSTART;TZID=America/New_York:20271106T100000')
    const back = readBackWithIcalJs(text)
    for (const item of sessions) expect(back.get(sessionUid(item.id))).toEqual([item.startMs, item.endMs])
  })

  it('round-trips random sessions in several zones over 2026-2028 (ical.js and our importer agree)', () => {
    const zones = ['Europe/Rome', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Sao_Paulo', 'UTC']
    const property = fc.property(
      fc.constantFrom(...zones),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 3 * 365 * 24 * 4 }), fc.integer({ min: 1, max: 16 })), {
        minLength: 1,
        maxLength: 8
      }),
      (zone, slots) => {
        const sessions = slots.map(([quarter, quarters], index) =>
          session(`s${index}`, utc(2026, 1, 1) + quarter * 15 * MINUTE, quarters * 15)
        )
        const text = exportSessionsIcs(sessions, { ...ROME, zone })
        const back = readBackWithIcalJs(text)
        const imported = importBusyIcs(text, {
          zone: 'Asia/Tokyo',
          rangeStartMs: utc(2025, 1, 1),
          rangeEndMs: utc(2030, 1, 1)
        })
        if (!imported.ok) return false
        const expected = sessions.map((item) => [item.startMs, item.endMs])
        const viaImporter = new Set(imported.busy.map((interval) => `${interval.startMs}/${interval.endMs}`))
        return (
          sessions.every(
            (item) => JSON.stringify(back.get(sessionUid(item.id))) === JSON.stringify([item.startMs, item.endMs])
          ) && expected.every(([start, end]) => viaImporter.has(`${start}/${end}`))
        )
      }
    )
    expect(() => fc.assert(property, { numRuns: cases(60) })).not.toThrow()
  }, 30_000)
})

describe('generated VTIMEZONE', () => {
  it.each([
    'Europe/Rome',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Tehran',
    'Africa/Casablanca',
    'America/Santiago'
  ])('makes ical.js place every unambiguous wall time of 2026-2028 at the instant Intl gives, in %s', (zone) => {
    const timezone = new ICAL.Timezone({ component: buildVtimezone(zone, 2026, 2028), tzid: zone })
    const property = fc.property(fc.integer({ min: utc(2026, 1, 1), max: utc(2028, 12, 31) }), (ms) => {
      const instant = ms - (ms % 1000)
      const wall = wallTimeOf(instant, zone)
      if (isRepeatedWall(wall, zone)) return true // the exporter writes these in UTC
      return new ICAL.Time({ ...wall, isDate: false }, timezone).toUnixTime() * 1000 === instant
    })
    expect(() => fc.assert(property, { numRuns: cases(300) })).not.toThrow()
  })

  it('has one observance per offset change plus the initial one (Rome 2027: CET, CEST from 03-28, CET from 10-31)', () => {
    const text = buildVtimezone('Europe/Rome', 2027, 2027).toString()
    expect(text.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(['BEGIN:STANDARD', 'BEGIN:DAYLIGHT', 'BEGIN:STANDARD'])
    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200')
    expect(text).toContain('DTSTART:20271031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100')
  })
})

describe('exportSessionsIcs output format', () => {
  const sessions = [
    session('b', utc(2027, 5, 3, 7), 50, {
      description: 'Read chapter 2, then; notes\nand review',
      location: 'Library'
    }),
    session('a', utc(2027, 5, 2, 7), 25, {
      title: 'Transformers: attention, positional encodings and a very long title ✨ to fold'
    })
  ]

  it('is RFC 5545 shaped: CRLF only, lines of at most 75 octets, PRODID, VERSION, one VEVENT per session', () => {
    const text = exportSessionsIcs(sessions, ROME)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(text).toMatch(/\r\nPRODID:-\/\/Study Planner\/\/Study Planner\/\/EN\r\n/)
    expect(text).toContain('\r\nVERSION:2.0\r\n')
    expect(text).toContain('\r\nX-WR-CALNAME:Study plan\r\n')
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2)
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1)
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')[1])
    expect(event.description).toBe('Read chapter 2, then; notes\nand review')
    expect(event.location).toBe('Library')
  })

  it('folds long lines to at most 75 octets, continuations included, between code points, and reads back exactly', () => {
    // ical.js alone cut every 75 octets and then added the space: 76-octet continuation lines.
    const description = `${'a'.repeat(60)}${','.repeat(80)}\n${'x'.repeat(63)}\n${'é'.repeat(90)} 🙂🙂🙂 ${'y'.repeat(200)}`
    const text = exportSessionsIcs([session('long', utc(2027, 5, 3, 7), 50, { description })], ROME)
    const lines = text.split('\r\n')
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(4)
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')[0])
    expect(event.description).toBe(description)
  })

  it('derives UIDs from session ids, so re-export (even reordered, later, retitled) keeps them', () => {
    const first = exportSessionsIcs(sessions, ROME)
    const again = exportSessionsIcs(
      reversed(sessions).map((item) => ({
        ...item,
        title: `${item.title} (moved)`,
        startMs: item.startMs + 3_600_000,
        endMs: item.endMs + 3_600_000
      })),
      { ...ROME, dtstampMs: utc(2027, 6, 1) }
    )
    expect(uids(first)).toEqual(['a@study-planner', 'b@study-planner'])
    expect(uids(again)).toEqual(uids(first))
  })

  it('is deterministic: same input, same bytes; DTSTAMP comes from the input', () => {
    expect(exportSessionsIcs(sessions, ROME)).toBe(exportSessionsIcs(reversed(sessions), ROME))
    expect(exportSessionsIcs(sessions, ROME)).toContain('DTSTAMP:20270101T000000Z')
    expect(exportSessionsIcs(sessions, { ...ROME, dtstampMs: utc(2030, 2, 3, 4, 5) })).toContain(
      'DTSTAMP:20300203T040500Z'
    )
  })

  it('adds a DISPLAY VALARM at the lead time to each session asking for one, or none when the lead is null', () => {
    const alarmed = sessions.map((item) => ({ ...item, alarm: true }))
    const withAlarm = exportSessionsIcs(alarmed, { ...ROME, reminderLeadMinutes: 90 })
    expect(withAlarm.match(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT90M\r\n/g)).toHaveLength(2)
    expect(exportSessionsIcs(alarmed, { ...ROME, reminderLeadMinutes: null })).not.toContain('VALARM')
  })

  it('adds no alarm to a session that does not ask for one, whatever the lead', () => {
    expect(exportSessionsIcs(sessions, { ...ROME, reminderLeadMinutes: 90 })).not.toContain('VALARM')
  })

  it('marks a done session (SUMMARY "✓ ", CATEGORIES:Done) and never gives it an alarm, even when asked', () => {
    const text = exportSessionsIcs(
      [session('done', utc(2027, 5, 1, 7), 30, { done: true, alarm: true }), session('next', utc(2027, 5, 2, 7), 30)],
      ROME
    )
    const [done, next] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')
    expect(done!.getFirstPropertyValue('summary')).toBe('✓ Session done')
    expect(done!.getFirstPropertyValue('categories')).toBe('Done')
    expect(done!.getFirstSubcomponent('valarm')).toBeNull()
    expect(next!.getFirstPropertyValue('summary')).toBe('Session next')
    expect(next!.getFirstProperty('categories')).toBeNull()
  })

  it('writes an empty calendar for no sessions, and uses a given PRODID', () => {
    const text = exportSessionsIcs([], { ...ROME, productId: '-//Example//Test//EN' })
    expect(text).toContain('PRODID:-//Example//Test//EN')
    expect(text).not.toContain('VEVENT')
    expect(text).not.toContain('VTIMEZONE')
  })

  it.each([
    ['an unknown zone', [session('x', utc(2027, 1, 1), 30)], { ...ROME, zone: 'Nowhere/Else' }],
    ['end before start', [{ ...session('x', utc(2027, 1, 1), 30), endMs: utc(2026, 1, 1) }], ROME],
    ['duplicate ids', [session('x', utc(2027, 1, 1), 30), session('x', utc(2027, 1, 2), 30)], ROME],
    ['a negative lead', [session('x', utc(2027, 1, 1), 30)], { ...ROME, reminderLeadMinutes: -5 }],
    ['a NaN DTSTAMP', [session('x', utc(2027, 1, 1), 30)], { ...ROME, dtstampMs: Number.NaN }]
  ])('refuses %s with IcsExportError', (_name, input, options) => {
    expect(() => exportSessionsIcs(input, options)).toThrow(IcsExportError)
  })
})
