// Owns the main window: creates it where it was last time, hides it to the tray on close, and saves its bounds.
import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle as ElectronRectangle } from 'electron'
import { MINUTE_MS } from '../../shared/time'
import { closeAction } from './closeBehaviour'
import { focusWindow } from './mainWindow'
import { loadWindowState, placeWindow, saveWindowState } from './windowState'

export interface MainWindowDeps {
  readonly createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow
  readonly baseOptions: BrowserWindowConstructorOptions
  readonly stateDir: string
  readonly workAreas: () => ElectronRectangle[]
  readonly url: string
  readonly closeToTray: () => boolean
  readonly trayAvailable: () => boolean
  /** True once the user chose Quit: the window must really close then. */
  readonly quitting: () => boolean
  readonly onError: (message: string, error: unknown) => void
  /** The wall clock, to tell a page that crashes as it loads from one that ran for a while; Date.now by default. */
  readonly now?: () => number
}

export interface MainWindowController {
  /** Shows and focuses the window, creating it first if it does not exist (or was really closed). */
  show(): Promise<BrowserWindow>
  /**
   * Shows the window like {@link show} and resolves once its page has loaded (or failed to): a message sent to a
   * page still loading is lost, since its preload does not listen yet.
   */
  showLoaded(): Promise<BrowserWindow>
  /** Creates the window without showing it, as a login launch does, so the renderer can sync reminders. */
  createHidden(): Promise<BrowserWindow>
  current(): BrowserWindow | null
}

const SAVE_DELAY_MS = 500
/** A page that crashes again this soon after being reloaded is left alone, so a crash on load cannot loop. */
const CRASH_RELOAD_GAP_MS = MINUTE_MS

export function createMainWindowController(deps: MainWindowDeps): MainWindowController {
  let window: BrowserWindow | null = null
  // Electron's loadURL settles when the page has finished loading.
  const pageLoads = new WeakMap<BrowserWindow, Promise<void>>()
  // Set when show() arrives while a hidden window is still being created (a login launch): that window must show too.
  let showRequested = false

  const open = async (visible: boolean): Promise<BrowserWindow> => {
    const saved = await loadWindowState(deps.stateDir)
    const bounds = placeWindow(saved?.bounds ?? null, deps.workAreas())
    const created = deps.createWindow({ ...deps.baseOptions, ...bounds })
    window = created
    const reveal = visible || showRequested
    showRequested = false
    if (saved?.maximized) created.maximize()
    let saveTimer: ReturnType<typeof setTimeout> | undefined
    const save = () => {
      if (created.isDestroyed()) return
      const state = { bounds: created.getNormalBounds(), maximized: created.isMaximized() }
      saveWindowState(deps.stateDir, state).catch((error: unknown) =>
        deps.onError('Saving the window position failed', error)
      )
    }
    const saveSoon = () => {
      clearTimeout(saveTimer)
      saveTimer = setTimeout(save, SAVE_DELAY_MS)
    }
    created.on('resize', saveSoon)
    created.on('move', saveSoon)
    created.on('close', (event) => {
      clearTimeout(saveTimer)
      save()
      const action = closeAction({
        quitting: deps.quitting(),
        closeToTray: deps.closeToTray(),
        trayAvailable: deps.trayAvailable()
      })
      if (action === 'close') return
      event.preventDefault()
      if (action === 'hide') created.hide()
      else created.minimize()
    })
    // A crashed page is a blank window that syncs no reminders: load it again (main keeps its reminders meanwhile).
    let reloadedAt = Number.NEGATIVE_INFINITY
    created.webContents.on('render-process-gone', (_event, details) => {
      const now = (deps.now ?? Date.now)()
      if (details.reason === 'clean-exit' || now - reloadedAt < CRASH_RELOAD_GAP_MS) {
        deps.onError("The window's page stopped", details.reason)
        return
      }
      deps.onError("The window's page crashed; reloading it", details.reason)
      reloadedAt = now
      created.webContents.reload()
    })
    created.on('closed', () => {
      if (window === created) window = null
    })
    if (reveal) created.once('ready-to-show', () => created.show())
    pageLoads.set(
      created,
      created.loadURL(deps.url).catch((error: unknown) => deps.onError('The window failed to load', error))
    )
    return created
  }

  let opening: Promise<BrowserWindow> | null = null
  const ensure = (visible: boolean): Promise<BrowserWindow> => {
    if (window && !window.isDestroyed()) return Promise.resolve(window)
    opening ??= open(visible).finally(() => {
      opening = null
      showRequested = false
    })
    return opening
  }
  const show = async (): Promise<BrowserWindow> => {
    if (window && !window.isDestroyed()) {
      focusWindow(window)
      return window
    }
    // A new window shows itself once painted (ready-to-show), avoiding a white flash. If one is already being
    // created hidden, ensure() hands back that one, so ask it to show itself as well.
    if (opening) showRequested = true
    return ensure(true)
  }
  return {
    current: () => window,
    createHidden: () => ensure(false),
    show,
    async showLoaded() {
      const shown = await show()
      await pageLoads.get(shown)
      return shown
    }
  }
}
