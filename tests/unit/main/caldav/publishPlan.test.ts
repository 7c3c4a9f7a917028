// planPublish without a server: every case of "what must this publish do with this event".
import { describe, expect, it } from 'vitest'
import type { CalendarObject } from '../../../../src/main/caldav/calendarObject'
import { contentHashOf, sessionCalendarObject } from '../../../../src/main/caldav/calendarObject'
import { planPublish, type PublishState } from '../../../../src/main/caldav/publishPlan'
import type { RemoteEvent } from '../../../../src/main/caldav/remoteEvents'
import { isLoopbackHost } from '../../../../src/main/caldav/serverUrl'

const CAL = 'https://dav.example.org/u/cal/'

function object(uid: string, hash: string): CalendarObject {
  return { uid, resourceName: `${encodeURIComponent(uid)}.ics`, text: '', contentHash: hash }
}
function href(uid: string): string {
  return `${CAL}${encodeURIComponent(uid)}.ics`
}
function remote(entries: Record<string, string>): Map<string, RemoteEvent> {
  // Keys as listRemoteEvents makes them: decoded paths.
  return new Map(
    Object.entries(entries).map(([uid, etag]) => [
      decodeURIComponent(new URL(href(uid)).pathname),
      { href: href(uid), etag }
    ])
  )
}
function state(entries: Record<string, [etag: string | null, hash: string]>): PublishState {
  return {
    calendarUrl: CAL,
    events: Object.fromEntries(
      Object.entries(entries).map(([uid, [etag, hash]]) => [uid, { href: href(uid), etag, contentHash: hash }])
    )
  }
}

describe('planPublish', () => {
  it('creates, updates with the ETag it wrote, deletes, and leaves unchanged events alone', () => {
    const steps = planPublish(
      [object('new@sp', 'n'), object('same@sp', 'h1'), object('changed@sp', 'h2-new')],
      state({ 'same@sp': ['"e1"', 'h1'], 'changed@sp': ['"e2"', 'h2'], 'gone@sp': ['"e3"', 'h3'] }),
      remote({ 'same@sp': '"e1"', 'changed@sp': '"e2"', 'gone@sp': '"e3"' }),
      CAL
    )
    expect(steps.map((s) => [s.kind, s.uid, 'etag' in s ? s.etag : null])).toEqual([
      ['create', 'new@sp', null],
      ['unchanged', 'same@sp', null],
      ['update', 'changed@sp', '"e2"'],
      ['delete', 'gone@sp', '"e3"']
    ])
  })

  it('never writes over or deletes what another client changed or deleted since our last write', () => {
    const steps = planPublish(
      [object('edited@sp', 'mine-new'), object('edited-only-there@sp', 'h'), object('deleted@sp', 'x')],
      state({
        'edited@sp': ['"ours"', 'mine'],
        'edited-only-there@sp': ['"ours"', 'h'],
        'deleted@sp': ['"e"', 'x'],
        'removed-but-edited@sp': ['"ours"', 'r'],
        'removed-and-gone@sp': ['"e"', 'g']
      }),
      remote({ 'edited@sp': '"theirs"', 'edited-only-there@sp': '"theirs"', 'removed-but-edited@sp': '"theirs"' }),
      CAL
    )
    expect(steps.map((s) => [s.kind, s.uid, 'reason' in s ? s.reason : null])).toEqual([
      ['conflict', 'edited@sp', 'edited-elsewhere'],
      // Nothing of ours to write: reading their edit back is the read-back's job.
      ['unchanged', 'edited-only-there@sp', null],
      ['conflict', 'deleted@sp', 'deleted-elsewhere'],
      ['conflict', 'removed-but-edited@sp', 'edited-elsewhere'],
      ['forget', 'removed-and-gone@sp', null]
    ])
  })

  it('adopts its own resource when the record of a write was lost, and trusts the listing when no ETag was given', () => {
    const steps = planPublish(
      [object('lost@sp', 'h'), object('no-etag@sp', 'h2-new')],
      state({ 'no-etag@sp': [null, 'h2'] }),
      remote({ 'lost@sp': '"e1"', 'no-etag@sp': '"e2"' }),
      CAL
    )
    expect(steps.map((s) => [s.kind, s.uid, 'etag' in s ? s.etag : null])).toEqual([
      ['update', 'lost@sp', '"e1"'],
      ['update', 'no-etag@sp', '"e2"']
    ])
  })

  it('treats a state for another calendar as empty, and refuses two events with one UID', () => {
    const other = { ...state({ 'a@sp': ['"e"', 'h'] }), calendarUrl: 'https://dav.example.org/u/other/' }
    expect(planPublish([object('a@sp', 'h')], other, remote({}), CAL).map((s) => s.kind)).toEqual(['create'])
    expect(() => planPublish([object('a@sp', 'h'), object('a@sp', 'h')], state({}), remote({}), CAL)).toThrow(
      RangeError
    )
  })
})

const eventText = (stamp: string, summary: string): string =>
  `BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:${stamp}\r\nSUMMARY:${summary}\r\nEND:VEVENT\r\n`

describe('contentHashOf', () => {
  it('ignores DTSTAMP and nothing else', () => {
    const at = eventText
    expect(contentHashOf(at('20270101T000000Z', 'x'))).toBe(contentHashOf(at('20270102T000000Z', 'x')))
    expect(contentHashOf(at('20270101T000000Z', 'x'))).not.toBe(contentHashOf(at('20270101T000000Z', 'y')))
  })
})

describe('isLoopbackHost', () => {
  it('knows this machine by name and address only', () => {
    for (const host of [
      'localhost',
      'LOCALHOST',
      'app.localhost',
      '127.0.0.1',
      '127.255.0.9',
      '[::1]',
      '[::ffff:127.0.0.1]'
    ]) {
      expect({ host, loopback: isLoopbackHost(host) }).toEqual({ host, loopback: true })
    }
    for (const host of ['example.org', '128.0.0.1', '10.0.0.1', '[::2]', '127.0.0.1.nip.io', 'localhost.example.org']) {
      expect({ host, loopback: isLoopbackHost(host) }).toEqual({ host, loopback: false })
    }
  })
})

describe('sessionCalendarObject', () => {
  it('writes one VEVENT with its VTIMEZONE and no METHOD or calendar name (RFC 4791 4.1)', () => {
    const session = {
      id: 's1',
      title: 'Attention',
      startMs: Date.UTC(2027, 2, 28, 0, 30),
      endMs: Date.UTC(2027, 2, 28, 2, 30)
    }
    const options = { zone: 'Europe/Berlin', reminderLeadMinutes: 15, dtstampMs: Date.UTC(2027, 0, 1) }
    const written = sessionCalendarObject(session, options)
    expect(written.uid).toBe('s1@study-planner')
    expect(written.resourceName).toBe('s1%40study-planner.ics')
    const names = written.text.split('\r\n').map((line) => line.split(/[:;]/)[0])
    expect(written.text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1)
    expect(written.text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin')
    expect(written.text).toContain('DTSTART;TZID=Europe/Berlin:20270328T013000')
    expect(names).not.toContain('METHOD')
    expect(names).not.toContain('X-WR-CALNAME')
    expect(names).not.toContain('NAME')
    // Publishing again later is no change; a new title is.
    expect(sessionCalendarObject(session, { ...options, dtstampMs: Date.UTC(2027, 5, 1) }).contentHash).toBe(
      written.contentHash
    )
    expect(sessionCalendarObject({ ...session, title: 'Other' }, options).contentHash).not.toBe(written.contentHash)
  })
})
