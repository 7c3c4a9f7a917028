// Credentials go to the account's server and, over https, to hosts of the same site only (iCloud keeps calendars on
// pNN-caldav.icloud.com behind caldav.icloud.com). Each row names the leak it would catch.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isAccountOrigin } from '../../../../src/main/caldav/accountSite'
import { openConnection } from '../../../../src/main/caldav/connection'
import { discoverCalendars } from '../../../../src/main/caldav/discovery'

describe('isAccountOrigin', () => {
  it.each([
    // [request URL, the account's server origin, may carry the credentials]
    ['https://p52-caldav.icloud.com/123/calendars/', 'https://caldav.icloud.com', true],
    ['https://p01-caldav.icloud.com.cn/1/', 'https://caldav.icloud.com.cn', true],
    ['https://caldav.icloud.com/x', 'https://caldav.icloud.com', true],
    ['https://dav.example.co.uk/', 'https://cloud.example.co.uk', true],
    // Another registrable domain, however the name reads.
    ['https://caldav.icloud.com.evil.example/', 'https://caldav.icloud.com', false],
    ['https://icloud-com.example/', 'https://caldav.icloud.com', false],
    ['https://other.co.uk/', 'https://example.co.uk', false],
    // Private public suffixes: two github.io or herokuapp sites are different owners.
    ['https://mallory.github.io/', 'https://learner.github.io', false],
    // Never to plain http, and never from a plain-http (loopback) server to anything else.
    ['http://p52-caldav.icloud.com/', 'https://caldav.icloud.com', false],
    ['http://127.0.0.1:8001/', 'http://127.0.0.1:8000', false],
    ['http://localhost:5232/', 'http://127.0.0.1:5232', false],
    // IP addresses have no site: only their own origin.
    ['https://10.0.0.2/', 'https://10.0.0.1', false],
    ['https://caldav.icloud.com:8443/', 'https://caldav.icloud.com', true]
  ])('%s for an account at %s: %s', (url, origin, allowed) => {
    expect(isAccountOrigin(new URL(url), origin)).toBe(allowed)
  })
})

const MULTISTATUS =
  '<?xml version="1.0" encoding="utf-8"?>\n<d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'

/** A CalDAV server in two hosts, as iCloud is: the front answers for the principal, the home lives on `homeHost`. */
function twoHostServer(homeHost: string) {
  const seen: Array<{ host: string; method: string; path: string; authorized: boolean }> = []
  const answer = (request: IncomingMessage, response: ServerResponse, body: string) => {
    const host = request.headers['x-routed-host'] as string
    seen.push({
      host,
      method: request.method ?? '',
      path: request.url ?? '',
      authorized: !!request.headers.authorization
    })
    const reply = (xml: string) =>
      response
        .writeHead(207, { 'content-type': 'application/xml; charset=utf-8' })
        .end(`${MULTISTATUS}${xml}</d:multistatus>`)
    if (request.method !== 'PROPFIND') return response.writeHead(405).end()
    if (body.includes('current-user-principal'))
      return reply(
        `<d:response><d:href>${request.url}</d:href><d:propstat><d:prop><d:current-user-principal><d:href>/123/principal/</d:href></d:current-user-principal></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>`
      )
    if (body.includes('calendar-home-set'))
      return reply(
        `<d:response><d:href>/123/principal/</d:href><d:propstat><d:prop><c:calendar-home-set><d:href>https://${homeHost}/123/calendars/</d:href></c:calendar-home-set></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>`
      )
    return reply(
      `<d:response><d:href>/123/calendars/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>` +
        `<d:response><d:href>/123/calendars/home/</d:href><d:propstat><d:prop><d:displayname>Home</d:displayname><d:resourcetype><d:collection/><c:calendar/></d:resourcetype><c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>`
    )
  }
  const server: Server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => answer(request, response, body))
  })
  return { server, seen }
}

describe('discovery across the hosts of one site', () => {
  let local: ReturnType<typeof twoHostServer>
  let port = 0
  beforeAll(async () => {
    local = twoHostServer('p52-caldav.icloud.com')
    await new Promise<void>((resolve) => local.server.listen(0, '127.0.0.1', resolve))
    const address = local.server.address()
    port = typeof address === 'object' && address ? address.port : 0
  })
  afterAll(async () => {
    local.server.closeAllConnections()
    await new Promise((resolve) => local.server.close(resolve))
  })

  /** The network: every https host is this one local server, told which host was asked for. */
  const routed = (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const headers = new Headers(init?.headers)
    headers.set('x-routed-host', url.host)
    return globalThis.fetch(`http://127.0.0.1:${port}${url.pathname}${url.search}`, { ...init, headers })
  }

  it('follows iCloud to the calendar home on its own host, with the credentials, and lists the calendars there', async () => {
    const opened = openConnection(
      { serverUrl: 'https://caldav.icloud.com/', username: 'learner@icloud.com', password: 'app-specific' },
      { fetch: routed }
    )
    if (!opened.ok) throw new Error(opened.error.kind)
    const found = await discoverCalendars(opened.value)
    expect(found).toMatchObject({
      ok: true,
      value: {
        homeUrl: 'https://p52-caldav.icloud.com/123/calendars/',
        calendars: [
          { url: 'https://p52-caldav.icloud.com/123/calendars/home/', displayName: 'Home', holdsEvents: true }
        ]
      }
    })
    expect(new Set(local.seen.map((request) => request.host))).toEqual(
      new Set(['caldav.icloud.com', 'p52-caldav.icloud.com'])
    )
    expect(local.seen.every((request) => request.authorized)).toBe(true)
  })

  it('refuses a calendar home on another site before sending it anything', async () => {
    local.seen.length = 0
    const evil = twoHostServer('calendars.evil.example')
    await new Promise<void>((resolve) => evil.server.listen(0, '127.0.0.1', resolve))
    const address = evil.server.address()
    const evilPort = typeof address === 'object' && address ? address.port : 0
    const toEvil = (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      const headers = new Headers(init?.headers)
      headers.set('x-routed-host', url.host)
      return globalThis.fetch(`http://127.0.0.1:${evilPort}${url.pathname}`, { ...init, headers })
    }
    try {
      const opened = openConnection(
        { serverUrl: 'https://caldav.icloud.com/', username: 'learner', password: 'app-specific' },
        { fetch: toEvil }
      )
      if (!opened.ok) throw new Error(opened.error.kind)
      const found = await discoverCalendars(opened.value)
      expect(found).toEqual({ ok: false, error: { kind: 'other-origin', url: 'https://calendars.evil.example' } })
      expect(evil.seen.some((request) => request.host === 'calendars.evil.example')).toBe(false)
    } finally {
      evil.server.closeAllConnections()
      await new Promise((resolve) => evil.server.close(resolve))
    }
  })
})
