// The test-only `electron` module: the APIs src/main uses, with Electron's shapes, recording what main does with them.
import type { FireCommand, StandinState } from '../protocol'
import { StandinApp } from './app'
import { StandinBrowserWindow, type WindowRegistry } from './browserWindow'
import type { StandinContext } from './context'
import { StandinIpcMain } from './ipcMain'
import { createMenuModule, StandinTray } from './menuTray'
import { createNotificationClass, type StandinNotification } from './notification'
import { StandinProtocol, StandinSession } from './protocolSession'
import { createSystemModules } from './system'
import { requireReady } from './context'

export interface ElectronStandin {
  /** What `require('electron')` returns in the child. */
  readonly module: Record<string, unknown>
  readonly app: StandinApp
  readonly ipcMain: StandinIpcMain
  readonly protocol: StandinProtocol
  window(id: number): StandinBrowserWindow | undefined
  fire(command: FireCommand): void
  state(): StandinState
}

export function createElectronStandin(context: StandinContext): ElectronStandin {
  const app = new StandinApp(context)
  const ipcMain = new StandinIpcMain(context)
  const defaultSession = new StandinSession(context)
  const protocol = new StandinProtocol(context, () => defaultSession)
  const notifications: StandinNotification[] = []
  const Notification = createNotificationClass(context, notifications)
  const menus = createMenuModule(context)
  const system = createSystemModules(context)
  const trays: StandinTray[] = []
  const allWindows = new Map<number, StandinBrowserWindow>()

  const registry: WindowRegistry = {
    windows: app.windows,
    sessionPreloads: () => defaultSession.getPreloads(),
    emitApp: (event, ...args) => app.emit(event, ...args),
    quitting: () => app.isQuitting()
  }

  class BrowserWindow extends StandinBrowserWindow {
    constructor(options: Record<string, unknown> = {}) {
      super(context, registry, options)
      allWindows.set(this.id, this)
    }
    static getAllWindows(): StandinBrowserWindow[] {
      return [...app.windows]
    }
    static getFocusedWindow(): StandinBrowserWindow | null {
      return [...app.windows].find((window) => window.isFocused()) ?? null
    }
    static fromId(id: number): StandinBrowserWindow | null {
      return allWindows.get(id) ?? null
    }
    static fromWebContents(contents: { id: number }): StandinBrowserWindow | null {
      return allWindows.get(contents.id) ?? null
    }
  }

  class Tray extends StandinTray {
    constructor(image: string) {
      super(context, image)
      trays.push(this)
    }
  }

  const session = {
    get defaultSession() {
      requireReady(context, 'session.defaultSession')
      return defaultSession
    },
    fromPartition: () => {
      throw new Error('session.fromPartition is not modelled by the stand-in')
    }
  }

  const webContents = {
    getAllWebContents: () => [...app.windows].map((window) => window.webContents),
    fromId: (id: number) => allWindows.get(id)?.webContents ?? null
  }

  const module: Record<string, unknown> = {
    app,
    BrowserWindow,
    ipcMain,
    protocol,
    session,
    Notification,
    Tray,
    Menu: menus.Menu,
    MenuItem: menus.MenuItem,
    webContents,
    ...system
  }

  const liveTray = () => {
    for (let index = trays.length - 1; index >= 0; index--) if (!trays[index]!.destroyed) return trays[index]
    return undefined
  }
  const targetWindow = (id: number | undefined) => {
    const window = id === undefined ? [...app.windows][0] : allWindows.get(id)
    if (!window) throw new Error(`No window ${id ?? '(any)'}`)
    return window
  }
  const roles = { quit: () => app.quit() }

  return {
    module,
    app,
    ipcMain,
    protocol,
    window: (id) => allWindows.get(id),
    fire(command) {
      context.journal.record('fire', command)
      switch (command.target) {
        case 'app':
          if ('action' in command) app.quit()
          else app.emit(command.event, { preventDefault() {} }, false)
          return
        case 'powerMonitor':
          system.powerMonitor.emit(command.event)
          return
        case 'window':
          targetWindow(command.windowId).close()
          return
        case 'notification': {
          const notification = notifications[command.index]
          if (!notification) throw new Error(`No notification #${command.index} (${notifications.length} shown)`)
          if (command.event === 'click') notification.click()
          else notification.close()
          return
        }
        case 'tray': {
          const tray = liveTray()
          if (!tray) throw new Error('No tray')
          tray.click()
          return
        }
        case 'trayMenu': {
          const menu = liveTray()?.menu
          if (!menu) throw new Error('The tray has no menu')
          menu.find(command.labels).click(roles)
          return
        }
        case 'appMenu': {
          const menu = menus.applicationMenu()
          if (!menu) throw new Error('No application menu')
          menu.find(command.labels).click(roles)
          return
        }
      }
    },
    state() {
      const tray = trays.at(-1)
      return {
        ready: app.isReady(),
        now: context.clock.now(),
        userData: app.getPath('userData'),
        windows: [...allWindows.values()].map((window) => window.state()),
        notifications: notifications.map((notification) => notification.state()),
        tray: tray
          ? { image: tray.image, tooltip: tray.tooltip, menu: tray.menu?.state() ?? null, destroyed: tray.destroyed }
          : null,
        appMenu: menus.applicationMenu()?.state() ?? null,
        ipcMain: { handled: ipcMain.handledChannels(), listened: ipcMain.listenedChannels() },
        protocol: { privileged: protocol.privileged, handled: protocol.handledSchemes() },
        sessionPreloads: defaultSession.getPreloads(),
        permissionHandlers: [...defaultSession.permissionHandlers].sort(),
        shellOpened: [...system.shell.opened],
        loginItemSettings: app.loginItemSettings,
        singleInstanceLock: app.lockState
      }
    }
  }
}
