// What a window's page gets before any of its own scripts: the preload scripts main named (the window's
// webPreferences.preload and any session preloads), run with stand-ins for `require('electron')` (contextBridge and
// ipcRenderer) bridged to the test process, and nothing else left on window.

/** A message from the page's preload world to the test process. */
export type BridgeMessage =
  | { readonly op: 'poll'; readonly docId: string }
  | { readonly op: 'preloaded'; readonly docId: string; readonly globals: string[]; readonly errors: string[] }
  | { readonly op: 'invoke'; readonly docId: string; readonly channel: string; readonly args: unknown[] }
  | { readonly op: 'send'; readonly docId: string; readonly channel: string; readonly args: unknown[] }

/** A push from main, delivered by the answer to a poll. */
export interface PushMessage {
  readonly channel: string
  readonly args: unknown[]
}

export interface PreloadSource {
  readonly path: string
  readonly code: string
}

/**
 * The init script for a window's page. The preload code is pasted into the script (a CommonJS wrapper per file, as
 * Electron's sandbox wraps it), not evaluated from a string, so the page's strict CSP (no eval) does not stop it.
 */
export function buildInitScript(binding: string, preloads: readonly PreloadSource[]): string {
  const wrappers = preloads.map(
    ({ path, code }) =>
      `{ path: ${JSON.stringify(path)}, run: function (exports, require, module, __filename, __dirname, process, window, globalThis, self) {\n${code}\n} }`
  )
  return `(${preloadWorld.toString()})(${JSON.stringify(binding)}, [${wrappers.join(',\n')}]);`
}

type PreloadRunner = (
  exports: object,
  require: (id: string) => unknown,
  module: { exports: object },
  filename: string,
  dirname: string,
  process: object,
  isolatedWindow: object,
  isolatedGlobalThis: object,
  isolatedSelf: object
) => void

/**
 * Runs in the page (stringified: it may use nothing from outside its body). Electron's contextIsolation runs the
 * preload in a separate JavaScript world; here it runs in the page's world with its own view of `window` (writes
 * stay in that view) and builtins captured before the page can touch them. That is a model: only a real Electron
 * run shows the isolation itself (tests/e2e-electron).
 */
function preloadWorld(binding: string, preloads: ReadonlyArray<{ path: string; run: PreloadRunner }>): void {
  const page = window as unknown as Record<string, unknown>
  const bridge = page[binding] as ((message: BridgeMessage) => Promise<unknown>) | undefined
  delete page[binding]
  // Electron runs the preload in the main frame only (nodeIntegrationInSubFrames is off).
  if (typeof bridge !== 'function' || window.top !== window) return

  const clone = structuredClone
  const freeze = Object.freeze
  const defineProperty = Object.defineProperty
  const ownNames = Object.getOwnPropertyNames
  const hasOwn = Object.prototype.hasOwnProperty
  const getPrototypeOf = Object.getPrototypeOf
  const ObjectProto = Object.prototype
  const isArray = Array.isArray
  const PromiseCtor = Promise
  const ErrorCtor = Error
  const report = reportError
  const docId = `${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`

  // --- contextBridge: functions are proxied, plain objects and arrays copied, other values structured-cloned. ---
  const isPlainObject = (value: object) => {
    const proto = getPrototypeOf(value)
    return (
      proto === ObjectProto ||
      proto === null ||
      !(
        value instanceof Date ||
        value instanceof RegExp ||
        value instanceof Map ||
        value instanceof Set ||
        value instanceof ErrorCtor ||
        value instanceof PromiseCtor ||
        ArrayBuffer.isView(value) ||
        value instanceof ArrayBuffer
      )
    )
  }
  const pass = (value: unknown, depth: number): unknown => {
    if (depth > 1000) throw new ErrorCtor('contextBridge: object graph too deep')
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value
    if (typeof value === 'function') {
      const target = value as (...args: unknown[]) => unknown
      return function (this: unknown, ...args: unknown[]) {
        return pass(target(...args.map((arg) => pass(arg, 0))), 0)
      }
    }
    if (value instanceof PromiseCtor) {
      return new PromiseCtor((resolve, reject) =>
        value.then(
          (result) => resolve(pass(result, 0)),
          (error: unknown) => reject(pass(error, 0))
        )
      )
    }
    if (value instanceof ErrorCtor) return new ErrorCtor(value.message)
    if (isArray(value)) return value.map((item) => pass(item, depth + 1))
    if (isPlainObject(value)) {
      const copy: Record<string, unknown> = {}
      for (const key of ownNames(value)) copy[key] = pass((value as Record<string, unknown>)[key], depth + 1)
      return copy
    }
    return clone(value)
  }
  const deepFreeze = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return
    for (const key of ownNames(value)) deepFreeze((value as Record<string, unknown>)[key])
    freeze(value)
  }
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (hasOwn.call(window, key))
        throw new ErrorCtor('Cannot bind an API on top of an existing property on the window object')
      const proxy = pass(api, 0)
      deepFreeze(proxy)
      defineProperty(window, key, { value: proxy, enumerable: true, configurable: false, writable: false })
    },
    exposeInIsolatedWorld() {
      throw new ErrorCtor('contextBridge.exposeInIsolatedWorld is not modelled by the stand-in')
    }
  }

  // --- ipcRenderer: invoke/send go to main through the test process; pushes arrive as answers to a long poll. ---
  type Listener = (event: unknown, ...args: unknown[]) => void
  const listeners = new Map<string, Listener[]>()
  const ipcRenderer = {
    on(channel: string, listener: Listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener])
      return ipcRenderer
    },
    once(channel: string, listener: Listener) {
      const once: Listener = (event, ...args) => {
        ipcRenderer.removeListener(channel, once)
        listener(event, ...args)
      }
      return ipcRenderer.on(channel, once)
    },
    removeListener(channel: string, listener: Listener) {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((known) => known !== listener)
      )
      return ipcRenderer
    },
    off(channel: string, listener: Listener) {
      return ipcRenderer.removeListener(channel, listener)
    },
    removeAllListeners(channel?: string) {
      if (channel === undefined) listeners.clear()
      else listeners.delete(channel)
      return ipcRenderer
    },
    // Electron structured-clones the arguments as the call is made: a function or a DOM node throws here.
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      let payload: unknown[]
      try {
        payload = clone(args)
      } catch (error) {
        return PromiseCtor.reject(error)
      }
      return bridge({ op: 'invoke', docId, channel, args: payload }).then((reply) => {
        const answer = reply as { ok: true; value: unknown } | { ok: false; message: string }
        if (answer.ok) return answer.value
        throw new ErrorCtor(answer.message)
      })
    },
    send(channel: string, ...args: unknown[]) {
      void bridge({ op: 'send', docId, channel, args: clone(args) })
    },
    sendSync(): never {
      throw new ErrorCtor('ipcRenderer.sendSync is not modelled by the stand-in')
    },
    postMessage(): never {
      throw new ErrorCtor('ipcRenderer.postMessage is not modelled by the stand-in')
    }
  }
  const deliver = (message: PushMessage) => {
    const event = { sender: ipcRenderer, senderId: 0, ports: [] }
    for (const listener of listeners.get(message.channel) ?? []) {
      try {
        listener(event, ...message.args)
      } catch (error) {
        report(error)
      }
    }
  }

  // --- The sandboxed preload's environment: require('electron') and a small process object; no Node. ---
  const electron = { contextBridge, ipcRenderer }
  const sandboxRequire = (id: string) => {
    if (id === 'electron' || id === 'electron/renderer') return electron
    throw new ErrorCtor(`module not found: ${id}`)
  }
  const sandboxProcess = {
    contextIsolated: true,
    sandboxed: true,
    type: 'renderer',
    platform: 'linux',
    env: {},
    argv: [],
    versions: {}
  }
  // The preload's own view of window: it reads the page's window, and what it sets stays in its view, as in an
  // isolated world. The proxy's target is an empty object, so the page's read-only properties (planner once exposed)
  // do not constrain what the preload may set in its own view.
  const own: Record<PropertyKey, unknown> = {}
  const isolatedWindow = new Proxy(Object.create(null) as object, {
    get: (_target, key) => {
      if (key in own) return own[key]
      const value = Reflect.get(window, key, window) as unknown
      // Window's methods need window as `this`; constructors (which have a prototype) keep their static members.
      return typeof value === 'function' && !('prototype' in value)
        ? (value as (...args: unknown[]) => unknown).bind(window)
        : value
    },
    set: (_target, key, value) => {
      own[key] = value
      return true
    },
    has: (_target, key) => key in own || key in window,
    deleteProperty: (_target, key) => delete own[key],
    defineProperty: (_target, key, descriptor) => {
      own[key] = descriptor.value
      return true
    }
  })

  const errors: string[] = []
  for (const preload of preloads) {
    const module = { exports: {} }
    try {
      preload.run(
        module.exports,
        sandboxRequire,
        module,
        preload.path,
        preload.path.replace(/[/\\][^/\\]*$/, ''),
        sandboxProcess,
        isolatedWindow,
        isolatedWindow,
        isolatedWindow
      )
    } catch (error) {
      // Electron prints a preload's exception to the console and loads the page anyway.
      errors.push(`${preload.path}: ${String(error)}`)
      report(error)
    }
  }

  void bridge({ op: 'preloaded', docId, globals: ownNames(window), errors })
  const pump = async () => {
    for (;;) {
      let messages: PushMessage[]
      try {
        messages = (await bridge({ op: 'poll', docId })) as PushMessage[]
      } catch {
        return
      }
      for (const message of messages) deliver(message)
    }
  }
  void pump()
}
