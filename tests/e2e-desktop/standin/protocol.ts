// The messages between the test process (Chromium's owner) and the child process that runs out/main on the stand-in.
// Both sides import only types from here, so the child never loads Playwright and the parent never loads the stand-in.

/** What the child needs to start: where userData lives, what time it is, and how it was launched. */
export interface ChildConfig {
  /** Electron's appData; the app derives userData from it (`<appData>/Study Planner`). */
  readonly appData: string
  /** The fake wall clock's start, epoch ms. */
  readonly now: number
  /** Whether the OS can show notifications (Electron's Notification.isSupported()). */
  readonly notificationsSupported: boolean
  /** Whether the desktop has a tray (a Tray constructor that throws models one that has none). */
  readonly trayAvailable: boolean
}

export const CHILD_CONFIG_ENV = 'PLANNER_DESKTOP_STANDIN'

/** A window's options as main passed them to `new BrowserWindow`, minus anything that cannot cross a process. */
export type WindowOptions = Record<string, unknown> & { readonly webPreferences?: Record<string, unknown> }

/** Child -> parent requests: the window's page must follow what main does with the BrowserWindow. */
export interface ParentMethods {
  'window.create': (params: { windowId: number; options: WindowOptions; preloads: string[] }) => void
  /** Navigates the window's page to an app:// (or other) URL; resolves when it has loaded. */
  'window.load': (params: { windowId: number; url: string }) => { ok: true } | { ok: false; error: string }
  'window.destroy': (params: { windowId: number }) => void
  /** webContents.reload(): the page loads its current URL again (also after a crash). */
  'window.reload': (params: { windowId: number }) => { ok: true } | { ok: false; error: string }
  /** Delivers a push to the page's ipcRenderer listeners; false when no page was listening (as Electron drops it). */
  'webContents.send': (params: { windowId: number; channel: string; args: unknown[] }) => { delivered: boolean }
}

/** A response produced by main's protocol handler and passed through session.webRequest.onHeadersReceived. */
export type ProtocolReply =
  | {
      readonly kind: 'response'
      readonly status: number
      readonly headers: Record<string, string[]>
      readonly body: Uint8Array | null
    }
  | { readonly kind: 'failed'; readonly reason: string }

export type InvokeReply =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string }

/** Something a user, the OS or a test does to the app: the stand-in emits the matching Electron event. */
export type FireCommand =
  | { readonly target: 'app'; readonly event: 'activate' }
  | { readonly target: 'app'; readonly action: 'quit' }
  | { readonly target: 'powerMonitor'; readonly event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' }
  /** The user closes the window with its close button (Electron emits 'close', which main may prevent). */
  | { readonly target: 'window'; readonly windowId?: number; readonly action: 'close' }
  | { readonly target: 'notification'; readonly index: number; readonly event: 'click' | 'close' }
  | { readonly target: 'tray'; readonly event: 'click' }
  /** Clicks a menu item found by its labels from the top (e.g. ['Pause reminders', 'For 1 hour']). */
  | { readonly target: 'trayMenu' | 'appMenu'; readonly labels: readonly string[] }

/** Parent -> child requests. */
export interface ChildMethods {
  /** Answers a request for an app:// URL with main's own protocol handler. */
  'protocol.request': (params: { url: string; method: string; headers: Record<string, string> }) => ProtocolReply
  /** ipcRenderer.invoke from a window's page; `frameUrl` is the sender frame's URL as the app sees it. */
  'ipc.invoke': (params: { windowId: number; frameUrl: string; channel: string; args: unknown[] }) => InvokeReply
  'ipc.send': (params: { windowId: number; frameUrl: string; channel: string; args: unknown[] }) => void
  /** Asked when a page finished loading outside loadURL (a renderer reload), so main's state follows. */
  'window.loaded': (params: { windowId: number; url: string }) => void
  /** The page's renderer process died: webContents emits 'render-process-gone'. */
  'window.crashed': (params: { windowId: number }) => void
  'clock.now': () => number
  /** Time passes with the computer awake: every timer due on the way fires, in order. */
  'clock.advanceTo': (params: { to: number }) => number
  /** The wall clock jumps with no timer firing, as across a suspend: only what checks the clock notices. */
  'clock.jumpTo': (params: { to: number }) => number
  /** Stops (or restarts) time flowing on its own with real time, so a test can tell what an event did by itself. */
  'clock.setRunning': (params: { running: boolean }) => void
  fire: (params: { commands: readonly FireCommand[] }) => void
  state: () => StandinState
}

export interface MenuItemState {
  readonly label: string | null
  readonly role: string | null
  readonly type: string
  readonly enabled: boolean
  readonly submenu: MenuItemState[] | null
}

export interface WindowState {
  readonly id: number
  readonly options: WindowOptions
  readonly url: string | null
  readonly visible: boolean
  readonly focused: boolean
  readonly minimized: boolean
  readonly maximized: boolean
  readonly destroyed: boolean
  /** 'ready-to-show' has been emitted (the first load finished). */
  readonly readyToShow: boolean
}

export interface NotificationState {
  readonly index: number
  readonly title: string
  readonly body: string
  readonly silent: boolean
  readonly shown: boolean
  readonly closed: boolean
  /** The fake clock's time when it was shown, epoch ms. */
  readonly shownAt: number | null
}

/** Everything the stand-in knows, read by tests in one request. */
export interface StandinState {
  readonly ready: boolean
  readonly now: number
  readonly userData: string
  readonly windows: WindowState[]
  readonly notifications: NotificationState[]
  readonly tray: {
    readonly image: string
    readonly tooltip: string | null
    readonly menu: MenuItemState[] | null
    readonly destroyed: boolean
  } | null
  readonly appMenu: MenuItemState[] | null
  /** Channels with an ipcMain.handle handler, and channels with ipcMain.on/once listeners. */
  readonly ipcMain: { readonly handled: string[]; readonly listened: string[] }
  readonly protocol: { readonly privileged: unknown[]; readonly handled: string[] }
  /** Preload scripts registered on the default session (these run in every page, like the window's own preload). */
  readonly sessionPreloads: string[]
  readonly permissionHandlers: string[]
  readonly shellOpened: string[]
  readonly loginItemSettings: unknown[]
  readonly singleInstanceLock: 'held' | 'refused' | 'not requested'
}

/** One thing main did with Electron (or Electron did to main), in order, with the fake clock's time. */
export interface JournalEntry {
  readonly seq: number
  readonly at: number
  readonly api: string
  readonly detail?: unknown
}

/** The wire format: requests either way, their replies, and one-way events (journal entries, hello). */
export type WireMessage =
  | { readonly kind: 'call'; readonly id: number; readonly method: string; readonly params: unknown }
  | { readonly kind: 'reply'; readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly kind: 'reply'; readonly id: number; readonly ok: false; readonly error: string }
  | { readonly kind: 'event'; readonly name: 'journal'; readonly payload: JournalEntry }
  | { readonly kind: 'event'; readonly name: 'hello'; readonly payload: { readonly now: number; readonly pid: number } }

export type Handlers<Methods> = {
  [Name in keyof Methods]: Methods[Name] extends (...args: infer Args) => infer Result
    ? (...args: Args) => Result | Promise<Result>
    : never
}
