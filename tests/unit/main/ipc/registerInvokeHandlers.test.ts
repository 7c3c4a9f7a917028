// The IPC gate: handlers run only for the app's own frames with payloads that match the contract.
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { registerInvokeHandlers, type IpcRegistry, type IpcSenderEvent, type InvokeHandlers } from '../../../../src/main/ipc/registerInvokeHandlers'
import { invokeContract } from '../../../../src/shared/ipc/contract'

type Listener = (event: IpcSenderEvent, ...args: unknown[]) => unknown

function setUp() {
  const listeners = new Map<string, Listener>()
  const registry: IpcRegistry = { handle: (channel, listener) => void listeners.set(channel, listener) }
  const calls: Array<{ name: string; payload: unknown }> = []
  const handlers: InvokeHandlers = {
    getAppInfo: (payload) => {
      calls.push({ name: 'getAppInfo', payload })
      return { version: '1.0.0', platform: 'linux', notificationsSupported: true }
    },
    openExternal: (payload) => {
      calls.push({ name: 'openExternal', payload })
      return true
    }
  }
  const warnings: string[] = []
  registerInvokeHandlers(registry, handlers, {
    isTrustedSender: (url) => url.startsWith('app://planner/'),
    logWarning: (message) => warnings.push(message)
  })
  const call = (channel: string, senderUrl: string | null, ...args: unknown[]) =>
    Promise.resolve().then(() => listeners.get(channel)!({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, ...args))
  return { listeners, calls, warnings, call }
}

const trusted = 'app://planner/index.html'

describe('registerInvokeHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    const { listeners } = setUp()
    expect([...listeners.keys()].sort()).toEqual(Object.values(invokeContract).map((c) => c.channel).sort())
  })

  it('runs the handler with the parsed payload for a trusted sender', async () => {
    const { call, calls } = setUp()
    await expect(call('shell:open-external', trusted, { url: 'https://example.org/' })).resolves.toBe(true)
    expect(calls).toEqual([{ name: 'openExternal', payload: { url: 'https://example.org/' } }])
  })

  it('refuses an untrusted or missing sender frame without running the handler', async () => {
    const { call, calls, warnings } = setUp()
    await expect(call('shell:open-external', 'https://evil.example/', { url: 'https://example.org/' })).rejects.toThrow(/sender not allowed/)
    await expect(call('app:get-info', null)).rejects.toThrow(/sender not allowed/)
    expect(calls).toEqual([])
    expect(warnings).toHaveLength(2)
  })

  it('refuses a payload with an extra key, naming the problem', async () => {
    const { call, calls } = setUp()
    await expect(call('shell:open-external', trusted, { url: 'https://example.org/', extra: 1 })).rejects.toThrow(/invalid payload.*extra/i)
    expect(calls).toEqual([])
  })

  it('refuses `__proto__` and `constructor` keys smuggled into a payload', async () => {
    const { call, calls } = setUp()
    for (const forged of ['{"url":"https://a.example/","__proto__":{"polluted":true}}', '{"url":"https://a.example/","constructor":{}}']) {
      await expect(call('shell:open-external', trusted, JSON.parse(forged))).rejects.toThrow(/invalid payload/)
    }
    expect(calls).toEqual([])
  })

  it('refuses extra arguments on a channel that takes none', async () => {
    const { call, calls } = setUp()
    await expect(call('app:get-info', trusted, 'surprise')).rejects.toThrow(/invalid payload/)
    await expect(call('app:get-info', trusted, undefined, undefined)).rejects.toThrow(/too many arguments/)
    expect(calls).toEqual([])
  })

  it('never runs a handler for generated hostile payloads or forged senders', async () => {
    const { call, calls } = setUp()
    const hostileUrlPayload = fc.oneof(
      fc.anything(),
      fc.record({ url: fc.oneof(fc.string({ minLength: 2049, maxLength: 3000 }), fc.integer(), fc.constant(''), fc.object()) }),
      // JSON.parse makes `__proto__` an own key, as a forged IPC message would carry it.
      fc.jsonValue().map((value) => JSON.parse(`{"url":"https://a.example/","__proto__":${JSON.stringify(value) ?? 'null'}}`) as unknown)
    )
    await fc.assert(
      fc.asyncProperty(hostileUrlPayload, fc.oneof(fc.webUrl(), fc.constant(trusted)), async (payload, senderUrl) => {
        const before = calls.length
        const accepted = await call('shell:open-external', senderUrl, payload).then(() => true, () => false)
        const valid = senderUrl === trusted && invokeContract.openExternal.payload.safeParse(payload).success
        expect(accepted).toBe(valid)
        expect(calls.length - before).toBe(valid ? 1 : 0)
      }),
      { numRuns: 1000 }
    )
  })

  it('keeps working after a handler throws', async () => {
    const listeners = new Map<string, Listener>()
    const logWarning = vi.fn<(message: string) => void>()
    registerInvokeHandlers({ handle: (channel, listener) => void listeners.set(channel, listener) }, {
      getAppInfo: () => { throw new Error('boom') },
      openExternal: () => true
    }, { isTrustedSender: () => true, logWarning })
    await expect(Promise.resolve().then(() => listeners.get('app:get-info')!({ senderFrame: { url: trusted } }))).rejects.toThrow('boom')
    await expect(Promise.resolve(listeners.get('shell:open-external')!({ senderFrame: { url: trusted } }, { url: 'https://a.example/' }))).resolves.toBe(true)
  })
})
