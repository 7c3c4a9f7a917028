// Pushes to the renderer carry only payloads that match the contract.
import { describe, expect, it } from 'vitest'
import { sendPush, type PushTarget } from '../../../../src/main/ipc/sendPush'

function recordingTarget(destroyed = false) {
  const sent: Array<[string, unknown]> = []
  const target: PushTarget = {
    isDestroyed: () => destroyed,
    send: (channel, payload) => void sent.push([channel, payload])
  }
  return { target, sent }
}

describe('sendPush', () => {
  it('sends a valid payload on the contract channel', () => {
    const { target, sent } = recordingTarget()
    expect(sendPush(target, 'openSession', { sessionId: 's-42' })).toBe(true)
    expect(sent).toEqual([['session:open', { sessionId: 's-42' }]])
  })

  it('sends nothing for an invalid payload or a closed window', () => {
    const live = recordingTarget()
    expect(sendPush(live.target, 'openSession', { sessionId: '' })).toBe(false)
    expect(sendPush(live.target, 'openSession', { sessionId: 'x'.repeat(201) })).toBe(false)
    expect(live.sent).toEqual([])
    const closed = recordingTarget(true)
    expect(sendPush(closed.target, 'openSession', { sessionId: 's-1' })).toBe(false)
    expect(sendPush(null, 'openSession', { sessionId: 's-1' })).toBe(false)
    expect(closed.sent).toEqual([])
  })
})
