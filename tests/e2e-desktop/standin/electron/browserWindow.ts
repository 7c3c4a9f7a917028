// BrowserWindow and its webContents. The window's page is a Playwright page in the parent; this side keeps the
// window's state (shown, focused, bounds) and relays what changes the page: creation, loads, pushes, destruction.
import { EventEmitter } from 'node:events'
import { existsSync } from 'node:fs'
import type { BrowserWindow, Rectangle, WebContents } from 'electron'
import type { WindowOptions, WindowState } from '../protocol'
import { preventableEvent, requireReady, type StandinContext } from './context'

/** What a window needs from the app: the list it lives in and the events it raises there. */
export interface WindowRegistry {
  readonly windows: Set<StandinBrowserWindow>
  readonly sessionPreloads: () => string[]
  /** 'web-contents-created' on app, 'window-all-closed' when the last one goes (unless quitting). */
  emitApp(event: string, ...args: unknown[]): void
  quitting(): boolean
}

let nextId = 1

type WebContentsShape = Pick<
  WebContents,
  'id' | 'isDestroyed' | 'isLoading' | 'isCrashed' | 'getURL' | 'send' | 'reload'
>

export class StandinWebContents extends EventEmitter implements WebContentsShape {
  readonly id: number
  url = ''
  loading = false
  windowOpenHandler: unknown = null
  destroyed = false
  crashed = false

  constructor(
    private readonly context: StandinContext,
    private readonly window: StandinBrowserWindow
  ) {
    super()
    this.id = window.id
  }

  isDestroyed(): boolean {
    return this.destroyed
  }
  isLoading(): boolean {
    return this.loading
  }
  isCrashed(): boolean {
    return this.crashed
  }

  /** Loads the current URL again; a crashed page gets a new renderer and comes back. */
  reload(): void {
    if (this.destroyed) throw new Error('Object has been destroyed')
    this.context.journal.record('webContents.reload', { windowId: this.id, crashed: this.crashed })
    this.loading = true
    void this.window.enqueue(async () => {
      const result = await this.context.parent.call('window.reload', { windowId: this.id })
      this.loading = false
      if (!result.ok) throw new Error(`reload failed: ${result.error}`)
      this.crashed = false
      this.window.pageLoaded(this.url)
    })
  }

  /** The renderer process died (the test crashed the page): Electron's 'render-process-gone'. */
  processGone(): void {
    this.crashed = true
    this.context.journal.record('webContents.render-process-gone', { windowId: this.id })
    this.emit('render-process-gone', preventableEvent(), { reason: 'crashed', exitCode: 139 })
  }
  getURL(): string {
    return this.url
  }

  setWindowOpenHandler(handler: unknown): void {
    this.windowOpenHandler = handler
    this.context.journal.record('webContents.setWindowOpenHandler', { windowId: this.id })
  }

  /** Like Electron: arguments are structured-cloned now (a function throws here), delivered to the page later. */
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed')
    const cloned = structuredClone(args)
    this.window.enqueue(async () => {
      const { delivered } = await this.context.parent.call('webContents.send', {
        windowId: this.id,
        channel,
        args: cloned
      })
      this.context.journal.record('webContents.send', { windowId: this.id, channel, args: cloned, delivered })
    })
  }

  loadURL(url: string): Promise<void> {
    return this.window.loadURL(url)
  }
}

type WindowShape = Pick<
  BrowserWindow,
  | 'id'
  | 'show'
  | 'hide'
  | 'focus'
  | 'blur'
  | 'isVisible'
  | 'isFocused'
  | 'isMinimized'
  | 'minimize'
  | 'restore'
  | 'maximize'
  | 'unmaximize'
  | 'isMaximized'
  | 'isDestroyed'
  | 'close'
  | 'destroy'
  | 'getBounds'
  | 'getNormalBounds'
  | 'setBounds'
>

export class StandinBrowserWindow extends EventEmitter implements WindowShape {
  readonly id = nextId++
  readonly webContents: StandinWebContents
  private readonly options: WindowOptions
  private visible: boolean
  private focused = false
  private minimized = false
  private maximized = false
  private destroyed = false
  private readyToShow = false
  private bounds: Rectangle
  // Everything that reaches the page goes through one queue, so the page sees main's calls in main's order.
  private relay: Promise<unknown>

  constructor(
    private readonly context: StandinContext,
    private readonly registry: WindowRegistry,
    options: Record<string, unknown> = {}
  ) {
    super()
    requireReady(context, 'BrowserWindow')
    this.options = structuredClone(options) as WindowOptions
    this.visible = options['show'] !== false
    this.bounds = {
      x: numberOr(options['x'], 0),
      y: numberOr(options['y'], 0),
      width: numberOr(options['width'], 800),
      height: numberOr(options['height'], 600)
    }
    this.webContents = new StandinWebContents(context, this)
    const preload = this.options.webPreferences?.['preload']
    const preloads = [...registry.sessionPreloads(), ...(typeof preload === 'string' ? [preload] : [])]
    for (const path of preloads) if (!existsSync(path)) context.journal.record('BrowserWindow.missingPreload', { path })
    context.journal.record('BrowserWindow.new', { windowId: this.id, options: this.options })
    registry.windows.add(this)
    this.relay = context.parent.call('window.create', { windowId: this.id, options: this.options, preloads })
    registry.emitApp('web-contents-created', preventableEvent(), this.webContents)
    if (this.visible) this.focused = true
  }

  /** Runs `step` after every earlier relay step; a failed step is recorded, not thrown into main. */
  enqueue(step: () => Promise<void>): Promise<void> {
    const run = this.relay.then(step)
    this.relay = run.catch((error: unknown) =>
      this.context.journal.record('relay.failed', { windowId: this.id, error: String(error) })
    )
    return run
  }

  loadURL(url: string): Promise<void> {
    this.context.journal.record('BrowserWindow.loadURL', { windowId: this.id, url })
    this.webContents.url = url
    this.webContents.loading = true
    return this.enqueue(async () => {
      const result = await this.context.parent.call('window.load', { windowId: this.id, url })
      this.webContents.loading = false
      if (!result.ok) {
        this.webContents.emit('did-fail-load', preventableEvent(), -2, result.error, url, true)
        throw new Error(`ERR_FAILED (-2) loading '${url}': ${result.error}`)
      }
      this.pageLoaded(url)
    })
  }

  /** The page finished loading (loadURL, or a reload the renderer did itself). */
  pageLoaded(url: string): void {
    this.webContents.url = url
    this.webContents.emit('did-finish-load', preventableEvent())
    if (!this.readyToShow) {
      this.readyToShow = true
      this.emit('ready-to-show', preventableEvent())
    }
  }

  show(): void {
    this.assertAlive()
    this.visible = true
    this.minimized = false
    this.focusOnly()
    this.context.journal.record('BrowserWindow.show', { windowId: this.id })
    this.emit('show', preventableEvent())
  }

  hide(): void {
    this.assertAlive()
    this.visible = false
    this.focused = false
    this.context.journal.record('BrowserWindow.hide', { windowId: this.id })
    this.emit('hide', preventableEvent())
  }

  focus(): void {
    this.assertAlive()
    // Electron's focus() on a hidden window does not show it on Linux; the window stays hidden and unfocused.
    if (this.visible) this.focusOnly()
    this.context.journal.record('BrowserWindow.focus', { windowId: this.id, visible: this.visible })
  }

  blur(): void {
    this.focused = false
  }

  isVisible(): boolean {
    return !this.destroyed && this.visible && !this.minimized
  }
  isFocused(): boolean {
    return this.focused
  }
  isMinimized(): boolean {
    return this.minimized
  }

  minimize(): void {
    this.assertAlive()
    this.minimized = true
    this.focused = false
    this.context.journal.record('BrowserWindow.minimize', { windowId: this.id })
    this.emit('minimize', preventableEvent())
  }

  restore(): void {
    this.assertAlive()
    this.minimized = false
    this.visible = true
    this.context.journal.record('BrowserWindow.restore', { windowId: this.id })
    this.emit('restore', preventableEvent())
  }

  maximize(): void {
    this.maximized = true
    this.emit('maximize', preventableEvent())
  }
  unmaximize(): void {
    this.maximized = false
    this.emit('unmaximize', preventableEvent())
  }
  isMaximized(): boolean {
    return this.maximized
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  getBounds(): Rectangle {
    return { ...this.bounds }
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds }
  }
  setBounds(bounds: Partial<Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds }
    this.emit('resize', preventableEvent())
    this.emit('move', preventableEvent())
  }

  /** Asks the window to close, as its close button does: 'close' may be prevented; otherwise it is destroyed. */
  close(): void {
    if (this.destroyed) return
    const event = preventableEvent()
    this.emit('close', event)
    this.context.journal.record('BrowserWindow.close', { windowId: this.id, prevented: event.defaultPrevented })
    if (!event.defaultPrevented) this.destroy()
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.visible = false
    this.focused = false
    this.webContents.destroyed = true
    this.registry.windows.delete(this)
    this.context.journal.record('BrowserWindow.destroy', { windowId: this.id })
    void this.enqueue(() => this.context.parent.call('window.destroy', { windowId: this.id }))
    this.webContents.emit('destroyed')
    this.emit('closed')
    if (this.registry.windows.size === 0 && !this.registry.quitting())
      this.registry.emitApp('window-all-closed', preventableEvent())
  }

  state(): WindowState {
    return {
      id: this.id,
      options: this.options,
      url: this.webContents.url || null,
      visible: this.isVisible(),
      focused: this.focused,
      minimized: this.minimized,
      maximized: this.maximized,
      destroyed: this.destroyed,
      readyToShow: this.readyToShow
    }
  }

  private focusOnly(): void {
    for (const other of this.registry.windows) other.focused = false
    this.focused = true
    this.emit('focus', preventableEvent())
  }

  private assertAlive(): void {
    if (this.destroyed) throw new Error('Object has been destroyed')
  }
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}
