// Requests and replies over a child_process IPC channel, the same code on both ends (parent and stand-in child).
import type { Handlers, WireMessage } from './protocol'

type Args<Method> = Method extends (...args: infer A) => unknown ? A : never
type Result<Method> = Method extends (...args: never[]) => infer R ? Awaited<R> : never

export interface RpcEndpoint<Remote> {
  call<Name extends keyof Remote & string>(method: Name, ...params: Args<Remote[Name]>): Promise<Result<Remote[Name]>>
  /** Feeds one message received from the other end. */
  receive(message: WireMessage): void
  /** Fails every call still waiting (the other end is gone). */
  close(reason: string): void
}

/**
 * An endpoint that sends with `send`, answers the other end's calls with `handlers`, and hands one-way events to
 * `onEvent`. Calls are answered concurrently; a handler's exception becomes the caller's rejection.
 */
export function createRpcEndpoint<Local, Remote>(options: {
  send: (message: WireMessage) => void
  handlers: Handlers<Local>
  onEvent?: (message: Extract<WireMessage, { kind: 'event' }>) => void
}): RpcEndpoint<Remote> {
  let nextId = 1
  let closedReason: string | null = null
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  const handlers = options.handlers as Record<string, ((params: unknown) => unknown) | undefined>

  async function answer(id: number, method: string, params: unknown): Promise<void> {
    try {
      const handler = handlers[method]
      if (!handler) throw new Error(`no handler for ${method}`)
      const value = await handler(params)
      options.send({ kind: 'reply', id, ok: true, value })
    } catch (error) {
      const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      try {
        options.send({ kind: 'reply', id, ok: false, error: text })
      } catch {
        // The other end is gone; nobody is waiting for this reply any more.
      }
    }
  }

  return {
    call(method, ...params) {
      if (closedReason !== null) return Promise.reject(new Error(`${method}: ${closedReason}`))
      const id = nextId++
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
        try {
          options.send({ kind: 'call', id, method, params: params[0] })
        } catch (error) {
          pending.delete(id)
          reject(error as Error)
        }
      })
    },
    receive(message) {
      if (message.kind === 'call') void answer(message.id, message.method, message.params)
      else if (message.kind === 'reply') {
        const waiting = pending.get(message.id)
        if (!waiting) return
        pending.delete(message.id)
        if (message.ok) waiting.resolve(message.value)
        else waiting.reject(new Error(message.error))
      } else options.onEvent?.(message)
    },
    close(reason) {
      closedReason = reason
      for (const waiting of pending.values()) waiting.reject(new Error(reason))
      pending.clear()
    }
  }
}
