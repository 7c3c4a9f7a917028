// A first launch of the built app, checked from both sides: what main asked Electron for (window options, scheme,
// permissions, IPC channels) and what the page got (CSP on every app:// response, window.planner and nothing else).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { PRODUCTION_CSP } from '../../src/main/security/csp'
import { findInsecureWebPreferences } from '../../src/main/security/webPreferences'
import { APP_CUSTOM_SCHEME } from '../../src/main/protocol/appProtocol'
import { invokeContract, pushContract } from '../../src/shared/ipc/contract'
import { PAGE_APP_ORIGIN, REFERENCE_PAGE_URL } from './harness/appUrl'
import { APP_ROOT, type DesktopApp } from './harness/desktopApp'
import { DesktopMachine } from './harness/fixture'
import type { WindowHost } from './harness/windowHost'
import type { StandinState } from './standin/protocol'
import { FIRST_RUN_NOW } from './pages/DesktopPlanner'

/** Exactly the contract's methods: one per request channel and an on<Name> per push channel. */
const contractMethods = [
  ...Object.keys(invokeContract),
  ...Object.keys(pushContract).map((name) => `on${name[0]!.toUpperCase()}${name.slice(1)}`)
].sort()
const contractChannels = Object.values(invokeContract)
  .map(({ channel }) => channel)
  .sort()

// These tests only read a first launch, so they share one (the launch is most of their cost). They are not serial:
// after a failure Playwright starts a new worker, which launches again for the tests left.
let machine: DesktopMachine
let app: DesktopApp
let window: WindowHost
let state: StandinState

test.beforeAll(async () => {
  machine = new DesktopMachine()
  app = await machine.launch({ now: FIRST_RUN_NOW })
  window = await app.mainWindow()
  await expect(window.page.getByRole('heading', { level: 1 })).toHaveText('Plan your studies')
  state = await app.state()
})

test.afterAll(async () => {
  await machine?.dispose()
})

test('the window is created hidden with the secure preferences and the built preload, then shown once painted', () => {
  expect(state.windows).toHaveLength(1)
  const [created] = state.windows
  const preferences = created!.options.webPreferences ?? {}
  expect(findInsecureWebPreferences(preferences)).toEqual([])
  expect(preferences['preload']).toBe(resolve(APP_ROOT, 'out/preload/index.js'))
  expect(existsSync(String(preferences['preload']))).toBe(true)
  expect(created!.options['show']).toBe(false)
  expect(created).toMatchObject({ url: 'app://planner/index.html', readyToShow: true, visible: true, focused: true })
  // Shown only after 'ready-to-show', which follows the first load.
  const order = app.journal
    .map((entry) => entry.api)
    .filter((api) => api === 'BrowserWindow.loadURL' || api === 'BrowserWindow.show')
  expect(order).toEqual(['BrowserWindow.loadURL', 'BrowserWindow.show'])
  // app: was declared privileged before ready, its handler installed after, and every permission is refused.
  expect(state.protocol).toEqual({ privileged: [APP_CUSTOM_SCHEME], handled: ['app'] })
  expect(state.permissionHandlers).toEqual([
    'setDevicePermissionHandler',
    'setDisplayMediaRequestHandler',
    'setPermissionCheckHandler',
    'setPermissionRequestHandler'
  ])
})

test('every app:// response carries the production CSP header, and nothing went to the network', () => {
  expect(app.responses.length).toBeGreaterThan(3)
  for (const response of app.responses) {
    const csp = Object.entries(response.headers).filter(([name]) => name.toLowerCase() === 'content-security-policy')
    expect({ url: response.url, status: response.status, csp }).toEqual({
      url: response.url,
      status: 200,
      csp: [['Content-Security-Policy', [PRODUCTION_CSP]]]
    })
  }
  expect(app.blockedRequests).toEqual([])
})

test('window.planner is exactly the contract’s methods, frozen, and the preload adds nothing else to window', async () => {
  const planner = await window.page.evaluate(() => {
    const api = (window as unknown as { planner: Record<string, unknown> }).planner
    const descriptor = Object.getOwnPropertyDescriptor(window, 'planner')
    return {
      methods: Object.keys(api).sort(),
      allFunctions: Object.values(api).every((value) => typeof value === 'function'),
      frozen: Object.isFrozen(api),
      writable: descriptor?.writable,
      configurable: descriptor?.configurable,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process
    }
  })
  expect(planner).toEqual({
    methods: contractMethods,
    allFunctions: true,
    frozen: true,
    writable: false,
    configurable: false,
    require: 'undefined',
    process: 'undefined'
  })

  // Window's own names right after the preloads ran, against a page of the same browser that had no preload.
  const reference = await app.context.newPage()
  await reference.goto(REFERENCE_PAGE_URL)
  const plain = await reference.evaluate(() => Object.getOwnPropertyNames(window))
  await reference.close()
  expect(window.preloadErrors).toEqual([])
  const afterPreload = window.preloadedGlobals ?? []
  expect(afterPreload.filter((name) => !plain.includes(name))).toEqual(['planner'])
  expect(plain.filter((name) => !afterPreload.includes(name))).toEqual([])
  // Once the renderer has run, window has what the same renderer puts there without a preload (its libraries'
  // globals, e.g. zod's registry) plus planner, and nothing else.
  const web = await app.context.newPage()
  await web.goto(`${PAGE_APP_ORIGIN}/index.html`)
  await expect(web.getByRole('heading', { level: 1 })).toHaveText('Plan your studies')
  const webNames = await web.evaluate(() => Object.getOwnPropertyNames(window))
  await web.close()
  const desktopNames = await window.page.evaluate(() => Object.getOwnPropertyNames(window))
  expect(desktopNames.filter((name) => !webNames.includes(name))).toEqual(['planner'])
  expect(webNames.filter((name) => !desktopNames.includes(name))).toEqual([])
})

test('window.__electronLog is undefined and no preload was added to the session', async () => {
  // electron-log's main-process logger exposes this through a session preload; the Node logger must not.
  expect(await window.page.evaluate(() => typeof (window as unknown as Record<string, unknown>)['__electronLog'])).toBe(
    'undefined'
  )
  expect(state.sessionPreloads).toEqual([])
})

test('only the contract’s channels are registered on ipcMain', () => {
  expect(state.ipcMain).toEqual({ handled: contractChannels, listened: [] })
})
