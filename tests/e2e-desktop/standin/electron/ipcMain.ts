// ipcMain: handle/on registries with Electron's rules (one handler per channel), and the delivery of renderer calls.
import { EventEmitter } from 'node:events'
import type { InvokeReply } from '../protocol'
import type { StandinContext } from './context'

/** What Electron hands an ipcMain handler: the sender's webContents and frame. */
export interface IpcEventSource {
  readonly sender: unknown
  readonly frameUrl: string
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown

export class StandinIpcMain extends EventEmitter {
  private readonly handlers = new Map<string, InvokeHandler>()

  constructor(private readonly context: StandinContext) {
    super()
  }

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
    this.context.journal.record('ipcMain.handle', { channel })
  }

  handleOnce(channel: string, handler: InvokeHandler): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel)
      return handler(event, ...args)
    })
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel)
    this.context.journal.record('ipcMain.removeHandler', { channel })
  }

  // EventEmitter's once() registers through on(), so this records both.
  override on(channel: string | symbol, listener: (...args: unknown[]) => void): this {
    this.context.journal.record('ipcMain.on', { channel: String(channel) })
    return super.on(channel, listener)
  }

  handledChannels(): string[] {
    return [...this.handlers.keys()].sort()
  }

  listenedChannels(): string[] {
    return this.eventNames().map(String).sort()
  }

  /** ipcRenderer.invoke: Electron structured-clones the arguments and the result and wraps a thrown error's text. */
  async invoke(source: IpcEventSource, channel: string, args: unknown[]): Promise<InvokeReply> {
    const event = ipcEvent(source)
    const handler = this.handlers.get(channel)
    let reply: InvokeReply
    if (!handler) {
      reply = {
        ok: false,
        message: `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`
      }
    } else {
      try {
        reply = { ok: true, value: structuredClone(await handler(event, ...structuredClone(args))) }
      } catch (error) {
        reply = { ok: false, message: `Error invoking remote method '${channel}': ${String(error)}` }
      }
    }
    this.context.journal.record('ipcMain.invoked', {
      channel,
      ok: reply.ok,
      ...(reply.ok ? {} : { message: reply.message.slice(0, 500) })
    })
    return reply
  }

  /** ipcRenderer.send: emitted to ipcMain.on listeners; nobody listening means the message is dropped. */
  deliver(source: IpcEventSource, channel: string, args: unknown[]): void {
    this.context.journal.record('ipcMain.received', { channel, listeners: this.listenerCount(channel) })
    this.emit(channel, ipcEvent(source), ...structuredClone(args))
  }
}

function ipcEvent(source: IpcEventSource) {
  const url = source.frameUrl
  return {
    sender: source.sender,
    senderFrame: { url, origin: safeOrigin(url), routingId: 1, processId: 1 },
    frameId: 1,
    processId: 1,
    returnValue: undefined as unknown,
    reply: () => {
      throw new Error('event.reply is not modelled by the stand-in')
    }
  }
}

function safeOrigin(url: string): string {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'app:' ? `app://${parsed.host}` : parsed.origin
  } catch {
    return 'null'
  }
}
