// The CSP strings, directive by directive, and the response-header installer driven by a fake webRequest.
import { describe, expect, it } from 'vitest'
import type { HeadersReceivedResponse, Session } from 'electron'
import {
  PRODUCTION_CSP,
  cspFor,
  devCsp,
  installCspHeader,
  withCspHeader,
  type CspSession,
  type ResponseHeadersDetails
} from '../../../../src/main/security/csp'

export const realSessionFits = (session: Session): CspSession => session

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/)
      return [name, sources] as const
    })
  )
}

describe('production CSP', () => {
  it('is exactly the agreed policy', () => {
    expect(PRODUCTION_CSP).toBe(
      "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
    )
  })

  it('never allows inline or eval script, nor unsafe sources anywhere', () => {
    expect(PRODUCTION_CSP).not.toMatch(/unsafe-|\*|https?:|ws:/)
  })

  it('is the policy chosen when there is no dev server', () => {
    expect(cspFor(undefined)).toBe(PRODUCTION_CSP)
    expect(cspFor(null)).toBe(PRODUCTION_CSP)
  })
})

describe('dev CSP', () => {
  const production = directives(PRODUCTION_CSP)
  const dev = directives(devCsp('http://localhost:5173/'))

  it('relaxes style-src with unsafe-inline and connect-src with the HMR socket only', () => {
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173'])
  })

  it('leaves every other directive exactly as in production, in the same order', () => {
    expect([...dev.keys()]).toEqual([...production.keys()])
    for (const [name, sources] of production) {
      if (name === 'style-src' || name === 'connect-src') continue
      expect({ name, sources: dev.get(name) }).toEqual({ name, sources })
    }
  })

  it('uses wss: for an https dev server, and is chosen by cspFor when a dev server is given', () => {
    expect(directives(devCsp('https://127.0.0.1:5443')).get('connect-src')).toEqual(["'self'", 'wss://127.0.0.1:5443'])
    expect(cspFor('http://localhost:5173')).toBe(devCsp('http://localhost:5173'))
  })
})

function fakeSession() {
  let listener:
    | ((details: ResponseHeadersDetails, callback: (response: HeadersReceivedResponse) => void) => void)
    | undefined
  const session: CspSession = {
    webRequest: {
      onHeadersReceived(installed) {
        listener = installed
      }
    }
  }
  const respond = (details: ResponseHeadersDetails): HeadersReceivedResponse => {
    let answer: HeadersReceivedResponse | undefined
    listener?.(details, (response) => {
      answer = response
    })
    if (answer === undefined) throw new Error('the listener never called back')
    return answer
  }
  return { session, respond }
}

const appliesTo = (url: string) => url.startsWith('http://localhost:5173/')

describe('CSP response header', () => {
  it('sets the policy on app responses, replacing a weaker one in any letter case', () => {
    const { session, respond } = fakeSession()
    installCspHeader(session, { csp: PRODUCTION_CSP, appliesTo })
    const answer = respond({
      url: 'http://localhost:5173/index.html',
      responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] }
    })
    expect(answer.responseHeaders).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [PRODUCTION_CSP]
    })
  })

  it('passes other responses through untouched', () => {
    const { session, respond } = fakeSession()
    installCspHeader(session, { csp: PRODUCTION_CSP, appliesTo })
    expect(respond({ url: 'https://example.com/', responseHeaders: { a: ['b'] } })).toEqual({})
  })

  it('adds the header when the response had none', () => {
    expect(withCspHeader(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] })
  })
})
