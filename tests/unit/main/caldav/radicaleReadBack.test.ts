// Reading back what another client did to the published plan (issue 21, item 3), against a real Radicale: the
// other client is plain fetch with its own Basic credentials, never our code; instants are checked, across the
// 2027-03-28 clock change in Berlin among them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sessionUid, type IcsSession } from '../../../../src/shared/ics'
import { openConnection, type CalDavConnection } from '../../../../src/main/caldav/connection'
import type { FetchLike } from '../../../../src/main/caldav/davFetch'
import { publishSessions } from '../../../../src/main/caldav/publish'
import type { PublishState } from '../../../../src/main/caldav/publishPlan'
import { MULTIGET_BATCH_SIZE, readBackChanges, type WrittenTimes } from '../../../../src/main/caldav/readBack'
import { listRemoteEvents } from '../../../../src/main/caldav/remoteEvents'
import {
  otherClientRequest,
  radicaleAvailable,
  RADICALE_SKIP_REASON,
  startRadicale,
  type RadicaleServer
} from '../../../support/radicale'

const USER = { name: 'learner', password: 'correct horse battery' }
const ZONE = 'Europe/Berlin'
const MINUTE = 60_000
const NOW = Date.UTC(2026, 11, 1)

function session(id: string, startMs: number, minutes: number): IcsSession {
  return { id, title: `Topic ${id}`, startMs, endMs: startMs + minutes * MINUTE }
}

function writtenTimes(sessions: readonly IcsSession[]): Map<string, WrittenTimes> {
  return new Map(sessions.map((s) => [sessionUid(s.id), { startMs: s.startMs, endMs: s.endMs }]))
}

/** The second client's plain HTTP request. */
const otherClient = (method: string, url: string, init?: { body?: string; headers?: Record<string, string> }) =>
  otherClientRequest(USER, method, url, init)

/** The other client's edit of one event: GET, change the text, PUT under If-Match. Returns the new ETag. */
async function editElsewhere(href: string, change: (text: string) => string): Promise<string> {
  const current = await otherClient('GET', href)
  expect(current.status).toBe(200)
  const changed = change(current.text)
  expect(changed).not.toBe(current.text)
  const put = await otherClient('PUT', href, {
    body: changed,
    headers: { 'content-type': 'text/calendar; charset=utf-8', 'if-match': current.etag ?? '' }
  })
  if (put.status >= 300) throw new Error(`the other client's PUT got ${put.status}: ${put.text}`)
  // Radicale answers a PUT with the new ETag; a listing shows the same one.
  expect(put.etag).toBeTruthy()
  return put.etag ?? ''
}

/** `change` applied to the VEVENT part of `text` only (the VTIMEZONE before it has DTSTART lines of its own). */
function inEvent(text: string, change: (event: string) => string): string {
  const at = text.indexOf('BEGIN:VEVENT')
  return text.slice(0, at) + change(text.slice(at))
}

/** `text` with the event's DTSTART and DTEND lines replaced (our writer never folds these). */
function withTimes(dtstart: string, dtend: string) {
  return (text: string): string =>
    inEvent(text, (event) =>
      event.replace(/^DTSTART[;:].*$/m, `DTSTART${dtstart}\r`).replace(/^DTEND[;:].*$/m, `DTEND${dtend}\r`)
    )
}

/** `text` with `line` added just after the event's DTSTART. */
function withLineAfterStart(line: string) {
  return (text: string): string => inEvent(text, (event) => event.replace(/^(DTSTART[;:].*)$/m, `$1\n${line}\r`))
}

function hrefOf(state: PublishState, id: string): string {
  return state.events[sessionUid(id)]!.href
}

if (!radicaleAvailable) console.warn(`Skipping the CalDAV read-back suite: ${RADICALE_SKIP_REASON}`)

describe.skipIf(!radicaleAvailable)('reading back from Radicale what another client changed', () => {
  let server: RadicaleServer
  let calendarCount = 0
  /** Methods and REPORT kinds our connection sent, in order (the network, observed; nothing is stubbed). */
  const sent: string[] = []

  const observedFetch: FetchLike = async (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase()
    const body = typeof init?.body === 'string' ? init.body : ''
    sent.push(method === 'REPORT' ? (body.includes('calendar-multiget') ? 'multiget' : 'query') : method)
    return await globalThis.fetch(input, init)
  }

  function connect(password = USER.password): CalDavConnection {
    const opened = openConnection({ serverUrl: server.url, username: USER.name, password }, { fetch: observedFetch })
    if (!opened.ok) throw new Error(opened.error.kind)
    return opened.value
  }

  beforeAll(async () => {
    server = await startRadicale([USER])
  })
  afterAll(async () => {
    await server?.stop()
  })

  async function newCalendar(): Promise<string> {
    const url = `${server.url}${USER.name}/readback-${++calendarCount}/`
    const made = await otherClient('MKCALENDAR', url)
    expect(made.status).toBe(201)
    return url
  }

  async function publish(calendarUrl: string, sessions: readonly IcsSession[]): Promise<PublishState> {
    const outcome = await publishSessions(connect(), {
      calendarUrl,
      sessions,
      zone: ZONE,
      reminderLeadMinutes: 15,
      nowMs: NOW,
      state: null
    })
    expect(outcome.error).toBeNull()
    expect(outcome.summary.created).toHaveLength(sessions.length)
    return outcome.state
  }

  async function listing(calendarUrl: string) {
    const listed = await listRemoteEvents(connect(), calendarUrl)
    if (!listed.ok) throw new Error(listed.error.kind)
    return listed.value
  }

  it('reports exactly the moves, the retitle, the deletion and what it cannot read, with their instants', async () => {
    const calendarUrl = await newCalendar()
    const sessions = [
      // Saturday 18:00 CET; moved to Sunday 18:00 in Berlin, after the clock change: 16:00 UTC, not 17:00.
      session('across-dst', Date.UTC(2027, 2, 27, 17), 60),
      session('to-utc', Date.UTC(2027, 2, 22, 17), 60),
      session('to-new-york', Date.UTC(2027, 2, 23, 17), 60),
      session('to-floating', Date.UTC(2027, 2, 24, 17), 60),
      session('retitled', Date.UTC(2027, 2, 25, 17), 45),
      session('deleted', Date.UTC(2027, 2, 26, 17), 60),
      session('made-recurring', Date.UTC(2027, 2, 29, 17), 60),
      session('made-all-day', Date.UTC(2027, 2, 30, 17), 60),
      session('cancelled', Date.UTC(2027, 2, 31, 17), 60),
      session('untouched', Date.UTC(2027, 3, 1, 17), 60)
    ]
    const state = await publish(calendarUrl, sessions)

    const etags = {
      acrossDst: await editElsewhere(
        hrefOf(state, 'across-dst'),
        withTimes(';TZID=Europe/Berlin:20270328T180000', ';TZID=Europe/Berlin:20270328T193000')
      ),
      toUtc: await editElsewhere(hrefOf(state, 'to-utc'), withTimes(':20270323T083000Z', ':20270323T100000Z')),
      // Another zone, named without a VTIMEZONE of its own (New York is on summer time from 14 March: UTC-4).
      toNewYork: await editElsewhere(
        hrefOf(state, 'to-new-york'),
        withTimes(';TZID=America/New_York:20270329T090000', ';TZID=America/New_York:20270329T100000')
      ),
      // Floating times are read in the plan's zone (CEST by then).
      toFloating: await editElsewhere(hrefOf(state, 'to-floating'), withTimes(':20270330T070000', ':20270330T080000')),
      retitled: await editElsewhere(hrefOf(state, 'retitled'), (text) =>
        text.replace(/^SUMMARY:.*$/m, 'SUMMARY:Renamed on my phone\r')
      ),
      recurring: await editElsewhere(hrefOf(state, 'made-recurring'), withLineAfterStart('RRULE:FREQ=WEEKLY;COUNT=4')),
      allDay: await editElsewhere(
        hrefOf(state, 'made-all-day'),
        withTimes(';VALUE=DATE:20270401', ';VALUE=DATE:20270402')
      ),
      cancelled: await editElsewhere(hrefOf(state, 'cancelled'), withLineAfterStart('STATUS:CANCELLED'))
    }
    expect((await otherClient('DELETE', hrefOf(state, 'deleted'))).status).toBeLessThan(300)

    const remote = await listing(calendarUrl)
    sent.length = 0
    const result = await readBackChanges(connect(), {
      calendarUrl,
      state,
      remote,
      zone: ZONE,
      written: writtenTimes(sessions)
    })
    expect(result).toEqual({
      ok: true,
      value: {
        moved: [
          {
            uid: sessionUid('across-dst'),
            sessionId: 'across-dst',
            startMs: Date.UTC(2027, 2, 28, 16),
            endMs: Date.UTC(2027, 2, 28, 17, 30),
            etag: etags.acrossDst
          },
          {
            uid: sessionUid('to-floating'),
            sessionId: 'to-floating',
            startMs: Date.UTC(2027, 2, 30, 5),
            endMs: Date.UTC(2027, 2, 30, 6),
            etag: etags.toFloating
          },
          {
            uid: sessionUid('to-new-york'),
            sessionId: 'to-new-york',
            startMs: Date.UTC(2027, 2, 29, 13),
            endMs: Date.UTC(2027, 2, 29, 14),
            etag: etags.toNewYork
          },
          {
            uid: sessionUid('to-utc'),
            sessionId: 'to-utc',
            startMs: Date.UTC(2027, 2, 23, 8, 30),
            endMs: Date.UTC(2027, 2, 23, 10),
            etag: etags.toUtc
          }
        ],
        edited: [{ uid: sessionUid('retitled'), sessionId: 'retitled', etag: etags.retitled }],
        deleted: [{ uid: sessionUid('deleted'), sessionId: 'deleted' }],
        unreadable: [
          { uid: sessionUid('cancelled'), sessionId: 'cancelled', etag: etags.cancelled, reason: 'cancelled' },
          { uid: sessionUid('made-all-day'), sessionId: 'made-all-day', etag: etags.allDay, reason: 'all-day' },
          {
            uid: sessionUid('made-recurring'),
            sessionId: 'made-recurring',
            etag: etags.recurring,
            reason: 'recurring'
          }
        ]
      }
    })
    // The eight changed events came in one multiget; the untouched one and the deleted one were not asked for.
    expect(sent).toEqual(['multiget'])
  })

  it('asks for nothing when every ETag is still ours', async () => {
    // Bug: fetching every event on every sync (a calendar-query of all data) instead of only the changed ones.
    const calendarUrl = await newCalendar()
    const sessions = [session('a', Date.UTC(2027, 4, 3, 8), 60), session('b', Date.UTC(2027, 4, 3, 10), 60)]
    const state = await publish(calendarUrl, sessions)
    const remote = await listing(calendarUrl)
    sent.length = 0
    const result = await readBackChanges(connect(), {
      calendarUrl,
      state,
      remote,
      zone: ZONE,
      written: writtenTimes(sessions)
    })
    expect(result).toEqual({ ok: true, value: { moved: [], edited: [], deleted: [], unreadable: [] } })
    expect(sent).toEqual([])
  })

  it('an event deleted between the listing and the multiget (404 in the multistatus) counts as deleted', async () => {
    // Bug: a 404 inside the multiget's answer read as "no data" (unreadable: the planner would write it again)
    // or as the calendar being gone.
    const calendarUrl = await newCalendar()
    const sessions = [session('kept', Date.UTC(2027, 4, 4, 8), 60), session('gone', Date.UTC(2027, 4, 4, 10), 60)]
    const state = await publish(calendarUrl, sessions)
    const keptEtag = await editElsewhere(hrefOf(state, 'kept'), withTimes(':20270504T120000Z', ':20270504T130000Z'))
    await editElsewhere(hrefOf(state, 'gone'), (text) => text.replace(/^SUMMARY:.*$/m, 'SUMMARY:Soon gone\r'))
    const remote = await listing(calendarUrl)
    expect((await otherClient('DELETE', hrefOf(state, 'gone'))).status).toBeLessThan(300)
    const result = await readBackChanges(connect(), {
      calendarUrl,
      state,
      remote,
      zone: ZONE,
      written: writtenTimes(sessions)
    })
    expect(result).toEqual({
      ok: true,
      value: {
        moved: [
          {
            uid: sessionUid('kept'),
            sessionId: 'kept',
            startMs: Date.UTC(2027, 4, 4, 12),
            endMs: Date.UTC(2027, 4, 4, 13),
            etag: keptEtag
          }
        ],
        edited: [],
        deleted: [{ uid: sessionUid('gone'), sessionId: 'gone' }],
        unreadable: []
      }
    })
  })

  it(`reads more than ${MULTIGET_BATCH_SIZE} changed events in batches, every one of them`, async () => {
    // Bug: one multiget of any size (a server may refuse or cut it), or only the first batch's answers kept.
    const calendarUrl = await newCalendar()
    const count = MULTIGET_BATCH_SIZE + 5
    const sessions = Array.from({ length: count }, (_, i) =>
      session(`bulk-${String(i).padStart(3, '0')}`, Date.UTC(2027, 5, 1, 6) + i * 90 * MINUTE, 30)
    )
    const published = await publish(calendarUrl, sessions)
    // A state whose every ETag is older than the server's: each event counts as changed (editing 105 events through
    // the other client would cost Radicale seconds and test nothing more).
    const state: PublishState = {
      calendarUrl,
      events: Object.fromEntries(
        Object.entries(published.events).map(([uid, record]) => [uid, { ...record, etag: '"older"' }])
      )
    }
    const remote = await listing(calendarUrl)
    sent.length = 0
    const result = await readBackChanges(connect(), {
      calendarUrl,
      state,
      remote,
      zone: ZONE,
      written: writtenTimes(sessions)
    })
    expect(result.ok && result.value.edited.map((event) => event.sessionId)).toEqual(sessions.map((s) => s.id))
    expect(result.ok && [result.value.moved, result.value.deleted, result.value.unreadable]).toEqual([[], [], []])
    expect(sent).toEqual(['multiget', 'multiget'])
  })

  it('names a deleted calendar and a wrong password as failures of the whole read', async () => {
    const calendarUrl = await newCalendar()
    const sessions = [session('a', Date.UTC(2027, 4, 5, 8), 60)]
    const state = await publish(calendarUrl, sessions)
    await editElsewhere(hrefOf(state, 'a'), (text) => text.replace(/^SUMMARY:.*$/m, 'SUMMARY:Edited\r'))
    const input = {
      calendarUrl,
      state,
      remote: await listing(calendarUrl),
      zone: ZONE,
      written: writtenTimes(sessions)
    }
    expect(await readBackChanges(connect('wrong'), input)).toEqual({ ok: false, error: { kind: 'wrong-password' } })
    expect((await otherClient('DELETE', calendarUrl)).status).toBeLessThan(300)
    expect(await readBackChanges(connect(), input)).toEqual({ ok: false, error: { kind: 'calendar-gone' } })
  })
})
