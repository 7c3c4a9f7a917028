// Registers every IPC request handler through one gate: the sender must be the app's own frame and the payload must parse.
import { invokeContract, type InvokeName, type PayloadOf, type ResultOf } from '../../shared/ipc/contract'
import { issueSummary } from '../../shared/validation/issueMessages'

/** One handler per channel of the contract; each receives the payload already validated. */
export type InvokeHandlers = {
  [Name in InvokeName]: (payload: PayloadOf<Name>) => Promise<ResultOf<Name>> | ResultOf<Name>
}

/** The part of an IPC event the gate reads: which frame sent it. */
export interface IpcSenderEvent {
  readonly senderFrame: { readonly url: string } | null
}

/** The part of Electron's ipcMain the gate needs (a structural type, so tests can pass a small registry). */
export interface IpcRegistry {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => unknown): void
}

export interface GateOptions {
  /** True only for URLs of the app's own origin. */
  readonly isTrustedSender: (url: string) => boolean
  readonly logWarning: (message: string) => void
}

/** Rejected before the handler ran: the renderer sees the message, main keeps running. */
export class IpcRejectedError extends Error {
  override readonly name = 'IpcRejectedError'
}

/** Wires each contract channel to its handler behind the sender and payload checks. */
export function registerInvokeHandlers(registry: IpcRegistry, handlers: InvokeHandlers, options: GateOptions): void {
  for (const name of Object.keys(invokeContract) as InvokeName[]) {
    const { channel, payload: schema } = invokeContract[name]
    const handler = handlers[name] as (payload: unknown) => unknown
    registry.handle(channel, async (event, ...args) => {
      const senderUrl = event?.senderFrame?.url ?? ''
      if (!options.isTrustedSender(senderUrl)) {
        options.logWarning(`IPC ${channel} refused: untrusted sender ${JSON.stringify(senderUrl.slice(0, 200))}`)
        throw new IpcRejectedError(`${channel}: sender not allowed`)
      }
      // A channel takes at most one payload argument; extra arguments are a forged call.
      const parsed = args.length <= 1 ? schema.safeParse(args[0]) : undefined
      if (!parsed?.success) {
        const reason = parsed ? issueSummary(parsed.error, { root: '(payload)' }) : 'too many arguments'
        options.logWarning(`IPC ${channel} refused: ${reason}`)
        throw new IpcRejectedError(`${channel}: invalid payload (${reason})`)
      }
      return handler(parsed.data)
    })
  }
}
