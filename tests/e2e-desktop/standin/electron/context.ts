// What every part of the stand-in shares: the journal, the link to the window host in the parent, the clock, config.
import type { ChildClock } from '../clock'
import type { Journal } from '../journal'
import type { ChildConfig, ParentMethods } from '../protocol'
import type { RpcEndpoint } from '../rpc'

export interface StandinContext {
  readonly config: ChildConfig
  readonly journal: Journal
  readonly clock: ChildClock
  readonly parent: RpcEndpoint<ParentMethods>
  /** True once the app's 'ready' event has been emitted. */
  isReady(): boolean
}

/** Throws as Electron does when an API that needs a ready app is used before 'ready'. */
export function requireReady(context: StandinContext, what: string): void {
  if (!context.isReady())
    throw new Error(`${what} cannot be used before the app is ready (the stand-in enforces Electron's rule)`)
}

/** An Electron event object: `preventDefault()` sets `defaultPrevented`. */
export interface PreventableEvent {
  defaultPrevented: boolean
  preventDefault(): void
}

export function preventableEvent(extra: Record<string, unknown> = {}): PreventableEvent {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    }
  }
  return event
}
