// ELECTRON_RENDERER_URL is trusted only in an unpackaged app and only as a loopback http(s) URL; anything else is
// logged and ignored, so the window loads app://planner and the app still starts.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { APP_ORIGIN, appOrigins, devServerOrigin, isAppUrl } from '../../../../src/main/security/appOrigin'
import { cspFor } from '../../../../src/main/security/csp'
import { checkDevServerUrl, devServerUrlFrom, isLoopbackHost } from '../../../../src/main/security/devServerUrl'
import { cases } from '../../../support/fuzz'

function resolve(rendererUrl: string | undefined, isPackaged = false) {
  const warnings: string[] = []
  const url = devServerUrlFrom(rendererUrl, { isPackaged, warn: (message) => warnings.push(message) })
  return { url, warnings }
}

const HOSTILE: ReadonlyArray<readonly [trick: string, value: string]> = [
  ['local file', 'file:///home/ada/evil/index.html'],
  ['javascript', 'javascript:alert(1)'],
  ['data html', 'data:text/html,<script>alert(1)</script>'],
  ['remote http', 'http://example.com'],
  ['remote https', 'https://example.com:5173/'],
  ['loopback lookalike', 'http://127.0.0.1.evil.com:5173'],
  ['localhost lookalike', 'http://localhost.evil.com:5173'],
  ['localhost subdomain', 'http://app.localhost:5173'],
  ['localhost with a trailing dot', 'http://localhost.:5173'],
  ['credentials', 'http://user:secret@localhost:5173'],
  ['user name only', 'http://user@127.0.0.1:5173'],
  ['host as userinfo', 'http://localhost:5173@evil.com/'],
  ['outside 127/8', 'http://128.0.0.1:5173'],
  ['any address', 'http://0.0.0.0:5173'],
  ['private network', 'http://192.168.1.20:5173'],
  ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]:5173'],
  ['IPv6 any', 'http://[::]:5173'],
  ['websocket', 'ws://localhost:5173'],
  ['ftp', 'ftp://localhost/'],
  ['app scheme', 'app://planner/index.html'],
  ['garbage', 'localhost:5173'],
  ['not a URL', 'not a url'],
  ['empty', ''],
  ['lone scheme', 'http://'],
  ['leading space', ' http://localhost:5173'],
  ['newline', 'http://localhost:5173/\nX-Injected: 1'],
  ['backslash', 'http:\\\\localhost:5173'],
  ['NUL', 'http://localhost\u0000.evil.com:5173'],
  ['very long', `http://localhost:5173/${'a'.repeat(5000)}`]
]

/** What is wrong with how `value` is handled: ignored with one warning, or loaded and trusted consistently. */
function problemsWith(value: string): string[] {
  const { url, warnings } = resolve(value)
  if (url === undefined) {
    return [
      ...(warnings.length === 1 ? [] : ['an ignored value is not logged once']),
      ...(appOrigins(value).length === 1 ? [] : ['an ignored value is still trusted as an origin'])
    ]
  }
  const parsed = new URL(url)
  let cspThrows = false
  try {
    cspFor(url)
  } catch {
    cspThrows = true
  }
  return [
    ...(['http:', 'https:'].includes(parsed.protocol) ? [] : ['not http(s)']),
    ...(isLoopbackHost(parsed.hostname) ? [] : ['not loopback']),
    ...(parsed.username + parsed.password === '' ? [] : ['carries credentials']),
    // What is loaded is what is trusted: its pages pass the IPC sender gate and get the header CSP.
    ...(isAppUrl(url, appOrigins(url)) ? [] : ['the loaded page is not an allowed origin']),
    // The dev CSP can be built for it, so onReady cannot fail on it and leave a windowless process behind.
    ...(cspThrows ? ['no CSP can be built for it'] : []),
    ...(warnings.length === 0 ? [] : ['a used value is logged as ignored'])
  ]
}

describe('devServerUrlFrom', () => {
  it.each([
    ['http://localhost:5173', 'http://localhost:5173/'],
    ['http://LOCALHOST:5173/', 'http://localhost:5173/'],
    ['http://127.0.0.1:5173/', 'http://127.0.0.1:5173/'],
    ['http://127.45.6.7:3000/index.html', 'http://127.45.6.7:3000/index.html'],
    ['http://127.1:5173', 'http://127.0.0.1:5173/'],
    ['https://[::1]:5173/', 'https://[::1]:5173/'],
    ['http://[0:0:0:0:0:0:0:1]:5173', 'http://[::1]:5173/']
  ])('uses the loopback dev server %s, as the parser writes it', (value, loaded) => {
    expect(resolve(value)).toEqual({ url: loaded, warnings: [] })
    expect(appOrigins(loaded)).toEqual([APP_ORIGIN, new URL(loaded).origin])
  })

  it.each(HOSTILE)('ignores and logs %s, falling back to app://planner', (_trick, value) => {
    const { url, warnings } = resolve(value)
    expect(url).toBeUndefined()
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^ELECTRON_RENDERER_URL is ignored because .+; loading app:\/\/planner instead$/)
    // The warning is one line and never repeats a password.
    expect(warnings[0]).not.toMatch(/[\r\n]|secret/)
    expect(warnings[0]).not.toContain('\u0000')
    expect(devServerOrigin(value)).toBeNull()
    expect(appOrigins(value)).toEqual([APP_ORIGIN])
  })

  it('ignores even a loopback URL in a packaged app, and says so', () => {
    expect(resolve('http://localhost:5173', true)).toEqual({
      url: undefined,
      warnings: ['ELECTRON_RENDERER_URL is ignored: a packaged app loads only app://planner']
    })
  })

  it('is silent when the variable is unset', () => {
    expect(resolve(undefined)).toEqual({ url: undefined, warnings: [] })
    expect(resolve(undefined, true)).toEqual({ url: undefined, warnings: [] })
  })

  it('for any value, either ignores it or returns a loopback URL the app can start with', () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https', 'file', 'ftp'] }),
      fc
        .tuple(
          fc.constantFrom('http://', 'https://', 'HTTP://', 'file://', 'javascript:'),
          fc.string(),
          fc.constantFrom('', ':5173', '/x')
        )
        .map((parts) => parts.join('')),
      fc
        .tuple(
          fc.constantFrom('http://127.', 'http://localhost', 'http://[::1]', 'http://0x7f.'),
          fc.string({ maxLength: 12 })
        )
        .map((parts) => parts.join(''))
    )
    fc.assert(
      fc.property(anyValue, (value) => {
        expect(problemsWith(value)).toEqual([])
      }),
      { numRuns: cases(3000) }
    )
  })
})

describe('checkDevServerUrl', () => {
  it('names the problem without echoing a hostile value whole', () => {
    expect(checkDevServerUrl('file:///x')).toEqual({ ok: false, reason: 'its scheme "file:" is not http: or https:' })
    expect(checkDevServerUrl('http://evil.example:5173')).toEqual({
      ok: false,
      reason: 'its host "evil.example" is not localhost, 127.0.0.0/8 or [::1]'
    })
    expect(checkDevServerUrl('http://a:b@localhost')).toEqual({
      ok: false,
      reason: 'it carries a user name or password'
    })
    expect(checkDevServerUrl(42)).toMatchObject({ ok: false })
  })
})
