// The calendar sync as main runs it (issue 21), against a real Radicale, checked by a second client (plain fetch):
// connect with the credential store, pick or create the calendar, publish, read back moves, deletions and busy
// calendars, survive a server restart mid-sync and a deleted calendar, and never overwrite an edit it has not read.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createCredentialStore, CREDENTIALS_FILE } from '../../../../src/main/caldav/credentialStore'
import type { FetchLike } from '../../../../src/main/caldav/davFetch'
import {
  createCalendarSyncService,
  RETRY_DELAYS_MS,
  type CalendarSyncService
} from '../../../../src/main/caldav/syncService'
import { createSyncStateFile } from '../../../../src/main/caldav/syncStore'
import type { Scheduler } from '../../../../src/main/reminders/ports'
import type { CalendarSyncStatus, PublishSnapshot } from '../../../../src/shared/ipc/calendarSync'
import {
  otherClientRequest,
  radicaleAvailable,
  RADICALE_SKIP_REASON,
  startRadicale,
  type RadicaleServer
} from '../../../support/radicale'
import { testSafeStorage } from '../../../support/calendarSync'

/** One account per test: each test's "Study Planner" starts empty. */
const USERS = Array.from({ length: 20 }, (_, index) => ({
  name: `learner${index}`,
  password: `correct horse ${index}`
}))
let USER = USERS[0]!
const ZONE = 'Europe/Berlin'
const HOUR = 3_600_000
const DAY = 24 * HOUR
const NOW = Date.UTC(2026, 11, 8, 9)
const PLAN = 'plan-1'
const silent = { info: () => {}, warn: () => {}, error: () => {} }

/** Timers the test fires itself, so no round runs behind its back; it can see what was scheduled. */
function heldScheduler() {
  const pending = new Map<number, { callback: () => void; delayMs: number }>()
  let next = 0
  const scheduler: Scheduler = {
    setTimeout: (callback, delayMs) => {
      pending.set(++next, { callback, delayMs })
      return next
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
    setInterval: () => 0,
    clearInterval: () => {}
  }
  return { scheduler, delays: () => [...pending.values()].map((timer) => timer.delayMs) }
}

function snapshot(sessions: Array<{ id: string; startMs: number; hours?: number; title?: string }>): PublishSnapshot {
  return {
    planId: PLAN,
    zone: ZONE,
    reminderLeadMinutes: 15,
    sessions: sessions.map(({ id, startMs, hours = 1, title }) => ({
      id,
      title: title ?? `Topic ${id}`,
      startMs,
      endMs: startMs + hours * HOUR,
      alarm: true
    }))
  }
}

const otherClient = (method: string, url: string, init?: { body?: string; headers?: Record<string, string> }) =>
  otherClientRequest(USER, method, url, init)

/** The events on the server, by UID, with their SUMMARY and DTSTART as written (read by the second client). */
async function serverEvents(
  calendarUrl: string
): Promise<Map<string, { summary: string; dtstart: string; href: string }>> {
  const response = await otherClient('REPORT', calendarUrl, {
    headers: { depth: '1', 'content-type': 'application/xml; charset=utf-8' },
    body: `<?xml version="1.0"?><c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
<d:prop><d:getetag/><c:calendar-data/></d:prop>
<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT"/></c:comp-filter></c:filter></c:calendar-query>`
  })
  expect(response.status).toBe(207)
  const events = new Map<string, { summary: string; dtstart: string; href: string }>()
  for (const block of response.text.split('</response>')) {
    const event = block.slice(block.indexOf('BEGIN:VEVENT'))
    const uid = /^UID:(.*)\r?$/m.exec(event)?.[1]
    if (!uid) continue
    events.set(uid, {
      summary: /^SUMMARY:(.*)\r?$/m.exec(event)?.[1] ?? '',
      dtstart: /^DTSTART[^:]*:(.*)\r?$/m.exec(event)?.[1] ?? '',
      href: /<href>([^<]*)<\/href>/.exec(block)?.[1] ?? ''
    })
  }
  return events
}

/** `text` with its VEVENT changed by `change` (the VTIMEZONE before it has DTSTART lines of its own). */
function inEvent(text: string, change: (event: string) => string): string {
  const start = text.indexOf('BEGIN:VEVENT')
  return text.slice(0, start) + change(text.slice(start))
}

function connected(status: CalendarSyncStatus) {
  if (status.state !== 'connected') throw new Error(`not connected: ${status.state}`)
  return status
}

if (!radicaleAvailable) console.warn(`Skipping the calendar sync suite: ${RADICALE_SKIP_REASON}`)

describe.skipIf(!radicaleAvailable)('the calendar sync against Radicale', () => {
  let server: RadicaleServer
  let dir: string
  let timers: ReturnType<typeof heldScheduler>
  let network: FetchLike
  let service: CalendarSyncService
  let calendarCount = 0

  beforeAll(async () => {
    server = await startRadicale(USERS)
  })
  afterAll(async () => {
    await server?.stop()
  })
  let userIndex = 0
  beforeEach(async () => {
    USER = USERS[userIndex++]!
    dir = await mkdtemp(join(tmpdir(), 'calendar-sync-'))
    timers = heldScheduler()
    network = (input, init) => globalThis.fetch(input, init)
    service = makeService()
    await service.start()
  })
  afterEach(async () => {
    service.stop()
    await rm(dir, { recursive: true, force: true })
  })

  function makeService(backend = 'gnome_libsecret', id = () => `in-${++calendarCount}`): CalendarSyncService {
    return createCalendarSyncService({
      credentials: createCredentialStore({ dir, safeStorage: testSafeStorage(backend), logger: silent }),
      stateFile: createSyncStateFile(dir, silent),
      fetch: (input, init) => network(input, init),
      clock: { now: () => NOW },
      scheduler: timers.scheduler,
      logger: silent,
      onStatus: () => {},
      newId: id
    })
  }

  async function connect(password = USER.password) {
    return service.connect({ serverUrl: server.url, username: USER.name, password, allowPlainText: false })
  }

  /** A calendar made by the other client, with `events` (iCalendar VEVENT bodies) in it. */
  async function otherCalendar(name: string, events: string[] = []): Promise<string> {
    const url = `${server.url}${USER.name}/${name}-${++calendarCount}/`
    expect((await otherClient('MKCALENDAR', url)).status).toBe(201)
    for (const [index, event] of events.entries()) {
      const body = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//other//EN\r\n${event}END:VCALENDAR\r\n`
      const put = await otherClient('PUT', `${url}e${index}.ics`, {
        body,
        headers: { 'content-type': 'text/calendar; charset=utf-8' }
      })
      expect(put.status).toBe(201)
    }
    return url
  }

  /** Connected, "Study Planner" created and picked, the plan published once. */
  async function publishedPlan(plan: PublishSnapshot, busyCalendarUrls: string[] = []) {
    expect((await connect()).ok).toBe(true)
    // The other client's busy calendars exist before this first discovery, so they can be picked at once.
    const picked = connected(
      await service.select({ calendarUrl: null, busyCalendarUrls, planId: PLAN, weeks: 8, keepDone: true })
    )
    const calendarUrl = picked.selection!.calendarUrl
    expect(picked.selection?.busyCalendarUrls).toEqual(busyCalendarUrls)
    service.publish(plan)
    const status = connected(await service.syncNow())
    expect(status.error).toBeNull()
    return { calendarUrl, status }
  }

  const plan = snapshot([
    { id: 's1', startMs: NOW + DAY },
    { id: 's2', startMs: NOW + 2 * DAY },
    { id: 's3', startMs: NOW + 3 * DAY },
    { id: 's4', startMs: NOW + 4 * DAY }
  ])

  it('keeps no credentials after a wrong password, and only a sealed password after a right one', async () => {
    const refused = await connect('wrong')
    expect(refused).toEqual({ ok: false, error: { kind: 'wrong-password' } })
    await expect(readdir(dir)).resolves.not.toContain(CREDENTIALS_FILE)
    expect(await service.status()).toEqual({ state: 'disconnected' })

    const accepted = await connect()
    expect(accepted.ok).toBe(true)
    const files = await readdir(dir)
    for (const file of files) expect(await readFile(join(dir, file), 'utf8')).not.toContain(USER.password)
    const status = connected(await service.status())
    expect(status).toMatchObject({ serverUrl: server.url, username: USER.name, passwordStorage: 'keychain' })
  })

  it('asks before keeping the password in plain text where the desktop has no keychain', async () => {
    service = makeService('basic_text')
    await service.start()
    const asked = await connect()
    expect(asked).toEqual({ ok: false, error: { kind: 'plain-text-needs-consent' } })
    await expect(readdir(dir)).resolves.not.toContain(CREDENTIALS_FILE)
    const agreed = await service.connect({
      serverUrl: server.url,
      username: USER.name,
      password: USER.password,
      allowPlainText: true
    })
    expect(agreed.ok).toBe(true)
    expect(connected(await service.status()).passwordStorage).toBe('plain-text')
  })

  it('creates "Study Planner", publishes the plan, and a second sync without changes writes nothing', async () => {
    const { calendarUrl, status } = await publishedPlan(plan)
    expect(status.lastSummary).toMatchObject({ created: 4, updated: 0, deleted: 0 })
    expect(status.pending).toBe(false)
    expect([...(await serverEvents(calendarUrl)).keys()].sort()).toEqual(
      ['s1', 's2', 's3', 's4'].map((id) => `${id}@study-planner`)
    )
    const again = connected(await service.syncNow())
    expect(again.lastSummary).toMatchObject({
      created: 0,
      updated: 0,
      deleted: 0,
      movedThere: 0,
      deletedThere: 0,
      fromCalendarAtMs: null
    })
  })

  it('reads back a move and a deletion made in another client, leaves them alone until applied, then rewrites the move', async () => {
    const { calendarUrl } = await publishedPlan(plan)
    const events = await serverEvents(calendarUrl)
    const s2 = events.get('s2@study-planner')!
    const s3 = events.get('s3@study-planner')!
    const s2Url = new URL(s2.href, server.url).href
    const current = await otherClient('GET', s2Url)
    // The phone moves s2 two days later, 14:00-15:00 UTC (a different TZID form than ours), and deletes s3.
    const movedStart = NOW + 4 * DAY + 5 * HOUR
    const moved = inEvent(current.text, (event) =>
      event
        .replace(/^DTSTART[^\r\n]*/m, 'DTSTART:20261212T140000Z')
        .replace(/^DTEND[^\r\n]*/m, 'DTEND:20261212T150000Z')
        .replace(/^SUMMARY:.*$/m, 'SUMMARY:Moved on my phone')
    )
    expect(
      (
        await otherClient('PUT', s2Url, {
          body: moved,
          headers: { 'if-match': current.etag!, 'content-type': 'text/calendar' }
        })
      ).status
    ).toBeLessThan(300)
    expect((await otherClient('DELETE', new URL(s3.href, server.url).href)).status).toBe(200)

    const read = connected(await service.syncNow())
    expect(read.incoming).toEqual({
      id: expect.any(String),
      planId: PLAN,
      moved: [{ sessionId: 's2', startMs: movedStart, endMs: movedStart + HOUR, alsoChangedHere: false }],
      deleted: ['s3'],
      busy: []
    })
    expect(read.lastSummary).toMatchObject({ movedThere: 1, deletedThere: 1, bothChanged: 0 })
    // Until the plan took them, the phone's versions stand: s2 as moved there, s3 not created again.
    let onServer = await serverEvents(calendarUrl)
    expect(onServer.get('s2@study-planner')?.summary).toBe('Moved on my phone')
    expect(onServer.has('s3@study-planner')).toBe(false)

    // The renderer pins s2 at the phone's time and skips s3 (gone from the snapshot), then acknowledges.
    await service.acknowledge({ id: read.incoming!.id, refused: [] })
    service.publish(
      snapshot([
        { id: 's1', startMs: NOW + DAY },
        { id: 's2', startMs: movedStart },
        { id: 's4', startMs: NOW + 4 * DAY }
      ])
    )
    const after = connected(await service.syncNow())
    expect(after.incoming).toBeNull()
    // The read-back's figures stay until newer changes come back, with when they came.
    expect(after.lastSummary).toMatchObject({
      updated: 1,
      created: 0,
      movedThere: 1,
      deletedThere: 1,
      fromCalendarAtMs: NOW
    })
    onServer = await serverEvents(calendarUrl)
    expect(onServer.get('s2@study-planner')).toMatchObject({ summary: 'Topic s2', dtstart: '20261212T150000' })
    expect(onServer.has('s3@study-planner')).toBe(false)
  })

  it('says when a session changed in both places, and the calendar’s time is what comes back', async () => {
    const { calendarUrl } = await publishedPlan(plan)
    const s1 = (await serverEvents(calendarUrl)).get('s1@study-planner')!
    const url = new URL(s1.href, server.url).href
    const current = await otherClient('GET', url)
    const phoneText = inEvent(current.text, (event) =>
      event
        .replace(/^DTSTART[^\r\n]*/m, 'DTSTART:20261209T180000Z')
        .replace(/^DTEND[^\r\n]*/m, 'DTEND:20261209T190000Z')
    )
    await otherClient('PUT', url, {
      body: phoneText,
      headers: { 'if-match': current.etag!, 'content-type': 'text/calendar' }
    })
    // Meanwhile the planner re-planned s1 an hour later.
    service.publish(
      snapshot([
        { id: 's1', startMs: NOW + DAY + HOUR },
        ...plan.sessions.slice(1).map((s) => ({ id: s.id, startMs: s.startMs }))
      ])
    )
    const read = connected(await service.syncNow())
    expect(read.incoming?.moved).toEqual([
      { sessionId: 's1', startMs: Date.UTC(2026, 11, 9, 18), endMs: Date.UTC(2026, 11, 9, 19), alsoChangedHere: true }
    ])
    expect(read.lastSummary?.bothChanged).toBe(1)
    // The planner's own move of s1 was not written over the phone's.
    expect((await serverEvents(calendarUrl)).get('s1@study-planner')?.dtstart).toBe('20261209T180000Z')
  })

  it('reads busy time from a busy calendar, sends it again only when it changed, and clears it when unpicked', async () => {
    const work = await otherCalendar('work', [
      'BEGIN:VEVENT\r\nUID:w1\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:20261210T080000Z\r\nDTEND:20261210T100000Z\r\nSUMMARY:Stand-up\r\nEND:VEVENT\r\n'
    ])
    const { calendarUrl } = await publishedPlan(plan, [work])
    const first = connected(await service.status())
    expect(first.incoming?.busy).toEqual([
      {
        source: `caldav:${work}`,
        displayName: expect.any(String),
        rangeStartMs: NOW - DAY,
        rangeEndMs: NOW + 8 * 7 * DAY,
        intervals: [{ startMs: Date.UTC(2026, 11, 10, 8), endMs: Date.UTC(2026, 11, 10, 10), label: 'Stand-up' }]
      }
    ])
    await service.acknowledge({ id: first.incoming!.id, refused: [] })
    const unchanged = connected(await service.syncNow())
    expect(unchanged.incoming).toBeNull()
    expect(unchanged.lastSummary?.busyIntervals).toBe(1)

    await service.select({ calendarUrl, busyCalendarUrls: [], planId: PLAN, weeks: 8, keepDone: true })
    const cleared = connected(await service.syncNow())
    expect(cleared.incoming?.busy).toEqual([expect.objectContaining({ source: `caldav:${work}`, intervals: [] })])
  })

  it('keeps what it wrote when the server goes down mid-sync, retries with backoff, and finishes after a restart', async () => {
    const many = snapshot(
      Array.from({ length: 30 }, (_, index) => ({ id: `m${index}`, startMs: NOW + (index + 1) * 6 * HOUR }))
    )
    expect((await connect()).ok).toBe(true)
    const picked = connected(
      await service.select({ calendarUrl: null, busyCalendarUrls: [], planId: PLAN, weeks: 8, keepDone: true })
    )
    const calendarUrl = picked.selection!.calendarUrl
    let puts = 0
    network = async (input, init) => {
      if (init?.method === 'PUT' && ++puts === 10) await server.kill()
      return globalThis.fetch(input, init)
    }
    service.publish(many)
    const failed = connected(await service.syncNow())
    expect(failed.error?.kind).toBe('unreachable')
    expect(failed.pending).toBe(true)
    expect(failed.nextAttemptAtMs).toBe(NOW + RETRY_DELAYS_MS[0]!)
    expect(timers.delays()).toContain(RETRY_DELAYS_MS[0])

    await server.restart()
    const written = (await serverEvents(calendarUrl)).size
    expect(written).toBeGreaterThan(0)
    expect(written).toBeLessThan(30)
    const done = connected(await service.syncNow())
    expect(done.error).toBeNull()
    expect(done.pending).toBe(false)
    // Only what was missing was created; nothing twice, nothing lost.
    expect(done.lastSummary?.created).toBe(30 - written)
    expect((await serverEvents(calendarUrl)).size).toBe(30)
  })

  it('says the calendar is gone when it was deleted on the server, and keeps the plan change pending', async () => {
    const { calendarUrl } = await publishedPlan(plan)
    expect((await otherClient('DELETE', calendarUrl)).status).toBe(200)
    service.publish(snapshot([{ id: 's1', startMs: NOW + DAY }]))
    const status = connected(await service.syncNow())
    expect(status.error).toEqual({ kind: 'calendar-gone' })
    expect(status.pending).toBe(true)
  })

  it('says a saved password the keychain no longer opens must be entered again', async () => {
    await publishedPlan(plan)
    const path = join(dir, CREDENTIALS_FILE)
    const saved = JSON.parse(await readFile(path, 'utf8')) as { secret: { encrypted: string } }
    saved.secret.encrypted = Buffer.from('not sealed').toString('base64')
    await writeFile(path, JSON.stringify(saved))
    service.stop()
    service = makeService()
    await service.start()
    service.publish(plan)
    const status = connected(await service.syncNow())
    expect(status.error).toEqual({ kind: 'credentials-unreadable' })
  })

  it('picks up after a restart of the app from its files: the next sync writes nothing new', async () => {
    await publishedPlan(plan)
    service.stop()
    service = makeService()
    await service.start()
    service.publish(plan)
    const status = connected(await service.syncNow())
    expect(status.lastSummary).toMatchObject({ created: 0, updated: 0, deleted: 0 })
  })

  it('stores nothing from a round that was running when the learner disconnected', async () => {
    const { calendarUrl } = await publishedPlan(plan)
    let disconnected: Promise<CalendarSyncStatus> | null = null
    network = async (input, init) => {
      if (init?.method === 'PUT') disconnected ??= service.disconnect()
      return globalThis.fetch(input, init)
    }
    service.publish(snapshot([{ id: 's9', startMs: NOW + 5 * DAY }]))
    await service.syncNow()
    await expect(disconnected).resolves.toEqual({ state: 'disconnected' })
    const reopened = makeService()
    await reopened.start()
    expect(await reopened.status()).toEqual({ state: 'disconnected' })
    const stored = JSON.parse(await readFile(join(dir, 'calendar-sync.json'), 'utf8')) as Record<string, unknown>
    expect(stored).toMatchObject({ selection: null, publish: null, lastSyncAtMs: null })
    reopened.stop()
    expect((await serverEvents(calendarUrl)).size).toBeGreaterThan(0)
  })

  it('publishes and reads back the plan’s real session ids, which hold a slash', async () => {
    const ids = ['plan-4f1c/rag-basics:study:1', 'plan-4f1c/rag-basics:review:1', 'plan-4f1c/odd~name:study:1']
    const { calendarUrl, status } = await publishedPlan(
      snapshot(ids.map((id, index) => ({ id, startMs: NOW + (index + 1) * DAY })))
    )
    expect(status.lastSummary).toMatchObject({ created: 3 })
    const events = await serverEvents(calendarUrl)
    expect([...events.keys()].sort()).toEqual(ids.map((id) => `${id}@study-planner`).sort())
    // Deleted in another client: read back under the same session id.
    const first = events.get(`${ids[0]}@study-planner`)!
    expect((await otherClient('DELETE', new URL(first.href, server.url).href)).status).toBe(200)
    expect(connected(await service.syncNow()).incoming?.deleted).toEqual([ids[0]])
  })

  it('keeps a failure’s backoff when the renderer acknowledges changes meanwhile', async () => {
    const { calendarUrl } = await publishedPlan(plan)
    const s4 = (await serverEvents(calendarUrl)).get('s4@study-planner')!
    expect((await otherClient('DELETE', new URL(s4.href, server.url).href)).status).toBe(200)
    const read = connected(await service.syncNow())
    expect(read.incoming?.deleted).toEqual(['s4'])
    await server.kill()
    try {
      service.publish(snapshot([{ id: 's1', startMs: NOW + DAY + HOUR }]))
      const failed = connected(await service.syncNow())
      expect(failed.error?.kind).toBe('unreachable')
      expect(timers.delays()).toEqual([RETRY_DELAYS_MS[0]])
      await service.acknowledge({ id: read.incoming!.id, refused: [] })
      expect(timers.delays()).toEqual([RETRY_DELAYS_MS[0]])
    } finally {
      await server.restart()
    }
  })

  it('leaves an event retitled elsewhere as it is until the plan changes that session, then writes the plan’s', async () => {
    const { calendarUrl } = await publishedPlan(plan)
    const s2 = (await serverEvents(calendarUrl)).get('s2@study-planner')!
    const url = new URL(s2.href, server.url).href
    const current = await otherClient('GET', url)
    const retitled = inEvent(current.text, (event) => event.replace(/^SUMMARY:.*$/m, 'SUMMARY:Renamed on my phone'))
    await otherClient('PUT', url, {
      body: retitled,
      headers: { 'if-match': current.etag!, 'content-type': 'text/calendar' }
    })

    const quiet = connected(await service.syncNow())
    expect(quiet.incoming).toBeNull()
    expect(quiet.lastSummary).toMatchObject({ created: 0, updated: 0, deleted: 0 })
    expect((await serverEvents(calendarUrl)).get('s2@study-planner')?.summary).toBe('Renamed on my phone')
    // And no round after it rewrites it either.
    expect(connected(await service.syncNow()).lastSummary).toMatchObject({ updated: 0 })

    service.publish(
      snapshot(
        plan.sessions.map((session) => ({
          ...session,
          title: session.id === 's2' ? 'Topic s2, part 2' : session.title
        }))
      )
    )
    expect(connected(await service.syncNow()).lastSummary).toMatchObject({ updated: 1 })
    expect((await serverEvents(calendarUrl)).get('s2@study-planner')?.summary).toBe('Topic s2\\, part 2')
  })

  it('learns the ETags a server leaves out of its write answers, so a later move elsewhere is still read back', async () => {
    // A server that altered what it stored answers a PUT without an ETag (RFC 4791 5.3.4).
    network = async (input, init) => {
      const response = await globalThis.fetch(input, init)
      if (init?.method !== 'PUT') return response
      const headers = new Headers(response.headers)
      headers.delete('etag')
      return new Response(response.body, { status: response.status, headers })
    }
    const { calendarUrl } = await publishedPlan(plan)
    const stored = JSON.parse(await readFile(join(dir, 'calendar-sync.json'), 'utf8')) as {
      publish: { events: Record<string, { etag: string | null }> }
    }
    expect(Object.values(stored.publish.events).map((record) => record.etag)).not.toContain(null)

    const s3 = (await serverEvents(calendarUrl)).get('s3@study-planner')!
    const url = new URL(s3.href, server.url).href
    const current = await otherClient('GET', url)
    const moved = inEvent(current.text, (event) =>
      event
        .replace(/^DTSTART[^\r\n]*/m, 'DTSTART:20261215T180000Z')
        .replace(/^DTEND[^\r\n]*/m, 'DTEND:20261215T190000Z')
    )
    await otherClient('PUT', url, {
      body: moved,
      headers: { 'if-match': current.etag!, 'content-type': 'text/calendar' }
    })
    expect(connected(await service.syncNow()).incoming?.moved).toEqual([
      {
        sessionId: 's3',
        startMs: Date.UTC(2026, 11, 15, 18),
        endMs: Date.UTC(2026, 11, 15, 19),
        alsoChangedHere: false
      }
    ])
  })
})
