// Sends a main -> renderer push after checking its payload against the contract, so a bug in main cannot feed the page junk.
import { pushContract, type PushContract } from '../../shared/ipc/contract'
import type { z } from 'zod'

/** The part of a webContents a push needs. */
export interface PushTarget {
  isDestroyed(): boolean
  send(channel: string, payload: unknown): void
}

/** Sends `payload` on the named push channel; returns false (and sends nothing) for a destroyed target or a bad payload. */
export function sendPush<Name extends keyof PushContract>(
  target: PushTarget | null,
  name: Name,
  payload: z.input<PushContract[Name]['payload']>
): boolean {
  const { channel, payload: schema } = pushContract[name]
  const parsed = schema.safeParse(payload)
  if (!parsed.success || !target || target.isDestroyed()) return false
  target.send(channel, parsed.data)
  return true
}
