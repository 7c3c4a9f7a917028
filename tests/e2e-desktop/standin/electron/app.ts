// The `app` module: paths and identity, readiness, the single-instance lock, and Electron's quit sequence.
import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { App } from 'electron'
import { preventableEvent, type StandinContext } from './context'
import { requestInstanceLock, type InstanceLock } from './singleInstance'
import type { StandinBrowserWindow } from './browserWindow'

/** The app's package.json, found from the main script upwards, as Electron finds the app folder. */
function readAppPackage(): { dir: string; name: string; version: string } {
  let dir = dirname(process.argv[1] ?? process.cwd())
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir)
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string
    productName?: string
    version: string
  }
  return { dir, name: pkg.productName ?? pkg.name, version: pkg.version }
}

type AppShape = Pick<
  App,
  | 'getName'
  | 'setName'
  | 'getPath'
  | 'setPath'
  | 'getVersion'
  | 'getAppPath'
  | 'isReady'
  | 'whenReady'
  | 'quit'
  | 'exit'
  | 'requestSingleInstanceLock'
  | 'hasSingleInstanceLock'
  | 'releaseSingleInstanceLock'
  | 'setAppUserModelId'
  | 'setLoginItemSettings'
  | 'focus'
>

export class StandinApp extends EventEmitter implements AppShape {
  readonly isPackaged = false
  readonly windows = new Set<StandinBrowserWindow>()
  readonly loginItemSettings: unknown[] = []
  lockState: 'held' | 'refused' | 'not requested' = 'not requested'
  private appName: string
  private readonly version: string
  private readonly appPath: string
  private readonly paths = new Map<string, string>()
  private ready = false
  private quitting = false
  private lock: InstanceLock | null = null
  private readonly readyPromise: Promise<void>
  private resolveReady: () => void = () => {}

  constructor(private readonly context: StandinContext) {
    super()
    const pkg = readAppPackage()
    this.appName = pkg.name
    this.version = pkg.version
    this.appPath = pkg.dir
    const appData = context.config.appData
    this.paths.set('appData', appData)
    this.paths.set('userData', join(appData, pkg.name))
    this.paths.set('home', join(appData, '..', 'home'))
    this.paths.set('temp', join(appData, '..', 'temp'))
    this.paths.set('exe', process.execPath)
    this.paths.set('module', process.execPath)
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve))
  }

  get name(): string {
    return this.appName
  }
  set name(value: string) {
    this.setName(value)
  }

  getName(): string {
    return this.appName
  }

  /** The OS locale as Electron reports it; the stand-in's host is taken to be British English. */
  getLocale(): string {
    return 'en-GB'
  }
  setName(name: string): void {
    this.appName = name
    this.context.journal.record('app.setName', { name })
  }

  getPath(name: Parameters<App['getPath']>[0]): string {
    if (name === 'logs') return this.paths.get('logs') ?? join(this.getPath('userData'), 'logs')
    if (name === 'sessionData') return this.paths.get('sessionData') ?? this.getPath('userData')
    const path = this.paths.get(name)
    if (path === undefined) throw new Error(`Failed to get '${name}' path (not modelled by the stand-in)`)
    return path
  }
  setPath(name: Parameters<App['setPath']>[0], path: string): void {
    this.paths.set(name, path)
    this.context.journal.record('app.setPath', { name, path })
  }

  getVersion(): string {
    return this.version
  }
  getAppPath(): string {
    return this.appPath
  }

  isReady(): boolean {
    return this.ready
  }
  whenReady(): Promise<void> {
    return this.readyPromise
  }

  /** Called by the stand-in once the main script has run, as Electron does. */
  becomeReady(): void {
    this.ready = true
    this.context.journal.record('app.ready')
    this.emit('will-finish-launching')
    this.emit('ready', preventableEvent(), {})
    this.resolveReady()
  }

  setAppUserModelId(id: string): void {
    this.context.journal.record('app.setAppUserModelId', { id })
  }

  setLoginItemSettings(settings: Parameters<App['setLoginItemSettings']>[0]): void {
    this.loginItemSettings.push(structuredClone(settings))
    this.context.journal.record('app.setLoginItemSettings', settings)
  }

  focus(): void {
    this.context.journal.record('app.focus')
  }

  requestSingleInstanceLock(): boolean {
    if (this.lock) return true
    this.lock = requestInstanceLock(this.getPath('userData'), (launch) => {
      this.context.journal.record('app.second-instance', { argv: launch.argv })
      this.emit('second-instance', preventableEvent(), launch.argv, launch.workingDirectory, null)
    })
    this.lockState = this.lock ? 'held' : 'refused'
    this.context.journal.record('app.requestSingleInstanceLock', { granted: this.lock !== null })
    return this.lock !== null
  }
  hasSingleInstanceLock(): boolean {
    return this.lock !== null
  }
  releaseSingleInstanceLock(): void {
    this.lock?.release()
    this.lock = null
  }

  isQuitting(): boolean {
    return this.quitting
  }

  /**
   * Electron's sequence: 'before-quit' (preventable), then every window is asked to close (one that stays open
   * cancels the quit), then 'will-quit' (preventable), 'quit', and the process ends. The stand-in runs it all at once,
   * with no turn of the event loop in between, so work main does not wait for is lost, as it can be in Electron.
   */
  quit(): void {
    if (this.quitting) return
    const beforeQuit = preventableEvent()
    this.emit('before-quit', beforeQuit)
    this.context.journal.record('app.before-quit', { prevented: beforeQuit.defaultPrevented })
    if (beforeQuit.defaultPrevented) return
    this.quitting = true
    for (const window of Array.from(this.windows)) {
      window.close()
      if (!window.isDestroyed()) {
        this.quitting = false
        this.context.journal.record('app.quit-cancelled', { windowId: window.id })
        return
      }
    }
    const willQuit = preventableEvent()
    this.emit('will-quit', willQuit)
    if (willQuit.defaultPrevented) {
      this.quitting = false
      return
    }
    this.emit('quit', preventableEvent(), 0)
    this.exit(0)
  }

  exit(code = 0): void {
    this.quitting = true
    this.context.journal.record('app.exit', { code })
    this.releaseSingleInstanceLock()
    process.exit(code)
  }
}
