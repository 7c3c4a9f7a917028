// Publishing a plan to a real CalDAV server (issue 21): Radicale on 127.0.0.1, read back by a second, independent
// client (tsdav's own DAVClient with its own credentials, and plain fetch), never through the code under test.
import { createServer, type Server } from 'node:http'
import ICAL from 'ical.js'
import { createDAVClient } from 'tsdav'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { sessionUid, type IcsSession } from '../../../../src/shared/ics'
import { openConnection, type CalDavConnection } from '../../../../src/main/caldav/connection'
import { createCalendar, discoverCalendars, STUDY_CALENDAR_NAME } from '../../../../src/main/caldav/discovery'
import { publishSessions, type PublishInput } from '../../../../src/main/caldav/publish'
import { applyPublishPlan } from '../../../../src/main/caldav/publishApply'
import { planPublish, type PublishState } from '../../../../src/main/caldav/publishPlan'
import { listRemoteEvents } from '../../../../src/main/caldav/remoteEvents'
import { sessionCalendarObject } from '../../../../src/main/caldav/calendarObject'
import {
  otherClientRequest,
  radicaleAvailable,
  RADICALE_SKIP_REASON,
  startRadicale,
  type RadicaleServer
} from '../../../support/radicale'
import { FUZZ_FACTOR } from '../../../support/fuzz'

const USER = { name: 'learner', password: 'correct horse battery' }
const ZONE = 'Europe/Berlin'
const HOUR = 3_600_000
const MINUTE = 60_000
const NOW = Date.UTC(2026, 11, 1)

function session(id: string, startMs: number, minutes: number, extra: Partial<IcsSession> = {}): IcsSession {
  return { id, title: `Topic ${id}`, startMs, endMs: startMs + minutes * MINUTE, ...extra }
}

function input(calendarUrl: string, sessions: readonly IcsSession[], state: PublishState | null): PublishInput {
  return { calendarUrl, sessions, zone: ZONE, reminderLeadMinutes: 15, nowMs: NOW, state }
}

/** An instant as iCalendar's UTC form, 20270328T003000Z. */
function icsStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '')
}

function connect(serverUrl: string, password = 'p'): CalDavConnection {
  const opened = openConnection({ serverUrl, username: USER.name, password }, { fetch: globalThis.fetch })
  if (!opened.ok) throw new Error(opened.error.kind)
  return opened.value
}

/** The second client's plain HTTP request. */
const otherClient = (method: string, url: string, init?: { body?: string; headers?: Record<string, string> }) =>
  otherClientRequest(USER, method, url, init)

/** The UIDs of events the server itself finds overlapping [startMs, endMs) (calendar-query time-range). */
async function uidsOverlapping(calendarUrl: string, startMs: number, endMs: number): Promise<string[]> {
  const body = `<?xml version="1.0" encoding="utf-8"?>
<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
<d:prop><c:calendar-data/></d:prop>
<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
  <c:time-range start="${icsStamp(startMs)}" end="${icsStamp(endMs)}"/>
</c:comp-filter></c:comp-filter></c:filter>
</c:calendar-query>`
  const response = await otherClient('REPORT', calendarUrl, {
    body,
    headers: { depth: '1', 'content-type': 'application/xml; charset=utf-8' }
  })
  expect(response.status).toBe(207)
  return [...response.text.matchAll(/^UID:(.*)\r?$/gm)].map((match) => match[1] ?? '').sort()
}

function etagsOf(state: PublishState): Record<string, string | null> {
  return Object.fromEntries(Object.entries(state.events).map(([uid, record]) => [uid, record.etag]))
}

if (!radicaleAvailable) console.warn(`Skipping the CalDAV publish suite: ${RADICALE_SKIP_REASON}`)

describe.skipIf(!radicaleAvailable)('publishing to Radicale', () => {
  let server: RadicaleServer
  let connection: CalDavConnection
  let calendarCount = 0

  beforeAll(async () => {
    server = await startRadicale([USER])
    connection = connect(server.url, USER.password)
  })
  afterAll(async () => {
    await server?.stop()
  })

  // ---- the second client: plain fetch and tsdav with credentials of its own --------------------------------------

  /** A new, empty event calendar made by the other client. */
  async function newCalendar(): Promise<string> {
    const url = `${server.url}${USER.name}/test-${++calendarCount}/`
    const made = await otherClient('MKCALENDAR', url)
    expect(made.status).toBe(201)
    return url
  }

  interface ReadEvent {
    readonly uid: string
    readonly summary: string
    readonly description: string | null
    readonly startMs: number
    readonly endMs: number
    readonly etag: string
  }

  /** Every event of the calendar as tsdav reads it, with its instants resolved by ical.js from its own VTIMEZONE. */
  async function readBack(calendarUrl: string): Promise<Map<string, ReadEvent>> {
    const client = await createDAVClient({
      serverUrl: server.url,
      credentials: { username: USER.name, password: USER.password },
      authMethod: 'Basic',
      defaultAccountType: 'caldav'
    })
    const objects = await client.fetchCalendarObjects({ calendar: { url: calendarUrl } })
    const events = new Map<string, ReadEvent>()
    for (const object of objects) {
      const calendar = new ICAL.Component(ICAL.parse(String(object.data)))
      // Each object's own VTIMEZONE, not ical.js's global registry (other suites share this worker's ical.js).
      const zones = new Map(
        calendar
          .getAllSubcomponents('vtimezone')
          .map((zone) => [String(zone.getFirstPropertyValue('tzid')), new ICAL.Timezone(zone)])
      )
      const instant = (time: ICAL.Time): number => {
        // ical.js keeps an unregistered TZID beside the time (its types do not declare it).
        const tzid: unknown = Reflect.get(time, 'timezone')
        if (typeof tzid === 'string') time.zone = zones.get(tzid) ?? time.zone
        return time.toUnixTime() * 1000
      }
      const vevents = calendar.getAllSubcomponents('vevent')
      expect(vevents).toHaveLength(1)
      const event = new ICAL.Event(vevents[0])
      events.set(event.uid, {
        uid: event.uid,
        summary: event.summary,
        description: event.description ?? null,
        startMs: instant(event.startDate),
        endMs: instant(event.endDate),
        etag: String(object.etag)
      })
    }
    return events
  }

  // ---- sessions ---------------------------------------------------------------------------------------------------

  /**
   * Sessions around both 2027 clock changes in Berlin (spring forward 28 March 01:00 UTC, fall back 31 October
   * 01:00 UTC), among ordinary ones.
   */
  const dstSessions: readonly IcsSession[] = [
    session('before-spring', Date.UTC(2027, 2, 27, 18), 60),
    // 01:30 CET to 04:30 CEST: across the skipped hour.
    session('across-spring', Date.UTC(2027, 2, 28, 0, 30), 120),
    session('after-spring', Date.UTC(2027, 2, 28, 18), 60),
    // 02:15–02:45 twice on 31 October: first in CEST, then in CET (written in UTC: the wall time is ambiguous).
    session('repeated-first', Date.UTC(2027, 9, 31, 0, 15), 30),
    session('repeated-second', Date.UTC(2027, 9, 31, 1, 15), 30),
    // 01:30 CEST to 02:30 CET: across the repeated hour.
    session('across-fall', Date.UTC(2027, 9, 30, 23, 30), 120),
    session('after-fall', Date.UTC(2027, 9, 31, 17), 90, {
      title: 'Attention — Übung ✓ 注意: a title long enough to be folded, with commas, semicolons; and more',
      description: 'Summary line\n\nResources:\nPaper — https://arxiv.org/abs/1706.03762\nStage: Foundations, part 1'
    })
  ]

  function expectSameEvents(read: Map<string, ReadEvent>, sessions: readonly IcsSession[]): void {
    const written = sessions
      .map((s) => ({
        uid: sessionUid(s.id),
        summary: s.title,
        description: s.description ?? null,
        startMs: s.startMs,
        endMs: s.endMs
      }))
      .sort((a, b) => (a.uid < b.uid ? -1 : 1))
    const readBackEvents = [...read.values()]
      .map(({ uid, summary, description, startMs, endMs }) => ({ uid, summary, description, startMs, endMs }))
      .sort((a, b) => (a.uid < b.uid ? -1 : 1))
    expect(readBackEvents).toEqual(written)
  }

  function etagsRead(read: Map<string, ReadEvent>): Record<string, string | null> {
    return Object.fromEntries([...read].map(([uid, event]) => [uid, event.etag]))
  }

  // ---- the tests --------------------------------------------------------------------------------------------------

  it('discovers the account (RFC 6764 well-known URL) and creates a "Study Planner" calendar', async () => {
    const before = await discoverCalendars(connection)
    expect(before.ok).toBe(true)
    if (!before.ok) return
    expect(before.value.homeUrl).toBe(`${server.url}${USER.name}/`)
    const created = await createCalendar(connection, before.value.homeUrl)
    expect(created).toEqual({
      ok: true,
      value: {
        url: `${server.url}${USER.name}/study-planner/`,
        displayName: STUDY_CALENDAR_NAME,
        components: ['VEVENT'],
        holdsEvents: true
      }
    })
    // A second one does not replace the first.
    const second = await createCalendar(connection, before.value.homeUrl)
    expect(second.ok && second.value.url).toBe(`${server.url}${USER.name}/study-planner-2/`)
    const after = await discoverCalendars(connection)
    expect(after.ok && after.value.calendars.map((c) => [c.url, c.displayName, c.holdsEvents]).sort()).toEqual([
      [`${server.url}${USER.name}/study-planner-2/`, STUDY_CALENDAR_NAME, true],
      [`${server.url}${USER.name}/study-planner/`, STUDY_CALENDAR_NAME, true]
    ])
  })

  it('first publish: every event reads back with the same instants, across both clock changes in Berlin', async () => {
    const calendarUrl = await newCalendar()
    const outcome = await publishSessions(connection, input(calendarUrl, dstSessions, null))
    expect(outcome.error).toBeNull()
    expect(outcome.summary.created.slice().sort()).toEqual(dstSessions.map((s) => sessionUid(s.id)).sort())
    expect(outcome.summary.conflicts).toEqual([])
    const read = await readBack(calendarUrl)
    expectSameEvents(read, dstSessions)
    // The ETags kept are the server's.
    expect(etagsOf(outcome.state)).toEqual(etagsRead(read))
    // Radicale reads the VTIMEZONE itself: each event overlaps its first minute and not the minute before it.
    const seen = []
    for (const s of dstSessions.filter((x) => x.id.includes('repeated') || x.id.includes('across'))) {
      const uid = sessionUid(s.id)
      const firstMinute = (await uidsOverlapping(calendarUrl, s.startMs, s.startMs + MINUTE)).includes(uid)
      const minuteBefore = (await uidsOverlapping(calendarUrl, s.startMs - MINUTE, s.startMs)).includes(uid)
      seen.push({ id: s.id, firstMinute, minuteBefore })
    }
    expect(seen).toEqual(seen.map(({ id }) => ({ id, firstMinute: true, minuteBefore: false })))
    expect(seen).toHaveLength(4)
  })

  it('a re-plan touches exactly the events that changed: 2 updated, 1 added, 1 removed, the rest untouched', async () => {
    const calendarUrl = await newCalendar()
    const first = Array.from({ length: 12 }, (_, i) => session(`s${i}`, Date.UTC(2027, 4, 3 + i, 17), 60))
    const published = await publishSessions(connection, input(calendarUrl, first, null))
    expect(published.error).toBeNull()
    const before = await readBack(calendarUrl)

    const moved = { ...first[3]!, startMs: first[3]!.startMs + 2 * HOUR, endMs: first[3]!.endMs + 2 * HOUR }
    const renamed = { ...first[7]!, title: 'Renamed topic' }
    const added = session('new', Date.UTC(2027, 4, 20, 9), 45)
    const replanned = [...first.filter((s) => s.id !== 's5'), added].map((s) =>
      s.id === 's3' ? moved : s.id === 's7' ? renamed : s
    )
    // Another DTSTAMP alone is no change.
    const outcome = await publishSessions(connection, {
      ...input(calendarUrl, replanned, published.state),
      nowMs: NOW + HOUR
    })
    expect(outcome.error).toBeNull()
    expect(outcome.summary.created).toEqual([sessionUid('new')])
    expect(outcome.summary.updated.slice().sort()).toEqual([sessionUid('s3'), sessionUid('s7')])
    expect(outcome.summary.deleted).toEqual([sessionUid('s5')])
    expect(outcome.summary.unchanged).toHaveLength(9)
    expect(outcome.summary.conflicts).toEqual([])

    const after = await readBack(calendarUrl)
    expectSameEvents(after, replanned)
    const newEtags = [...after.keys()].filter((uid) => after.get(uid)?.etag !== before.get(uid)?.etag).sort()
    expect(newEtags).toEqual([sessionUid('new'), sessionUid('s3'), sessionUid('s7')])
    // Nothing left to do: a second run makes no request but the listing.
    const again = await publishSessions(connection, {
      ...input(calendarUrl, replanned, outcome.state),
      nowMs: NOW + 2 * HOUR
    })
    expect(again.summary.unchanged).toHaveLength(12)
    expect(again.state).toEqual(outcome.state)
  })

  it('an event edited by another client since the listing gets a 412 and is reported, not overwritten', async () => {
    const calendarUrl = await newCalendar()
    const sessions = [session('a', Date.UTC(2027, 5, 1, 8), 60), session('b', Date.UTC(2027, 5, 1, 10), 60)]
    const published = await publishSessions(connection, input(calendarUrl, sessions, null))
    const hrefB = published.state.events[sessionUid('b')]!.href

    // We change both; between our listing and our writes the other client edits b on the server.
    const changed = sessions.map((s) => ({ ...s, title: `${s.title} (re-planned)` }))
    const objects = changed.map((s) =>
      sessionCalendarObject(s, { zone: ZONE, reminderLeadMinutes: 15, dtstampMs: NOW })
    )
    const listed = await listRemoteEvents(connection, calendarUrl)
    if (!listed.ok) throw new Error(listed.error.kind)
    const steps = planPublish(objects, published.state, listed.value, calendarUrl)
    const current = await otherClient('GET', hrefB)
    const theirs = current.text.replace(/^SUMMARY:.*$/m, 'SUMMARY:Moved on my phone')
    const edit = await otherClient('PUT', hrefB, {
      body: theirs,
      headers: { 'content-type': 'text/calendar', 'if-match': current.etag ?? '' }
    })
    expect(edit.status).toBeLessThan(300)
    const outcome = await applyPublishPlan(connection, steps, published.state, calendarUrl)

    expect(outcome.error).toBeNull()
    expect(outcome.summary.updated).toEqual([sessionUid('a')])
    expect(outcome.summary.conflicts).toEqual([{ uid: sessionUid('b'), reason: 'edited-elsewhere' }])
    expect((await readBack(calendarUrl)).get(sessionUid('b'))?.summary).toBe('Moved on my phone')
    // Its record still holds what we last wrote, so the next publish sees the conflict from the listing alone.
    expect(outcome.state.events[sessionUid('b')]).toEqual(published.state.events[sessionUid('b')])
    const next = await publishSessions(connection, input(calendarUrl, changed, outcome.state))
    expect(next.summary.conflicts).toEqual([{ uid: sessionUid('b'), reason: 'edited-elsewhere' }])
    expect(next.summary.unchanged).toEqual([sessionUid('a')])
  })

  it('a wrong password is named as such, for discovery and for a publish', async () => {
    const wrong = connect(server.url, 'wrong')
    expect(await discoverCalendars(wrong)).toEqual({ ok: false, error: { kind: 'wrong-password' } })
    const calendarUrl = await newCalendar()
    const outcome = await publishSessions(wrong, input(calendarUrl, dstSessions, null))
    expect(outcome.error).toEqual({ kind: 'wrong-password' })
    expect(outcome.state.events).toEqual({})
  })

  it('a calendar deleted on the server is named as gone, and the state is kept as it was', async () => {
    const calendarUrl = await newCalendar()
    const published = await publishSessions(connection, input(calendarUrl, dstSessions.slice(0, 2), null))
    expect(published.error).toBeNull()
    expect((await otherClient('DELETE', calendarUrl)).status).toBeLessThan(300)
    expect(await listRemoteEvents(connection, calendarUrl)).toEqual({ ok: false, error: { kind: 'calendar-gone' } })
    const outcome = await publishSessions(connection, input(calendarUrl, dstSessions, published.state))
    expect(outcome.error).toEqual({ kind: 'calendar-gone' })
    expect(outcome.state).toEqual(published.state)
  })

  // Radicale reads every stored event to check a new UID is unique, so 1,000 creates cost it ~20 s of CPU: the loop
  // publishes 200 (about 2 s); FUZZ=long, the deeper run before a release, publishes the 1,000 issue 21 names.
  const BULK = FUZZ_FACTOR > 1 ? 1000 : 200

  it(`${BULK} events are published and read back identical`, async () => {
    const calendarUrl = await newCalendar()
    // Every 8 h 40 min through 2027 with lengths from 25 to 175 minutes: both clock changes fall inside.
    const sessions = [
      ...dstSessions,
      ...Array.from({ length: BULK - dstSessions.length }, (_, i) =>
        session(`bulk-${i}`, Date.UTC(2027, 0, 1, 6) + i * (8 * HOUR + 40 * MINUTE), 25 + (i % 7) * 25, {
          description: `Session ${i}\nResources:\nA — https://example.org/${i}`
        })
      )
    ]
    const outcome = await publishSessions(connection, { ...input(calendarUrl, sessions, null), concurrency: 4 })
    expect(outcome.error).toBeNull()
    expect(outcome.summary.created).toHaveLength(BULK)
    const read = await readBack(calendarUrl)
    expectSameEvents(read, sessions)
    expect(etagsOf(outcome.state)).toEqual(etagsRead(read))
  })
})

describe('refusals before any request', () => {
  it('refuses http:// to a host other than this machine, and accepts loopback and https', () => {
    const fetch = vi.fn<typeof globalThis.fetch>()
    const open = (serverUrl: string) => openConnection({ serverUrl, username: 'u', password: 'p' }, { fetch })
    expect(open('http://dav.example.org/')).toEqual({ ok: false, error: { kind: 'insecure-url' } })
    expect(open('http://192.168.1.10:5232/')).toEqual({ ok: false, error: { kind: 'insecure-url' } })
    expect(open('http://127.1.2.3.example.org/')).toEqual({ ok: false, error: { kind: 'insecure-url' } })
    expect(open('ftp://dav.example.org/')).toEqual({ ok: false, error: { kind: 'invalid-url' } })
    expect(open('https://u:p@dav.example.org/')).toEqual({ ok: false, error: { kind: 'invalid-url' } })
    expect(open('not a url')).toEqual({ ok: false, error: { kind: 'invalid-url' } })
    const accepted = [
      'https://dav.example.org/',
      'http://127.0.0.1:5232/',
      'http://127.8.9.1/',
      'http://[::1]:5232/',
      'http://localhost/'
    ]
    expect(accepted.filter((url) => !open(url).ok)).toEqual([])
    expect(fetch).not.toHaveBeenCalled()
  })
})

describe('servers that are not there or not CalDAV', () => {
  let plain: Server
  let plainUrl: string
  beforeAll(async () => {
    plain = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' })
      response.end('<html>a web site</html>')
    })
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve))
    const address = plain.address()
    plainUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`
  })
  afterAll(async () => {
    await new Promise((resolve) => plain.close(resolve))
  })

  it('names a web server that is no CalDAV server', async () => {
    expect(await discoverCalendars(connect(plainUrl))).toEqual({ ok: false, error: { kind: 'not-caldav' } })
  })

  it('names a server that does not answer as unreachable', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const address = closed.address()
    await new Promise((resolve) => closed.close(resolve))
    const result = await discoverCalendars(
      connect(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`)
    )
    expect(result).toMatchObject({ ok: false, error: { kind: 'unreachable', detail: 'ECONNREFUSED' } })
  })
})
