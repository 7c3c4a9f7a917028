// Navigation guards, driven through tiny fake events and a fake webContents that records its listeners.
import { describe, expect, it } from 'vitest'
import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron'
import { appOrigins } from '../../../../src/main/security/appOrigin'
import {
  createNavigationGuard,
  createWindowOpenHandler,
  guardWebContents,
  type GuardableWebContents,
  type NavigationEvent
} from '../../../../src/main/security/navigation'
import { DEV_SERVER_URL, GOOD_APP_URLS, HOSTILE_URLS } from './hostileUrls'

// Compile-time proof that the real WebContents can be passed where the guard expects its narrow interface.
export const realWebContentsFits = (webContents: WebContents): GuardableWebContents => webContents

function fakeEvent(url: string): NavigationEvent & { prevented: boolean } {
  const event = {
    url,
    prevented: false,
    preventDefault() {
      event.prevented = true
    }
  }
  return event
}

function recordingShell(): { opened: string[]; openExternal: (url: string) => Promise<void> } {
  const opened: string[] = []
  return { opened, openExternal: async (url: string) => void opened.push(url) }
}

// Lets the fire-and-forget openExternal promise chain settle.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

const PRODUCTION = appOrigins(undefined)
const DEVELOPMENT = appOrigins(DEV_SERVER_URL)

describe('navigation guard', () => {
  it.each(HOSTILE_URLS)('cancels navigation to %s', (_trick, url) => {
    const event = fakeEvent(url)
    createNavigationGuard(DEVELOPMENT)(event)
    expect(event.prevented).toBe(true)
  })

  it.each(GOOD_APP_URLS)('lets the app move within itself: %s', (url) => {
    const event = fakeEvent(url)
    createNavigationGuard(PRODUCTION)(event)
    expect(event.prevented).toBe(false)
  })

  it('allows the dev server only in development', () => {
    const inDev = fakeEvent('http://localhost:5173/')
    const inProd = fakeEvent('http://localhost:5173/')
    createNavigationGuard(DEVELOPMENT)(inDev)
    createNavigationGuard(PRODUCTION)(inProd)
    expect(inDev.prevented).toBe(false)
    expect(inProd.prevented).toBe(true)
  })

  it('reports each blocked URL', () => {
    const blocked: string[] = []
    const guard = createNavigationGuard(PRODUCTION, (_kind, url) => blocked.push(url))
    guard(fakeEvent('https://example.com/'))
    guard(fakeEvent('app://planner/index.html'))
    expect(blocked).toEqual(['https://example.com/'])
  })
})

describe('window open handler', () => {
  it.each(HOSTILE_URLS)('denies %s and never opens it', async (_trick, url) => {
    const shell = recordingShell()
    const response = createWindowOpenHandler(shell)({ url })
    await settle()
    expect(response).toEqual({ action: 'deny' })
    expect(shell.opened).toEqual([])
  })

  it('denies the window but sends a safe https link to the system browser', async () => {
    const shell = recordingShell()
    const response = createWindowOpenHandler(shell)({ url: 'https://roadmap.sh/ai-engineer' })
    await settle()
    expect(response).toEqual({ action: 'deny' })
    expect(shell.opened).toEqual(['https://roadmap.sh/ai-engineer'])
  })

  it('denies even the app’s own pages: the app never opens a second window from the page', async () => {
    const shell = recordingShell()
    expect(createWindowOpenHandler(shell)({ url: 'app://planner/index.html' })).toEqual({ action: 'deny' })
    await settle()
    expect(shell.opened).toEqual([])
  })
})

function fakeWebContents() {
  const listeners = new Map<string, (event: NavigationEvent) => void>()
  let openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined
  const webContents: GuardableWebContents = {
    on(event: string, listener: (event: NavigationEvent) => void) {
      listeners.set(event, listener)
      return webContents
    },
    setWindowOpenHandler(handler) {
      openHandler = handler
    }
  }
  return { webContents, listeners, openHandler: () => openHandler }
}

describe('guardWebContents', () => {
  it('guards will-navigate, will-redirect and will-frame-navigate', () => {
    const fake = fakeWebContents()
    guardWebContents(fake.webContents, { allowedOrigins: PRODUCTION, shell: recordingShell() })
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      const hostile = fakeEvent('file:///etc/passwd')
      const own = fakeEvent('app://planner/index.html')
      fake.listeners.get(name)?.(hostile)
      fake.listeners.get(name)?.(own)
      expect({ name, hostile: hostile.prevented, own: own.prevented }).toEqual({ name, hostile: true, own: false })
    }
  })

  it('refuses webview attachment and installs a denying window-open handler', () => {
    const fake = fakeWebContents()
    guardWebContents(fake.webContents, { allowedOrigins: PRODUCTION, shell: recordingShell() })
    const attach = fakeEvent('')
    fake.listeners.get('will-attach-webview')?.(attach)
    expect(attach.prevented).toBe(true)
    const details = { url: 'https://example.com/' } as HandlerDetails
    expect(fake.openHandler()?.(details)).toEqual({ action: 'deny' })
  })
})
