// The child process's start: loaded with --require before out/main/index.js, it installs main's clock, the
// `electron` stand-in and the link to the parent, then lets main's script run and makes the app ready after it.
import Module from 'node:module'
import { join } from 'node:path'
import { installChildClock } from './clock'
import { createElectronStandin } from './electron'
import { createJournal } from './journal'
import { CHILD_CONFIG_ENV, type ChildConfig, type ChildMethods, type ParentMethods, type WireMessage } from './protocol'
import { createRpcEndpoint } from './rpc'

const realSetImmediate = globalThis.setImmediate
const realSetTimeout = globalThis.setTimeout
const config = JSON.parse(process.env[CHILD_CONFIG_ENV] ?? 'null') as ChildConfig | null
if (!config || !process.send)
  throw new Error(`The stand-in child needs ${CHILD_CONFIG_ENV} and an IPC channel to its parent`)
// Messages handed to the IPC channel and not yet written: Node drops them when the process exits.
let inFlight = 0
let exitCode: number | null = null
const realExit = process.exit.bind(process)
// The parent may go first (a test torn down mid-call): an undeliverable message is dropped, not an uncaught error.
const send = (message: WireMessage) => {
  inFlight++
  process.send!(message, undefined, {}, () => {
    inFlight--
    if (exitCode !== null && inFlight === 0) realExit(exitCode)
  })
}

const clock = installChildClock(config.now)
// An exit (the end of app.quit, or app.exit) waits for the journal's last entries to be written to the parent, which
// otherwise lost them now and then. Main's clock stops at once, so none of its timers runs in that moment.
process.exit = ((code?: number | string | null) => {
  exitCode = typeof code === 'number' ? code : 0
  clock.setRunning(false)
  if (inFlight === 0) realExit(exitCode)
  // Never held for long: a channel that cannot write is a parent that is gone.
  realSetTimeout(() => realExit(exitCode ?? 0), 1_000).unref()
}) as typeof process.exit
const journal = createJournal(clock.now, (entry) => send({ kind: 'event', name: 'journal', payload: entry }))
let ready = false
// The parent link is created before the stand-in (which calls the parent) and answers with it (which needs the stand-in).
let standin: ReturnType<typeof createElectronStandin> | undefined
function stand(): NonNullable<typeof standin> {
  if (!standin) throw new Error('The stand-in is not set up yet')
  return standin
}

const parent = createRpcEndpoint<ChildMethods, ParentMethods>({
  send,
  handlers: {
    'protocol.request': ({ url, method, headers }) => stand().protocol.request(url, method, headers),
    'ipc.invoke': ({ windowId, frameUrl, channel, args }) =>
      stand().ipcMain.invoke({ sender: stand().window(windowId)?.webContents ?? null, frameUrl }, channel, args),
    'ipc.send': ({ windowId, frameUrl, channel, args }) =>
      stand().ipcMain.deliver({ sender: stand().window(windowId)?.webContents ?? null, frameUrl }, channel, args),
    'window.loaded': ({ windowId, url }) => stand().window(windowId)?.pageLoaded(url),
    'window.crashed': ({ windowId }) => stand().window(windowId)?.webContents.processGone(),
    'clock.now': () => clock.now(),
    'clock.advanceTo': ({ to }) => clock.advanceTo(to),
    'clock.jumpTo': ({ to }) => {
      journal.record('clock.jumpTo', { to })
      return clock.jumpTo(to)
    },
    'clock.setRunning': ({ running }) => clock.setRunning(running),
    fire: ({ commands }) => {
      for (const command of commands) stand().fire(command)
    },
    state: () => stand().state()
  }
})
process.on('message', (message) => parent.receive(message as WireMessage))
// The test process owns this app's windows: without it the app has nothing to show, so it ends too.
process.on('disconnect', () => process.exit(0))

standin = createElectronStandin({ config, journal, clock, parent, isReady: () => ready })

// `require('electron')` (from main and from any package main loads) gets the stand-in; nothing else changes.
const STANDIN_ID = join(__dirname, 'electron', '<electron stand-in>')
// Node's CommonJS loader internals, the documented way test doubles replace a module for every requirer.
const loader = Module as unknown as Record<string, unknown>
const resolveFilename = loader['_resolveFilename'] as (this: unknown, request: string, ...rest: unknown[]) => string
loader['_resolveFilename'] = function (this: unknown, request: string, ...rest: unknown[]) {
  if (request === 'electron' || request === 'electron/main') return STANDIN_ID
  return resolveFilename.call(this, request, ...rest)
}
const electronModule = new Module(STANDIN_ID)
electronModule.filename = STANDIN_ID
electronModule.loaded = true
electronModule.exports = standin.module
const moduleCache = loader['_cache'] as Record<string, unknown>
moduleCache[STANDIN_ID] = electronModule

send({ kind: 'event', name: 'hello', payload: { now: clock.now(), pid: process.pid } })

// Electron emits 'ready' after the main script has run; --require'd code runs before it, so wait one turn.
realSetImmediate(() => {
  ready = true
  stand().app.becomeReady()
})
