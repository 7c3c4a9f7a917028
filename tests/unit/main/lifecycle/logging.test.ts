// Logs go to a size-capped file under userData/logs, uncaught errors are caught into it without a dialog, and the
// logger main uses opens no IPC channel and adds no preload: a page must not be able to write into main.log.
import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  configureLogging,
  logFilePath,
  MAX_LOG_BYTES,
  type ConfigurableLog
} from '../../../../src/main/lifecycle/logging'

const repoRoot = resolve(__dirname, '../../../..')
const requireFromRepo = createRequire(join(repoRoot, 'package.json'))
const electronLogDir = dirname(requireFromRepo.resolve('electron-log/package.json'))
const electronPath = requireFromRepo.resolve('electron')

/** Everything main-process code asks of a fake `electron` module, as `object.method(first argument)`. */
interface ElectronProbe {
  readonly calls: string[]
  /** How often `require('electron')` ran. */
  requires: number
}

/** The Electron calls through which a logger could open a channel to pages or inject code into them. */
const PAGE_FACING = /^(ipcMain\.|session\.|app\.on\(session-created\))/

function fakeElectron(probe: ElectronProbe) {
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      probe.calls.push(`${name}(${typeof args[0] === 'string' ? args[0] : typeof args[0]})`)
      return undefined
    }
  const defaultSession = {
    registerPreloadScript: record('session.registerPreloadScript'),
    setPreloads: record('session.setPreloads'),
    getPreloads: () => []
  }
  return {
    ipcMain: {
      on: record('ipcMain.on'),
      once: record('ipcMain.once'),
      handle: record('ipcMain.handle'),
      handleOnce: record('ipcMain.handleOnce')
    },
    session: { defaultSession },
    app: {
      name: 'Study Planner',
      isPackaged: true,
      isReady: () => true,
      on: (event: string) => void probe.calls.push(`app.on(${event})`),
      once: (event: string) => void probe.calls.push(`app.once(${event})`),
      off: () => undefined,
      getName: () => 'Study Planner',
      getPath: () => tmpdir(),
      getVersion: () => '1.0.0'
    },
    dialog: { showErrorBox: record('dialog.showErrorBox') },
    BrowserWindow: { getAllWindows: () => [] },
    webContents: { getAllWebContents: () => [] }
  }
}

/**
 * Loads `specifier` afresh through Node's own require, as the bundled main process does, with `electron` replaced
 * by a recording fake, and returns what it did to Electron.
 */
function loadWithFakeElectron(specifier: string): { module: unknown; probe: ElectronProbe } {
  const probe: ElectronProbe = { calls: [], requires: 0 }
  const exports = fakeElectron(probe)
  for (const key of Object.keys(requireFromRepo.cache))
    if (key.startsWith(electronLogDir)) delete requireFromRepo.cache[key]
  const cached = { id: electronPath, filename: electronPath, loaded: true, children: [], paths: [] }
  Object.defineProperty(cached, 'exports', {
    get: () => {
      probe.requires += 1
      return exports
    }
  })
  requireFromRepo.cache[electronPath] = cached as unknown as NodeJS.Module
  try {
    return { module: requireFromRepo(specifier), probe }
  } finally {
    delete requireFromRepo.cache[electronPath]
  }
}

/** Every electron-log entry point imported anywhere in src/main. */
function electronLogImportsOfMain(): string[] {
  const files = readdirSync(join(repoRoot, 'src/main'), { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts')
  )
  const specifiers = files.flatMap((file) =>
    [...readFileSync(join(repoRoot, 'src/main', file), 'utf8').matchAll(/from\s+['"](electron-log[^'"]*)['"]/g)].map(
      (match) => match[1]!
    )
  )
  return [...new Set(specifiers)]
}

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) await cleanup()
})

describe('configureLogging', () => {
  it('writes to userData/logs/main.log, caps the file and catches errors silently, without initialize()', () => {
    const calls: string[] = []
    const log: ConfigurableLog & { initialize(): void } = {
      // electron-log/main's initialize() adds a preload to every session; configureLogging must never call it.
      initialize: () => calls.push('initialize'),
      transports: {
        file: {
          maxSize: 0,
          level: false,
          resolvePathFn: () => 'default',
          setAppName: (name) => calls.push(`name ${name}`)
        }
      },
      errorHandler: { startCatching: (options) => calls.push(`catch dialog=${options?.showDialog}`) }
    }
    configureLogging(log, '/home/ada/.config/Study Planner', 'Study Planner')
    expect(log.transports.file.resolvePathFn()).toBe('/home/ada/.config/Study Planner/logs/main.log')
    expect(log.transports.file.maxSize).toBe(MAX_LOG_BYTES)
    expect(log.transports.file.level).toBe('info')
    expect(calls).toEqual(['name Study Planner', 'catch dialog=false'])
  })
})

describe('the logger main uses', () => {
  it('is imported only from electron-log/node, which never touches Electron: no IPC channel, no preload', () => {
    const specifiers = electronLogImportsOfMain()
    expect(specifiers).toEqual(['electron-log/node'])
    for (const specifier of specifiers) {
      const { module, probe } = loadWithFakeElectron(specifier)
      configureLogging(module as ConfigurableLog, tmpdir(), 'Study Planner')
      ;(module as { errorHandler: { stopCatching(): void } }).errorHandler.stopCatching()
      expect(probe.calls.filter((call) => PAGE_FACING.test(call))).toEqual([])
      expect(probe.requires).toBe(0)
    }
  })

  it('the probe sees what electron-log/main does on import and on initialize(): its own IPC channel and preload', () => {
    // The control for the test above: the fake catches exactly what the issue reported.
    const { module, probe } = loadWithFakeElectron('electron-log/main')
    expect(probe.calls).toEqual(
      expect.arrayContaining(['ipcMain.on(__ELECTRON_LOG__)', 'ipcMain.handle(__ELECTRON_LOG__)'])
    )
    ;(module as { initialize(): void }).initialize()
    expect(probe.calls.some((call) => /^session\.(registerPreloadScript|setPreloads)/.test(call))).toBe(true)
  })

  it('writes lines to <userData>/logs/main.log, rotates at MAX_LOG_BYTES and logs an uncaught error there', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'logging-'))
    cleanups.push(() => rm(userData, { recursive: true, force: true }))
    const { module } = loadWithFakeElectron('electron-log/node')
    const log = module as ConfigurableLog & {
      info(...args: unknown[]): void
      transports: { console: { level: string | false } }
      errorHandler: { stopCatching(): void }
    }
    log.transports.console.level = false
    const before = new Set(process.listeners('uncaughtException'))
    configureLogging(log, userData, 'Study Planner')
    cleanups.push(() => log.errorHandler.stopCatching())

    log.info('first line')
    expect(await readFile(logFilePath(userData), 'utf8')).toContain('[info]  first line')

    log.info('x'.repeat(MAX_LOG_BYTES))
    log.info('after rotation')
    expect((await readdir(join(userData, 'logs'))).sort()).toEqual(['main.log', 'main.old.log'])
    expect(await readFile(logFilePath(userData), 'utf8')).toMatch(/^\[[^\]]+\] \[info\]  after rotation\n$/)

    // Call the listener it added directly: emitting on the real process would also reach the test runner's.
    const added = process.listeners('uncaughtException').filter((listener) => !before.has(listener))
    expect(added).toHaveLength(1)
    added[0]!(new Error('boom in main'), 'uncaughtException')
    expect(await readFile(logFilePath(userData), 'utf8')).toContain('Unhandled Error: boom in main')
  })
})
