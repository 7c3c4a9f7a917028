// Asking for a sync reaches a page in any state: open, crashed, or no window at all; it never shows a window.
import { describe, expect, it } from 'vitest'
import { pushChannels } from '../../../../src/shared/ipc/channels'
import { askRendererToSync, type SyncingWindow } from '../../../../src/main/reminders/askRendererToSync'

function fakeWindow(state: { crashed?: boolean; destroyed?: boolean } = {}) {
  const calls: string[] = []
  const window: SyncingWindow = {
    webContents: {
      isDestroyed: () => state.destroyed ?? false,
      isCrashed: () => state.crashed ?? false,
      reload: () => calls.push('reload'),
      send: (channel, payload) => calls.push(`send ${channel} ${JSON.stringify(payload)}`)
    }
  }
  return { window, calls }
}

function asker(window: SyncingWindow | null) {
  const events: string[] = []
  const ask = askRendererToSync({
    current: () => window,
    createHidden: async () => void events.push('createHidden'),
    onError: (message) => events.push(`error ${message}`)
  })
  return { ask, events }
}

describe('askRendererToSync', () => {
  it('sends the request to an open page', () => {
    const { window, calls } = fakeWindow()
    const { ask, events } = asker(window)
    ask()
    expect(calls).toEqual([`send ${pushChannels.requestReminderSync} {}`])
    expect(events).toEqual([])
  })

  it('reloads a crashed page, which syncs as it starts', () => {
    const { window, calls } = fakeWindow({ crashed: true })
    asker(window).ask()
    expect(calls).toEqual(['reload'])
  })

  it('creates a hidden window when there is none', async () => {
    const { ask, events } = asker(null)
    ask()
    await Promise.resolve()
    expect(events).toEqual(['createHidden'])
  })

  it('logs a hidden window that cannot be created', async () => {
    const events: string[] = []
    askRendererToSync({
      current: () => null,
      createHidden: () => Promise.reject(new Error('no display')),
      onError: (message) => events.push(message)
    })()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(events).toEqual(['Could not open a hidden window to sync reminders'])
  })

  it('does nothing with a destroyed page', () => {
    const { window, calls } = fakeWindow({ destroyed: true })
    asker(window).ask()
    expect(calls).toEqual([])
  })
})
