// A hostile or broken CalDAV server cannot hang the app, exhaust its memory, get the credentials sent elsewhere or
// corrupt the publish state (issue 21, "Bad input and failure"). Radicale cannot answer like this, so a small fake
// server on 127.0.0.1 does; each test names the bug it would catch.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openConnection, type CalDavConnection, type ConnectionDeps } from '../../../../src/main/caldav/connection'
import { DEFAULT_MAX_RESPONSE_BYTES, type FetchLike } from '../../../../src/main/caldav/davFetch'
import { discoverCalendars } from '../../../../src/main/caldav/discovery'
import { multistatusProblem } from '../../../../src/main/caldav/multistatusCheck'
import { publishSessions, type PublishInput } from '../../../../src/main/caldav/publish'
import type { PublishState } from '../../../../src/main/caldav/publishPlan'
import { listRemoteEvents } from '../../../../src/main/caldav/remoteEvents'
import { sessionUid, type IcsSession } from '../../../../src/shared/ics'

const PASSWORD = 'correct horse battery'
const NOW = Date.UTC(2026, 11, 1)
const XML = { 'content-type': 'application/xml; charset=utf-8' }

interface Recorded {
  readonly method: string
  readonly path: string
  readonly authorization: string | undefined
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void

interface FakeServer {
  readonly url: string
  readonly origin: string
  readonly requests: Recorded[]
  handler: Handler
  close(): Promise<void>
}

async function startFake(): Promise<FakeServer> {
  const fake: FakeServer = {
    url: '',
    origin: '',
    requests: [],
    handler: (_request, response) => response.writeHead(404).end(),
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  }
  const server: Server = createServer((request, response) => {
    fake.requests.push({
      method: request.method ?? '',
      path: request.url ?? '',
      authorization: request.headers.authorization
    })
    request.resume()
    fake.handler(request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  Object.assign(fake, { url: `http://127.0.0.1:${port}/`, origin: `http://127.0.0.1:${port}` })
  return fake
}

let server: FakeServer
/** Another host (another origin): only a redirect could send a request here. */
let elsewhere: FakeServer

beforeAll(async () => {
  ;[server, elsewhere] = await Promise.all([startFake(), startFake()])
})
afterAll(async () => {
  await Promise.all([server.close(), elsewhere.close()])
})
beforeEach(() => {
  server.requests.length = 0
  elsewhere.requests.length = 0
})

function connect(deps: Partial<ConnectionDeps> = {}): CalDavConnection {
  const opened = openConnection(
    { serverUrl: server.url, username: 'learner', password: PASSWORD },
    { fetch: globalThis.fetch, ...deps }
  )
  if (!opened.ok) throw new Error(opened.error.kind)
  return opened.value
}

const calendarUrl = (): string => `${server.url}cal/`

function session(id: string, hour: number): IcsSession {
  const startMs = Date.UTC(2026, 11, 2, hour)
  return { id, title: `Topic ${id}`, startMs, endMs: startMs + 3_600_000 }
}

function publishInput(sessions: readonly IcsSession[], state: PublishState | null): PublishInput {
  return { calendarUrl: calendarUrl(), sessions, zone: 'Europe/Berlin', reminderLeadMinutes: null, nowMs: NOW, state }
}

/** A multistatus listing `hrefs` with their ETags, as a calendar-query for getetag answers. */
function listing(events: readonly { href: string; etag: string }[]): string {
  const responses = events.map(
    ({ href, etag }) =>
      `<d:response><d:href>${href}</d:href><d:propstat><d:prop><d:getetag>${etag}</d:getetag></d:prop>` +
      '<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>'
  )
  return `<?xml version="1.0" encoding="utf-8"?>\n<d:multistatus xmlns:d="DAV:">${responses.join('')}</d:multistatus>`
}

/** A state that says both events were published, as the listing of `listing(storedEvents)` shows them. */
const storedEvents = [
  { href: '/cal/a.ics', etag: '"ea"' },
  { href: '/cal/b.ics', etag: '"eb"' }
]

async function elapsed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now()
  const result = await run()
  return { result, ms: performance.now() - start }
}

describe('answers too large or too slow', () => {
  it('refuses a body whose Content-Length is 1 GB without reading it', async () => {
    // Bug: tsdav reads every answer with response.text(), so a server announcing 1 GB (and sending it) would be
    // buffered whole in main's memory before anything looked at it.
    let closed = false
    server.handler = (_request, response) => {
      response.writeHead(207, { ...XML, 'content-length': String(1024 ** 3) })
      response.write('<d:multistatus xmlns:d="DAV:">')
      response.on('close', () => (closed = true))
    }
    const { result, ms } = await elapsed(() => listRemoteEvents(connect(), calendarUrl()))
    expect(result).toEqual({ ok: false, error: { kind: 'response-too-large', limitBytes: DEFAULT_MAX_RESPONSE_BYTES } })
    expect(ms).toBeLessThan(1000)
    await expect.poll(() => closed).toBe(true)
  })

  it('stops an endless body at the size limit and closes the connection', async () => {
    // Bug: with no Content-Length the size is only known by counting; without a count while streaming, an endless
    // chunked answer grows main's heap until the app dies (and the server never sees the connection close).
    let written = 0
    let closed = false
    const chunk = Buffer.alloc(64 * 1024, '<d:response/>')
    server.handler = (_request, response) => {
      response.writeHead(207, XML)
      response.on('close', () => (closed = true))
      const pump = (): void => {
        for (;;) {
          if (closed) return
          written += chunk.length
          if (!response.write(chunk)) {
            response.once('drain', pump)
            return
          }
        }
      }
      response.write('<d:multistatus xmlns:d="DAV:">')
      pump()
    }
    const heapBefore = process.memoryUsage().heapUsed
    const { result, ms } = await elapsed(() => listRemoteEvents(connect(), calendarUrl()))
    expect(result).toEqual({ ok: false, error: { kind: 'response-too-large', limitBytes: DEFAULT_MAX_RESPONSE_BYTES } })
    expect(ms).toBeLessThan(3000)
    await expect.poll(() => closed).toBe(true)
    // The server got rid of little more than the limit (plus what the sockets buffer) before the client hung up.
    expect(written).toBeLessThan(DEFAULT_MAX_RESPONSE_BYTES * 2)
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(DEFAULT_MAX_RESPONSE_BYTES * 4)
  })

  it('honours a smaller configured limit, also for a write answer nobody reads as XML', async () => {
    // Bug: a limit applied only to PROPFIND/REPORT, or a configured limit ignored.
    server.handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' })
      response.end('x'.repeat(2048))
    }
    const connection = connect({ maxResponseBytes: 1024 })
    const response = await connection.fetch(`${server.url}cal/a.ics`, { method: 'GET' })
    await expect(response.text()).rejects.toMatchObject({ error: { kind: 'response-too-large', limitBytes: 1024 } })
  })

  it.each([
    ['the real fetch', globalThis.fetch],
    [
      'a fetch that ignores the abort signal',
      ((input, init) => globalThis.fetch(input, { ...init, signal: null })) as FetchLike
    ]
  ])('gives up on a body that trickles past the deadline (%s)', async (_name, fetch) => {
    // Bug: a deadline that covers only the headers (or only a fetch that honours its signal) lets a server that
    // sends a byte now and then hold a publish, and the Settings screen waiting on it, forever.
    let timer: NodeJS.Timeout | undefined
    server.handler = (_request, response) => {
      response.writeHead(207, XML)
      response.write('<d:multistatus xmlns:d="DAV:">')
      timer = setInterval(() => response.write(' '), 20)
      response.on('close', () => clearInterval(timer))
    }
    const { result, ms } = await elapsed(() => listRemoteEvents(connect({ fetch, timeoutMs: 300 }), calendarUrl()))
    clearInterval(timer)
    expect(result).toEqual({ ok: false, error: { kind: 'unreachable', detail: 'no answer within 0.3 s' } })
    expect(ms).toBeGreaterThanOrEqual(250)
    expect(ms).toBeLessThan(1500)
  })
})

describe('redirects', () => {
  it('does not follow a listing redirected to another host, whose server sees no request and no credentials', async () => {
    // Bug: fetch's default redirect mode would repeat the REPORT, Authorization header included, at the other host.
    server.handler = (_request, response) => response.writeHead(307, { location: `${elsewhere.url}cal/` }).end()
    const result = await listRemoteEvents(connect(), calendarUrl())
    expect(result).toEqual({ ok: false, error: { kind: 'server-error', status: 307 } })
    // The first server did get the credentials, so their absence below means something.
    expect(server.requests.map((request) => request.authorization?.startsWith('Basic '))).toEqual([true])
    expect(elsewhere.requests).toEqual([])
  })

  it('refuses a well-known redirect to another host during discovery without sending anything there', async () => {
    // Bug: tsdav follows the RFC 6764 redirect by itself; through any fetch but ours, the principal PROPFIND (with
    // the password) would go to whatever host the first server names.
    server.handler = (request, response) => {
      if (request.url?.startsWith('/.well-known/caldav')) {
        response.writeHead(301, { location: `${elsewhere.url}dav/` }).end()
      } else response.writeHead(404).end()
    }
    const result = await discoverCalendars(connect())
    expect(result).toEqual({ ok: false, error: { kind: 'other-origin', url: elsewhere.origin } })
    expect(elsewhere.requests).toEqual([])
  })
})

describe('malformed multistatus answers', () => {
  const valid = listing(storedEvents)
  const cases: readonly [string, Record<string, string>, string, string][] = [
    ['truncated after the first event', XML, valid.slice(0, valid.indexOf('/cal/b.ics')), 'bad-response'],
    ['not XML at all', XML, 'Internal error: database locked', 'bad-response'],
    [
      'another root namespace',
      XML,
      valid.replaceAll('xmlns:d="DAV:"', 'xmlns:d="urn:example:not-dav"'),
      'bad-response'
    ],
    ['a DOCTYPE', XML, valid.replace('\n', '\n<!DOCTYPE d:multistatus [<!ENTITY x "y">]>\n'), 'bad-response'],
    ['an event without its ETag', XML, valid.replace('<d:getetag>"eb"</d:getetag>', ''), 'bad-response'],
    [
      'an HTML page',
      { 'content-type': 'text/html' },
      '<html><body>Log in to the hotel Wi-Fi</body></html>',
      'not-caldav'
    ],
    ['a 200 instead of a 207', XML, valid, 'not-caldav']
  ]

  it.each(cases)('a listing that is %s fails the publish and changes no state', async (name, headers, body, kind) => {
    // Bug: tsdav keeps what it could read of a cut-off document and takes anything else for an empty calendar, so the
    // plan would find our published events gone: records dropped (events orphaned on the server) or events created
    // again; an event listed without an ETag would be taken for deleted elsewhere the same way.
    server.handler = (_request, response) => response.writeHead(name.includes('200') ? 200 : 207, headers).end(body)
    const state: PublishState = {
      calendarUrl: calendarUrl(),
      events: {
        a: { href: `${server.url}cal/a.ics`, etag: '"ea"', contentHash: 'old-a' },
        b: { href: `${server.url}cal/b.ics`, etag: '"eb"', contentHash: 'old-b' }
      }
    }
    const outcome = await publishSessions(connect(), publishInput([session('c', 9)], state))
    expect(outcome.error?.kind).toBe(kind)
    expect(outcome.state).toEqual(state)
    expect(outcome.summary).toEqual({ created: [], updated: [], deleted: [], unchanged: [], conflicts: [] })
    expect(server.requests.map((request) => request.method)).toEqual(['REPORT'])
  })

  it('accepts the forms a real multistatus may take', () => {
    // Bug: a check so strict that a server using a default namespace, comments, CDATA or single quotes is refused.
    const forms = [
      listing(storedEvents),
      '<multistatus xmlns="DAV:"><response><href>/cal/a.ics</href></response></multistatus>',
      "<?xml version='1.0'?><!-- listing --><D:multistatus xmlns:D='DAV:' xmlns:C=\"urn:ietf:params:xml:ns:caldav\">" +
        '<D:response><D:href>/a.ics</D:href><D:propstat><D:prop><D:displayname><![CDATA[<a> & b]]></D:displayname>' +
        '<D:resourcetype/></D:prop></D:propstat></D:response></D:multistatus>\n',
      '<d:multistatus xmlns:d="DAV:" />'
    ]
    expect(forms.map(multistatusProblem)).toEqual(forms.map(() => null))
  })

  it('names a discovery answer cut off in the calendar home listing, not an account without calendars', async () => {
    // Bug: tsdav's fetchCalendars filters what it could read, so a cut-off home listing became "no calendars", and the
    // app would offer to create one more calendar beside the learner's real ones.
    server.handler = (request, response) => {
      if (request.method !== 'PROPFIND' || request.url?.startsWith('/.well-known')) {
        response.writeHead(404).end()
      } else if (request.headers.depth === '1') {
        response.writeHead(207, XML).end('<d:multistatus xmlns:d="DAV:"><d:response><d:href>/home/work/</d:href>')
      } else {
        response
          .writeHead(207, XML)
          .end(
            `<d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:response><d:href>${request.url}</d:href>` +
              '<d:propstat><d:prop><d:current-user-principal><d:href>/p/</d:href></d:current-user-principal>' +
              '<c:calendar-home-set><d:href>/home/</d:href></c:calendar-home-set></d:prop>' +
              '<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>'
          )
      }
    }
    const result = await discoverCalendars(connect())
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad-response' } })
  })

  it('names a principal answer that is cut off and garbled', async () => {
    // Bug: an exception from the XML reader escaping discoverCalendars instead of a value the Settings screen shows.
    server.handler = (request, response) => {
      if (request.url?.startsWith('/.well-known')) response.writeHead(404).end()
      else response.writeHead(207, XML).end('<d:multistatus xmlns:d="DAV:"><d:response>&&&<<<')
    }
    expect(await discoverCalendars(connect())).toMatchObject({ ok: false, error: { kind: 'bad-response' } })
  })
})

describe('a server that fails, then works', () => {
  it('keeps only the writes that happened, and the next publish does what is left', async () => {
    // Bug: a 500 treated as "no events" or as success: state entries for events never written, or writes repeated.
    let reportStatus = 500
    let failPutOf: string | null = '/cal/b%40'
    const stored = new Map<string, string>()
    server.handler = (request, response) => {
      const path = request.url ?? ''
      if (request.method === 'REPORT') {
        if (reportStatus !== 207) return void response.writeHead(reportStatus).end('oops')
        const events = [...stored].map(([href, etag]) => ({ href, etag }))
        return void response.writeHead(207, XML).end(listing(events))
      }
      if (request.method === 'PUT') {
        if (failPutOf !== null && path.startsWith(failPutOf)) return void response.writeHead(500).end()
        const etag = `"${stored.size + 1}"`
        stored.set(path, etag)
        return void response.writeHead(201, { etag }).end()
      }
      response.writeHead(405).end()
    }
    const sessions = [session('a', 9), session('b', 11)]
    const connection = connect()

    const first = await publishSessions(connection, { ...publishInput(sessions, null), concurrency: 1 })
    expect(first.error).toEqual({ kind: 'server-error', status: 500 })
    expect(first.state).toEqual({ calendarUrl: calendarUrl(), events: {} })

    reportStatus = 207
    const second = await publishSessions(connection, { ...publishInput(sessions, first.state), concurrency: 1 })
    expect(second.error).toEqual({ kind: 'server-error', status: 500 })
    expect(second.summary.created).toHaveLength(1)
    expect(Object.values(second.state.events).map((event) => event.etag)).toEqual(['"1"'])

    failPutOf = null
    server.requests.length = 0
    const third = await publishSessions(connection, { ...publishInput(sessions, second.state), concurrency: 1 })
    expect(third.error).toBeNull()
    expect(third.summary.created).toHaveLength(1)
    expect(third.summary.unchanged).toHaveLength(1)
    expect(Object.keys(third.state.events).sort()).toEqual([sessionUid('a'), sessionUid('b')])
    expect(server.requests.map((request) => request.method)).toEqual(['REPORT', 'PUT'])
  })
})
