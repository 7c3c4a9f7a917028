// The preload's bridge: exactly the contract's methods, each on its channel, pushes buffered until the page listens.
import { EventEmitter } from 'node:events'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { invokeContract, pushContract, type PlannerApi } from '../../../src/shared/ipc/contract'

// Electron's modules exist only inside Electron: stand-ins record what the preload exposes and sends.
const exposed = new Map<string, unknown>()
const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(async () => 'answer')
})
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer
}))

let planner: PlannerApi
beforeAll(async () => {
  await import('../../../src/preload/index')
  planner = exposed.get('planner') as PlannerApi
})

describe('preload', () => {
  it('exposes only window.planner, with one method per contract channel', () => {
    expect([...exposed.keys()]).toEqual(['planner'])
    const expected = [
      ...Object.keys(invokeContract),
      ...Object.keys(pushContract).map((name) => `on${name[0]!.toUpperCase()}${name.slice(1)}`)
    ].sort()
    expect(Object.keys(planner).sort()).toEqual(expected)
  })

  it('sends each request on its own channel with the payload alone', async () => {
    await expect(planner.openExternal({ url: 'https://example.org/' })).resolves.toBe('answer')
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('shell:open-external', { url: 'https://example.org/' })
    await planner.listBackups()
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('backups:list')
  })

  it('keeps a push that arrives before the page subscribes, and never passes the IPC event', () => {
    const sender = { id: 1, secret: 'ipc event' }
    ipcRenderer.emit('session:open', sender, { sessionId: 'early' })
    const received: unknown[][] = []
    const unsubscribe = planner.onOpenSession((...args: unknown[]) => received.push(args))
    ipcRenderer.emit('session:open', sender, { sessionId: 'later' })
    expect(received).toEqual([[{ sessionId: 'early' }], [{ sessionId: 'later' }]])
    unsubscribe()
    ipcRenderer.emit('session:open', sender, { sessionId: 'after unsubscribe' })
    expect(received).toHaveLength(2)
  })
})
