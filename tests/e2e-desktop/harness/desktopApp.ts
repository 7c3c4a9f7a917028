// The built app as one program: out/main in a child Node process on the `electron` stand-in, its windows as pages
// of a Chromium profile owned by this (the test) process, and the relay between them.
import { fork, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, type BrowserContext, type Page, type Request, type Route } from '@playwright/test'
import { chromiumLaunchOptions } from '../../e2e/browser'
import {
  CHILD_CONFIG_ENV,
  type ChildConfig,
  type ChildMethods,
  type FireCommand,
  type Handlers,
  type JournalEntry,
  type ParentMethods,
  type StandinState,
  type WireMessage
} from '../standin/protocol'
import { createRpcEndpoint, type RpcEndpoint } from '../standin/rpc'
import { isPageAppUrl, REFERENCE_PAGE_URL, toAppUrl } from './appUrl'
import { WindowHost, type IpcTraffic, type MainLink } from './windowHost'

export const APP_ROOT = resolve(__dirname, '../../..')
export const MAIN_BUNDLE = resolve(APP_ROOT, 'out/main/index.js')
const LOADER = resolve(__dirname, '../standin/loader.cjs')

/** Zone and locale of every run: those of the browser E2E tests, so their page objects and times apply. */
export const DESKTOP_TIME_ZONE = 'Europe/London'

export interface LaunchOptions {
  /** Electron's appData (userData is `<appData>/Study Planner`). */
  readonly appData: string
  /** The browser profile: IndexedDB and the rest of the renderer's storage, kept across relaunches. */
  readonly browserDir: string
  /** The wall clock main and the page start at. */
  readonly now: Date
  /** Command-line arguments after the app path, e.g. ['--hidden'] for a login launch. */
  readonly args?: readonly string[]
  readonly notificationsSupported?: boolean
  readonly trayAvailable?: boolean
  /** Another main bundle (a deliberately broken copy, to see a journey fail). */
  readonly mainBundle?: string
  /** Variables added to main's environment, e.g. the stand-in's STANDIN_SAFE_STORAGE_BACKEND. */
  readonly env?: Readonly<Record<string, string>>
}

/** One app:// response as the page received it (after main's protocol handler and its header listener). */
export interface AppResponse {
  readonly url: string
  readonly status: number
  readonly headers: Record<string, string[]>
}

/** Starts the child running out/main on the stand-in; `handlers` answer its window requests. */
export function forkMain(
  options: LaunchOptions,
  handlers: ParentMethodsHandlers,
  onJournal: (entry: JournalEntry) => void
) {
  // DESKTOP_MAIN_BUNDLE runs the journeys against another build of main, e.g. a deliberately broken copy.
  const bundle = options.mainBundle ?? (process.env['DESKTOP_MAIN_BUNDLE'] || MAIN_BUNDLE)
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first`)
  const config: ChildConfig = {
    appData: options.appData,
    now: options.now.getTime(),
    notificationsSupported: options.notificationsSupported ?? true,
    trayAvailable: options.trayAvailable ?? true
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    TZ: DESKTOP_TIME_ZONE,
    [CHILD_CONFIG_ENV]: JSON.stringify(config)
  }
  // A dev-server URL would make main load it instead of app://; the stand-in runs the production wiring.
  delete env['ELECTRON_RENDERER_URL']
  const child = fork(bundle, [...(options.args ?? [])], {
    execArgv: ['--require', LOADER],
    env,
    cwd: APP_ROOT,
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc']
  })
  const output: string[] = []
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  let helloResolve: ((hello: { now: number; at: number }) => void) | undefined
  const hello = new Promise<{ now: number; at: number }>((resolveHello) => (helloResolve = resolveHello))
  const rpc = createRpcEndpoint<ParentMethods, ChildMethods>({
    send: (message) => {
      if (!child.connected) throw new Error('The app has exited')
      // A write can still fail after the check while the child is being killed (EPIPE, reported asynchronously): the
      // exit that follows fails whatever was waiting, so the failure is only noted rather than thrown at nobody.
      child.send(message, (error) => {
        if (error) output.push(`[harness] message to main not delivered: ${error.message}\n`)
      })
    },
    handlers,
    onEvent: (event) => {
      if (event.name === 'journal') onJournal(event.payload)
      else helloResolve?.({ now: event.payload.now, at: Date.now() })
    }
  })
  child.on('message', (message) => rpc.receive(message as WireMessage))
  // 'close', not 'exit': 'exit' can come while the child's last messages (its final journal entries, written just
  // before it ends) are still unread on the IPC pipe; 'close' comes once that pipe too has been read to its end. A
  // loaded CI run lost the second 'app.before-quit' entry that way.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.on('close', (code, signal) => {
      rpc.close('The app has exited')
      resolveExit({ code, signal })
    })
  )
  return { child, rpc, output, hello, exited }
}

type ParentMethodsHandlers = Handlers<ParentMethods>

export class DesktopApp {
  readonly journal: JournalEntry[] = []
  readonly responses: AppResponse[] = []
  /** Requests that would have left the machine (anything but the app origin): aborted and listed here. */
  readonly blockedRequests: string[] = []
  readonly ipcTraffic: IpcTraffic[] = []
  readonly windows = new Map<number, WindowHost>()
  readonly output: string[]
  /** Resolves when main's process has ended and its windows (the browser) are closed. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  private readonly child: ChildProcess
  private readonly rpc: RpcEndpoint<ChildMethods>
  private contextClosed = false
  private browserClosing: Promise<void> | null = null
  private unusedStartPage: Page | null = null

  private constructor(
    readonly context: BrowserContext,
    forked: ReturnType<typeof forkMain>
  ) {
    this.child = forked.child
    this.rpc = forked.rpc
    this.output = forked.output
    this.unusedStartPage = context.pages()[0] ?? null
    // When main's process ends, so does every window of the app: the app has exited once both are gone.
    this.exited = forked.exited.then(async (exit) => {
      await this.closeBrowser()
      return exit
    })
  }

  /** Starts main and Chromium together; resolves once both are up (main's windows then open as main decides). */
  static async launch(options: LaunchOptions): Promise<DesktopApp> {
    let app: DesktopApp | undefined
    let appReady: ((app: DesktopApp) => void) | undefined
    const appPromise = new Promise<DesktopApp>((resolveApp) => (appReady = resolveApp))
    const early: JournalEntry[] = []
    let clockInstalled: Promise<void> = Promise.resolve()
    const forked = forkMain(
      options,
      {
        'window.create': async ({ windowId, options: windowOptions, preloads }) =>
          (await appPromise).createWindow(windowId, windowOptions, preloads),
        'window.load': async ({ windowId, url }) => {
          const ready = await appPromise
          await clockInstalled
          return ready.host(windowId).load(url)
        },
        'window.destroy': async ({ windowId }) => {
          const ready = await appPromise
          await ready.windows.get(windowId)?.close()
        },
        'window.reload': async ({ windowId }) => (await appPromise).host(windowId).reload(),
        'webContents.send': async ({ windowId, channel, args }) => ({
          delivered: (await appPromise).windows.get(windowId)?.push(channel, args) ?? false
        })
      },
      (entry) => (app ? app.journal.push(entry) : early.push(entry))
    )
    let context: BrowserContext
    try {
      context = await chromium.launchPersistentContext(options.browserDir, {
        ...chromiumLaunchOptions,
        headless: true,
        viewport: { width: 1280, height: 800 },
        locale: 'en-GB',
        timezoneId: DESKTOP_TIME_ZONE
      })
    } catch (error) {
      forked.child.kill()
      throw error
    }
    app = new DesktopApp(context, forked)
    app.journal.push(...early)
    await context.route('**/*', (route, request) => app!.route(route, request))
    // The page's clock is main's: same instant, flowing at the same pace, jumped together.
    clockInstalled = forked.hello.then(({ now, at }) => context.clock.install({ time: now + (Date.now() - at) }))
    await Promise.race([clockInstalled, forked.exited])
    appReady?.(app)
    return app
  }

  // --- Windows -------------------------------------------------------------------------------------------------

  host(windowId: number): WindowHost {
    const host = this.windows.get(windowId)
    if (!host) throw new Error(`No page for window ${windowId}`)
    return host
  }

  /** The first open window's page, once main has created and loaded it. */
  async mainWindow(timeout = 20_000): Promise<WindowHost> {
    const deadline = Date.now() + timeout
    for (;;) {
      const state = await this.state()
      const window = state.windows.find((candidate) => !candidate.destroyed && candidate.readyToShow)
      const host = window && this.windows.get(window.id)
      if (host && !host.isClosed) return host
      if (Date.now() > deadline)
        throw new Error(`No window loaded within ${timeout} ms; windows: ${JSON.stringify(state.windows)}`)
      await new Promise((wait) => setTimeout(wait, 50))
    }
  }

  get page(): Page {
    const open = [...this.windows.values()].filter((host) => !host.isClosed)
    const host = open[0]
    if (!host) throw new Error('The app has no open window')
    return host.page
  }

  private async createWindow(windowId: number, options: Record<string, unknown>, preloads: string[]): Promise<void> {
    const page = this.unusedStartPage ?? (await this.context.newPage())
    this.unusedStartPage = null
    const link: MainLink = {
      invoke: (id, frameUrl, channel, args) => this.rpc.call('ipc.invoke', { windowId: id, frameUrl, channel, args }),
      send: (id, frameUrl, channel, args) => this.rpc.call('ipc.send', { windowId: id, frameUrl, channel, args }),
      reloaded: (id, url) => void this.rpc.call('window.loaded', { windowId: id, url }).catch(() => undefined),
      crashed: (id) => void this.rpc.call('window.crashed', { windowId: id }).catch(() => undefined)
    }
    this.windows.set(windowId, await WindowHost.attach(windowId, page, options, preloads, link, this.ipcTraffic))
  }

  // --- Requests from the pages ---------------------------------------------------------------------------------

  private async route(route: Route, request: Request): Promise<void> {
    const url = request.url()
    if (url.startsWith(REFERENCE_PAGE_URL)) {
      // The reference page is the harness's own (no app, no preload); its favicon request is not the app's either.
      if (url === REFERENCE_PAGE_URL)
        await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>reference</title>' })
      else await route.fulfill({ status: 404, body: '' })
      return
    }
    if (!isPageAppUrl(url)) {
      this.blockedRequests.push(url)
      await route.abort('blockedbyclient')
      return
    }
    const appUrl = toAppUrl(url)
    let reply: Awaited<ReturnType<ChildMethods['protocol.request']>>
    try {
      reply = await this.rpc.call('protocol.request', {
        url: appUrl,
        method: request.method(),
        headers: request.headers()
      })
    } catch {
      await route.abort('failed').catch(() => undefined)
      return
    }
    if (reply.kind === 'failed') {
      this.responses.push({ url: appUrl, status: 0, headers: {} })
      await route.abort('failed')
      return
    }
    this.responses.push({ url: appUrl, status: reply.status, headers: reply.headers })
    const headers = Object.fromEntries(Object.entries(reply.headers).map(([name, values]) => [name, values.join(', ')]))
    await route
      .fulfill({ status: reply.status, headers, body: reply.body ? Buffer.from(reply.body) : '' })
      .catch(() => undefined)
  }

  // --- What tests do -------------------------------------------------------------------------------------------

  state(): Promise<StandinState> {
    return this.rpc.call('state')
  }

  /** Fires user, OS or test actions in one turn of main's event loop, in order. */
  fire(...commands: FireCommand[]): Promise<void> {
    return this.rpc.call('fire', { commands })
  }

  /** Main's current time (the fake clock's), epoch ms. */
  now(): Promise<number> {
    return this.rpc.call('clock.now')
  }

  /**
   * Time passes with the computer awake until `to`: main's timers fire in order on the way, then the page's clock
   * is moved forward to the same instant.
   */
  async advanceTo(to: Date): Promise<void> {
    await this.rpc.call('clock.advanceTo', { to: to.getTime() })
    await this.movePageClock(to.getTime(), 'fastForward')
  }

  /**
   * The computer sleeps until `to`: powerMonitor 'suspend', then both wall clocks jump with no timer firing. The test
   * decides when (and whether) 'resume' comes.
   */
  async sleepUntil(to: Date): Promise<void> {
    await this.fire({ target: 'powerMonitor', event: 'suspend' })
    await this.rpc.call('clock.jumpTo', { to: to.getTime() })
    await this.movePageClock(to.getTime(), 'setSystemTime')
  }

  /**
   * Stops both clocks (main's and the page's) from flowing with real time, or restarts them: while stopped, no timer
   * of main or the renderer fires by itself, so what happens was caused by what the test did.
   */
  async setClockRunning(running: boolean): Promise<void> {
    await this.rpc.call('clock.setRunning', { running })
    const page = this.openPage()
    if (!page) return
    if (running) await this.context.clock.resume()
    // A few milliseconds ahead: pauseAt only moves forward, and the page's time flows until the call arrives.
    else await this.context.clock.pauseAt((await page.evaluate(() => Date.now())) + 100)
  }

  /** Lines main's process printed (electron-log's console transport among them). */
  printed(): string {
    return this.output.join('')
  }

  /** Ends the app now (main's process and its windows), as a crash or a killed process would. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL')
    await this.exited
    await this.closeBrowser()
  }

  private openPage(): Page | null {
    if (this.contextClosed) return null
    return [...this.windows.values()].find((host) => !host.isClosed)?.page ?? null
  }

  private async movePageClock(to: number, how: 'fastForward' | 'setSystemTime'): Promise<void> {
    const page = this.openPage()
    if (!page) return
    const pageNow = await page.evaluate(() => Date.now())
    if (how === 'setSystemTime') await this.context.clock.setSystemTime(to)
    else if (to > pageNow) await this.context.clock.fastForward(to - pageNow)
  }

  private closeBrowser(): Promise<void> {
    this.contextClosed = true
    this.browserClosing ??= this.context.close().catch(() => undefined)
    return this.browserClosing
  }
}
