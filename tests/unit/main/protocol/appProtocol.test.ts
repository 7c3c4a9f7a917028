// The app:// handler against a real temp directory: what it serves, what it refuses, and the headers on every answer.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CustomScheme, Protocol } from 'electron'
import { resolveAppPath } from '../../../../src/main/protocol/appPath'
import {
  createAppProtocolHandler,
  handleAppProtocol,
  registerAppScheme,
  type AppProtocolHandler
} from '../../../../src/main/protocol/appProtocol'
import { cases } from '../../../support/fuzz'

export const realProtocolFits = (protocol: Protocol): Pick<Protocol, 'handle' | 'registerSchemesAsPrivileged'> =>
  protocol

const CSP = "default-src 'none'; script-src 'self'"
const SECRET = 'the secret outside the root'
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 255])

let base: string
let root: string
let serve: AppProtocolHandler

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'app-protocol-'))
  root = join(base, 'root')
  await mkdir(join(root, 'assets'), { recursive: true })
  await mkdir(join(base, 'root-evil'))
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Study Planner</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'assets', 'style.css'), 'body{}')
  await writeFile(join(root, 'assets', 'logo.png'), PNG_BYTES)
  await writeFile(join(root, 'data.xyz'), 'opaque')
  await writeFile(join(root, '.env'), SECRET)
  await writeFile(join(base, 'secret.txt'), SECRET)
  await writeFile(join(base, 'root-evil', 'secret.txt'), SECRET)
  await writeFile(join(base, 'secret.js'), SECRET)
  // Links planted inside the root: to a file outside, to a directory outside, and one that stays inside.
  await symlink(join(base, 'secret.js'), join(root, 'assets', 'leak.js'))
  await symlink(join(base, 'root-evil'), join(root, 'outside'))
  await symlink(join(root, 'assets', 'app.js'), join(root, 'assets', 'alias.js'))
  await symlink(root, join(base, 'root-link'))
  serve = createAppProtocolHandler({ rootDir: root, csp: CSP })
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

const get = (url: string) => serve({ url, method: 'GET' })

describe('serving the renderer', () => {
  it.each([
    ['app://planner/', 'root'],
    ['app://planner/index.html', 'index file'],
    ['app://planner/calendar', 'client-side route'],
    ['app://planner/roadmap/stage-1?tab=topics#t3', 'nested route with query and hash']
  ])('answers %s (%s) with index.html', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toContain('<title>Study Planner</title>')
  })

  it.each([
    ['app://planner/assets/app.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://planner/assets/app.js?v=3', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://planner/assets/style.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://planner/data.xyz', 'application/octet-stream', 'opaque']
  ])('serves %s as %s', async (url, type, body) => {
    const response = await get(url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(await response.text()).toBe(body)
  })

  it('serves binary files byte for byte', async () => {
    const response = await get('app://planner/assets/logo.png')
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG_BYTES)
  })

  it('answers a missing asset with 404, not with index.html', async () => {
    const response = await get('app://planner/assets/missing.js')
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('Study Planner')
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serve({ url: 'app://planner/index.html', method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    const post = await serve({ url: 'app://planner/index.html', method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
  })

  it('answers an over-long path segment with 404, like any other missing file', async () => {
    // 300 characters is past the 255-byte name limit of common file systems (ENAMETOOLONG), not a server fault.
    const response = await get(`app://planner/assets/${'a'.repeat(300)}.js`)
    expect(response.status).toBe(404)
    const longFolder = await get(`app://planner/${'b'.repeat(300)}/app.js`)
    expect(longFolder.status).toBe(404)
  })

  it('answers 500 when the disk fails for a reason other than a missing file', async () => {
    const failing = createAppProtocolHandler({
      rootDir: root,
      csp: CSP,
      readFile: async () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' })
      }
    })
    expect((await failing({ url: 'app://planner/index.html', method: 'GET' })).status).toBe(500)
  })
})

const TRAVERSALS = [
  'app://planner/../secret.txt',
  'app://planner/assets/../../secret.txt',
  'app://planner/../root-evil/secret.txt',
  'app://planner/%2e%2e/secret.txt',
  'app://planner/%2E%2E/secret.txt',
  'app://planner/.%2e/secret.txt',
  'app://planner/assets/..%2f..%2fsecret.txt',
  'app://planner/..%5csecret.txt',
  'app://planner/..%255csecret.txt',
  'app://planner/..\\secret.txt',
  'app://planner/assets\\..\\..\\secret.txt',
  'app://planner/%2fetc%2fpasswd',
  'app://planner/C:/Windows/win.ini',
  'app://planner/secret.txt%00.png',
  'app://planner/.env',
  'app://planner/%2e%65nv',
  'app://planner/\u0000/secret.txt',
  'app://planner/ ../secret.txt'
]

describe('refusing traversal', () => {
  it.each(TRAVERSALS)('refuses %s', async (url) => {
    const response = await get(url)
    expect([400, 403]).toContain(response.status)
    expect(await response.text()).not.toContain(SECRET)
  })

  it('treats absolute-looking paths as paths inside the root', async () => {
    const secretFile = await get(`app://planner/${join(base, 'secret.txt')}`)
    expect(secretFile.status).toBe(404)
    expect(await secretFile.text()).not.toContain(SECRET)
    // An extension-less path is a client-side route, so the app page answers instead of the system file.
    const systemFile = await get('app://planner//etc/passwd')
    expect(await systemFile.text()).toContain('<title>Study Planner</title>')
  })

  it('never resolves outside the root, whatever the path (property)', () => {
    const piece = fc.constantFrom(
      '..',
      '.',
      '%2e',
      '%2E',
      '%2f',
      '%5c',
      '%25',
      '%00',
      '/',
      '\\',
      ':',
      'C:',
      'a',
      'x.js',
      '?',
      '#',
      '%'
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const resolved = resolveAppPath(`app://planner/${pieces.join('')}`, root)
        if (!resolved.ok) return
        const fromRoot = relative(root, resolved.filePath)
        expect(fromRoot.startsWith('..') || isAbsolute(fromRoot) || fromRoot === '').toBe(false)
      }),
      { numRuns: cases(2000) }
    )
  })
})

describe('refusing symlinks that lead out of the root', () => {
  it('refuses a link to a file outside the root', async () => {
    const response = await get('app://planner/assets/leak.js')
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain(SECRET)
  })

  it('refuses a file reached through a linked directory outside the root', async () => {
    const response = await get('app://planner/outside/secret.txt')
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain(SECRET)
  })

  it('still serves a link that stays inside the root', async () => {
    const response = await get('app://planner/assets/alias.js')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('console.log(1)')
  })

  it('serves files when the root itself is reached through a symlink', async () => {
    const viaLink = createAppProtocolHandler({ rootDir: join(base, 'root-link'), csp: CSP })
    const response = await viaLink({ url: 'app://planner/assets/app.js', method: 'GET' })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('console.log(1)')
    expect((await viaLink({ url: 'app://planner/assets/leak.js', method: 'GET' })).status).toBe(403)
  })
})

describe('refusing other hosts and schemes', () => {
  it.each([
    ['app://evil/index.html', 403],
    ['app://planner.evil.com/index.html', 403],
    ['app://planner@evil/index.html', 403],
    ['app://user@planner/index.html', 403],
    ['app://planner:8080/index.html', 403],
    ['https://planner/index.html', 400],
    ['file:///etc/passwd', 400],
    ['not a url', 400]
  ])('refuses %s with %i', async (url, status) => {
    expect((await get(url)).status).toBe(status)
  })
})

describe('headers on every response', () => {
  it.each([
    'app://planner/',
    'app://planner/assets/app.js',
    'app://planner/assets/missing.js',
    'app://planner/../secret.txt',
    'app://evil/index.html'
  ])('%s carries the CSP and nosniff', async (url) => {
    const response = await get(url)
    expect(response.headers.get('content-security-policy')).toBe(CSP)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('registration', () => {
  it('registers app: as standard, secure, fetch-capable and code-cached, never bypassing CSP', () => {
    const registered: CustomScheme[] = []
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => void registered.push(...schemes) })
    expect(registered).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }
    ])
  })

  it('installs the handler for the app scheme', async () => {
    const installed = new Map<string, (request: Request) => Response | Promise<Response>>()
    handleAppProtocol({ handle: (scheme, handler) => void installed.set(scheme, handler) }, { rootDir: root, csp: CSP })
    const handler = installed.get('app')
    expect(handler).toBeDefined()
    const response = await handler?.(new Request('app://planner/assets/style.css'))
    expect(await response?.text()).toBe('body{}')
  })
})
