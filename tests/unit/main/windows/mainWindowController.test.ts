// The main window as the user meets it: reopened where it was, hidden to the tray on close, really closed on quit.
import { EventEmitter } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { afterEach, describe, expect, it } from 'vitest'
import { createMainWindowController } from '../../../../src/main/windows/mainWindowController'
import { saveWindowState, WINDOW_STATE_FILE } from '../../../../src/main/windows/windowState'

/** Stands in for Electron's BrowserWindow: records what the controller asked of it. */
class FakeWindow extends EventEmitter {
  readonly calls: string[] = []
  readonly webContents = Object.assign(new EventEmitter(), { reload: () => this.calls.push('reload') })
  destroyed = false
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super()
  }
  /** Resolves the page load, as Electron's loadURL does once the page has finished loading. */
  finishLoading: () => void = () => {}
  loadURL(url: string) {
    this.calls.push(`load ${url}`)
    return new Promise<void>((resolve) => (this.finishLoading = resolve))
  }
  isDestroyed() {
    return this.destroyed
  }
  isMinimized() {
    return false
  }
  isMaximized() {
    return false
  }
  getNormalBounds() {
    return { x: 40, y: 50, width: 1000, height: 700 }
  }
  maximize() {
    this.calls.push('maximize')
  }
  show() {
    this.calls.push('show')
  }
  hide() {
    this.calls.push('hide')
  }
  minimize() {
    this.calls.push('minimize')
  }
  focus() {
    this.calls.push('focus')
  }
  restore() {
    this.calls.push('restore')
  }
  /** Emits 'close' as Electron does and tells whether a listener prevented it. */
  close(): boolean {
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    return prevented
  }
}

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function setUp(
  options: { trayAvailable?: boolean; closeToTray?: boolean; errors?: string[]; now?: () => number } = {}
) {
  const stateDir = mkdtempSync(join(tmpdir(), 'window-'))
  dirs.push(stateDir)
  const created: FakeWindow[] = []
  let quitting = false
  const controller = createMainWindowController({
    createWindow: (windowOptions) => {
      const window = new FakeWindow(windowOptions)
      created.push(window)
      return window as unknown as BrowserWindow
    },
    baseOptions: { show: false },
    stateDir,
    workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1080 }],
    url: 'app://planner/index.html',
    closeToTray: () => options.closeToTray ?? true,
    trayAvailable: () => options.trayAvailable ?? true,
    quitting: () => quitting,
    onError: (message, error) => {
      if (!options.errors) throw new Error(`${message}: ${String(error)}`)
      options.errors.push(`${message}: ${String(error)}`)
    },
    now: options.now
  })
  // Closing saves the position in the background; wait for it before the folder is removed.
  const saved = () => expect.poll(() => existsSync(join(stateDir, WINDOW_STATE_FILE))).toBe(true)
  return { controller, created, stateDir, saved, quit: () => (quitting = true) }
}

describe('createMainWindowController', () => {
  it('opens the window where it was last time and loads the app', async () => {
    const { controller, created, stateDir } = setUp()
    await saveWindowState(stateDir, { bounds: { x: 100, y: 120, width: 900, height: 650 }, maximized: false })
    await controller.show()
    expect(created).toHaveLength(1)
    expect(created[0]!.options).toMatchObject({ x: 100, y: 120, width: 900, height: 650, show: false })
    expect(created[0]!.calls).toContain('load app://planner/index.html')
    created[0]!.emit('ready-to-show')
    expect(created[0]!.calls).toContain('show')
  })

  it('hides to the tray on close, keeping the app and its reminders running, and saves the position', async () => {
    const { controller, created, stateDir } = setUp()
    await controller.show()
    expect(created[0]!.close()).toBe(true)
    expect(created[0]!.calls).toContain('hide')
    await expect
      .poll(() => JSON.parse(readFileSync(join(stateDir, WINDOW_STATE_FILE), 'utf8')))
      .toEqual({
        bounds: { x: 40, y: 50, width: 1000, height: 700 },
        maximized: false
      })
    // Showing it again reuses the hidden window instead of creating another.
    await controller.show()
    expect(created).toHaveLength(1)
    expect(created[0]!.calls.at(-1)).toBe('focus')
  })

  it('minimizes instead where the desktop has no tray', async () => {
    const { controller, created, saved } = setUp({ trayAvailable: false })
    await controller.show()
    expect(created[0]!.close()).toBe(true)
    expect(created[0]!.calls).toContain('minimize')
    await saved()
  })

  it('really closes when quitting or when close-to-tray is off', async () => {
    const quitting = setUp()
    await quitting.controller.show()
    quitting.quit()
    expect(quitting.created[0]!.close()).toBe(false)
    await quitting.saved()

    const noTray = setUp({ closeToTray: false })
    await noTray.controller.show()
    expect(noTray.created[0]!.close()).toBe(false)
    await noTray.saved()
  })

  it('showLoaded waits for a new window to finish loading its page, so a message sent then reaches it', async () => {
    const { controller, created } = setUp()
    let loaded = false
    const showing = controller.showLoaded().then(() => (loaded = true))
    await expect.poll(() => created.length).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(loaded).toBe(false)
    created[0]!.finishLoading()
    await showing
    // A window whose page has loaded is shown at once.
    await expect(controller.showLoaded()).resolves.toBe(created[0])
    expect(created[0]!.calls.at(-1)).toBe('focus')
  })

  it('creates the window hidden for a login launch, so the renderer can still sync reminders', async () => {
    const { controller, created } = setUp()
    await controller.createHidden()
    created[0]!.emit('ready-to-show')
    expect(created[0]!.calls).not.toContain('show')
    expect(created[0]!.calls).toContain('load app://planner/index.html')
  })

  it('shows the window when asked while a hidden one is still being created (a login launch, then a click)', async () => {
    const { controller, created } = setUp()
    const hidden = controller.createHidden()
    const shown = controller.show()
    const [hiddenWindow, shownWindow] = await Promise.all([hidden, shown])
    expect(created).toHaveLength(1)
    expect(shownWindow).toBe(hiddenWindow)
    created[0]!.emit('ready-to-show')
    expect(created[0]!.calls).toContain('show')
  })

  it('showLoaded during a hidden creation returns the same window, shown once painted and loaded', async () => {
    const { controller, created } = setUp()
    void controller.createHidden()
    const showing = controller.showLoaded()
    await expect.poll(() => created.length).toBe(1)
    created[0]!.emit('ready-to-show')
    created[0]!.finishLoading()
    await expect(showing).resolves.toBe(created[0])
    expect(created[0]!.calls).toContain('show')
  })

  it('a later hidden creation is not shown because of an earlier show request', async () => {
    const { controller, created } = setUp({ closeToTray: false })
    void controller.createHidden()
    await controller.show()
    created[0]!.destroyed = true
    created[0]!.emit('closed')
    await controller.createHidden()
    created[1]!.emit('ready-to-show')
    expect(created[1]!.calls).not.toContain('show')
  })

  it('reloads a crashed page, so the window is not left blank and the page syncs reminders again', async () => {
    let now = 1_000_000
    const errors: string[] = []
    const { controller, created } = setUp({ errors, now: () => now })
    await controller.show()
    const page = created[0]!.webContents
    page.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 })
    expect(created[0]!.calls.filter((call) => call === 'reload')).toHaveLength(1)
    // Crashing again right after the reload (a page that crashes as it loads) is not reloaded in a loop.
    now += 5_000
    page.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 })
    expect(created[0]!.calls.filter((call) => call === 'reload')).toHaveLength(1)
    // Much later, a new crash is reloaded again.
    now += 10 * 60_000
    page.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 })
    expect(created[0]!.calls.filter((call) => call === 'reload')).toHaveLength(2)
    expect(errors).toEqual([
      "The window's page crashed; reloading it: crashed",
      "The window's page stopped: crashed",
      "The window's page crashed; reloading it: oom"
    ])
  })

  it('does not reload a page that exited cleanly', async () => {
    const errors: string[] = []
    const { controller, created } = setUp({ errors })
    await controller.show()
    created[0]!.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 })
    expect(created[0]!.calls).not.toContain('reload')
  })
})
