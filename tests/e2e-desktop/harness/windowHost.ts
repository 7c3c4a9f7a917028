// One BrowserWindow's page: created when main creates the window, loaded when main loads it, given main's pushes,
// and relaying its ipcRenderer calls to main (with the sender frame's URL as the app sees it).
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import type { InvokeReply, WindowOptions } from '../standin/protocol'
import { toAppUrl, toPageUrl } from './appUrl'
import { buildInitScript, type BridgeMessage, type PushMessage } from './pageWorld'

/** What the window's page asks of main. */
export interface MainLink {
  invoke(windowId: number, frameUrl: string, channel: string, args: unknown[]): Promise<InvokeReply>
  send(windowId: number, frameUrl: string, channel: string, args: unknown[]): Promise<void>
  /** The page loaded again without main asking (a renderer reload). */
  reloaded(windowId: number, url: string): void
  /** The page's renderer process died. */
  crashed(windowId: number): void
}

/** One invoke as the page made it and main answered it: what tests read to see what the renderer sent. */
export interface IpcTraffic {
  readonly windowId: number
  readonly channel: string
  readonly args: unknown[]
  readonly reply: InvokeReply
  /** Which document of the window sent it (a reload starts a new one). */
  readonly document: number
}

interface DocumentChannel {
  readonly id: string
  readonly serial: number
  readonly queue: PushMessage[]
  wake: (() => void) | null
}

const LOAD_TIMEOUT_MS = 20_000

export class WindowHost {
  /** Own property names of window right after the preloads ran, before any page script. */
  preloadedGlobals: string[] | null = null
  preloadErrors: string[] = []
  private document: DocumentChannel | null = null
  private readonly retired = new Set<string>()
  private documents = 0
  private loadingForMain = false
  private closed = false
  private crashed = false
  private current: Page

  private constructor(
    readonly id: number,
    page: Page,
    readonly options: WindowOptions,
    private readonly preloads: ReadonlyArray<{ path: string; code: string }>,
    private readonly main: MainLink,
    private readonly traffic: IpcTraffic[]
  ) {
    this.current = page
  }

  /** Wires the page before its first navigation: the bridge binding, then the preload init script. */
  static async attach(
    id: number,
    page: Page,
    options: WindowOptions,
    preloadPaths: readonly string[],
    main: MainLink,
    traffic: IpcTraffic[]
  ): Promise<WindowHost> {
    const preloads = preloadPaths.map((path) => ({ path, code: readFileSync(path, 'utf8') }))
    const host = new WindowHost(id, page, options, preloads, main, traffic)
    await host.wire(page)
    return host
  }

  /** The window's page; a new one after main reloaded a crashed page (Playwright cannot reuse a crashed page). */
  get page(): Page {
    return this.current
  }

  private async wire(page: Page): Promise<void> {
    const binding = `__standin_${randomBytes(8).toString('hex')}`
    await page.exposeBinding(binding, (source, message: BridgeMessage) => this.onBridge(source.frame.url(), message))
    await page.addInitScript({ content: buildInitScript(binding, this.preloads) })
    page.on('load', () => {
      if (page === this.current && !this.loadingForMain && !this.closed)
        this.main.reloaded(this.id, toAppUrl(page.url()))
    })
    page.on('close', () => {
      if (page === this.current) this.closed = true
    })
    page.on('crash', () => {
      this.crashed = true
      this.main.crashed(this.id)
    })
  }

  get isClosed(): boolean {
    return this.closed
  }

  /** Main's loadURL: the page navigates to the mapped URL; resolves when it has loaded. */
  async load(url: string): Promise<{ ok: true } | { ok: false; error: string }> {
    this.loadingForMain = true
    try {
      await this.page.goto(toPageUrl(url), { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS })
      return { ok: true }
    } catch (error) {
      return { ok: false, error: String(error) }
    } finally {
      this.loadingForMain = false
    }
  }

  /** webContents.reload: the page loads its URL again; resolves when it has loaded. */
  async reload(): Promise<{ ok: true } | { ok: false; error: string }> {
    this.loadingForMain = true
    try {
      if (this.crashed) {
        // Electron gives the window's webContents a new renderer; here the window gets a new page on the same URL.
        const crashedPage = this.current
        const url = crashedPage.url()
        this.current = await crashedPage.context().newPage()
        this.crashed = false
        await this.wire(this.current)
        await crashedPage.close().catch(() => undefined)
        await this.current.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS })
      } else await this.page.reload({ waitUntil: 'load', timeout: LOAD_TIMEOUT_MS })
      return { ok: true }
    } catch (error) {
      return { ok: false, error: String(error) }
    } finally {
      this.loadingForMain = false
    }
  }

  /** Kills the page's renderer process, as a crash would (Chromium's own Page.crash). */
  async crash(): Promise<void> {
    const session = await this.page.context().newCDPSession(this.page)
    const crashed = this.page.waitForEvent('crash')
    // The command never answers: the renderer that would have answered is gone.
    void session.send('Page.crash').catch(() => undefined)
    await crashed
  }

  /** webContents.send: delivered to the current document's listeners, or dropped when none is listening yet. */
  push(channel: string, args: unknown[]): boolean {
    const document = this.document
    if (!document || this.closed) return false
    document.queue.push({ channel, args })
    document.wake?.()
    return true
  }

  async close(): Promise<void> {
    this.closed = true
    await this.page.close().catch(() => undefined)
  }

  private register(docId: string): DocumentChannel | null {
    if (this.retired.has(docId)) return null
    if (this.document?.id !== docId) {
      const previous = this.document
      this.document = { id: docId, serial: ++this.documents, queue: [], wake: null }
      // The previous document is gone; what was queued for it is lost, as in Electron.
      if (previous) {
        this.retired.add(previous.id)
        previous.queue.length = 0
        previous.wake?.()
      }
    }
    return this.document
  }

  private async onBridge(frameUrl: string, message: BridgeMessage): Promise<unknown> {
    const document = this.register(message.docId)
    // A document the window has navigated away from gets nothing more.
    if (!document) return new Promise<never>(() => {})
    switch (message.op) {
      case 'preloaded':
        this.preloadedGlobals = message.globals
        this.preloadErrors = message.errors
        return null
      case 'poll':
        if (document.queue.length > 0) return document.queue.splice(0)
        return new Promise<PushMessage[]>((resolve) => {
          document.wake = () => {
            document.wake = null
            resolve(document.queue.splice(0))
          }
        })
      case 'invoke': {
        const reply = await this.main.invoke(this.id, toAppUrl(frameUrl), message.channel, message.args)
        this.traffic.push({
          windowId: this.id,
          channel: message.channel,
          args: message.args,
          reply,
          document: document.serial
        })
        return reply
      }
      case 'send':
        await this.main.send(this.id, toAppUrl(frameUrl), message.channel, message.args)
        return null
    }
  }
}
