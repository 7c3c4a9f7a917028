// The app origin test: exact origin comparison for app:// and the dev server, never prefix matching.
import { describe, expect, it } from 'vitest'
import { APP_ORIGIN, appOrigins, devServerOrigin, isAppUrl } from '../../../../src/main/security/appOrigin'
import { DEV_SERVER_URL, GOOD_APP_URLS, HOSTILE_URLS } from './hostileUrls'

const PRODUCTION = appOrigins(undefined)
const DEVELOPMENT = appOrigins(DEV_SERVER_URL)

describe('app origins', () => {
  it('is only app://planner in production', () => {
    expect(APP_ORIGIN).toBe('app://planner')
    expect(PRODUCTION).toEqual(['app://planner'])
  })

  it('adds the dev server origin (scheme, host and port, no path) in development', () => {
    expect(appOrigins('http://localhost:5173/some/path')).toEqual(['app://planner', 'http://localhost:5173'])
  })

  it.each([
    ['remote host', 'http://evil.example:5173'],
    ['loopback lookalike', 'http://127.0.0.1.evil.com:5173'],
    ['userinfo', 'http://user@localhost:5173'],
    ['file scheme', 'file:///tmp/index.html'],
    ['garbage', 'localhost:5173'],
    ['empty', '']
  ])('ignores a dev server URL that is not loopback http (%s)', (_trick, url) => {
    expect(devServerOrigin(url)).toBeNull()
    expect(appOrigins(url)).toEqual(['app://planner'])
  })

  it('accepts IPv4 and IPv6 loopback dev servers', () => {
    expect(devServerOrigin('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173')
    expect(devServerOrigin('http://[::1]:5173/')).toBe('http://[::1]:5173')
  })
})

describe('isAppUrl', () => {
  it.each(GOOD_APP_URLS)('accepts the app page %s', (url) => {
    expect(isAppUrl(url, PRODUCTION)).toBe(true)
  })

  it('accepts the dev server only when it is an allowed origin', () => {
    expect(isAppUrl('http://localhost:5173/index.html', DEVELOPMENT)).toBe(true)
    expect(isAppUrl('http://localhost:5173/index.html', PRODUCTION)).toBe(false)
  })

  it.each(HOSTILE_URLS)('refuses %s even in development', (_trick, url) => {
    expect(isAppUrl(url, DEVELOPMENT)).toBe(false)
  })

  it('refuses non-strings', () => {
    expect(isAppUrl(undefined, PRODUCTION)).toBe(false)
    expect(isAppUrl(42, PRODUCTION)).toBe(false)
  })
})
