// Quitting waits for the reminder state's last write, but never longer than the timeout.
import { EventEmitter } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { finishBeforeQuit } from '../../../../src/main/lifecycle/finishBeforeQuit'

/** Stands in for Electron's app: quit() emits 'before-quit' and really quits unless a listener prevents it. */
class FakeApp extends EventEmitter {
  quitAttempts = 0
  quitted = false
  quit() {
    this.quitAttempts++
    let prevented = false
    this.emit('before-quit', { preventDefault: () => (prevented = true) })
    if (!prevented) this.quitted = true
  }
}

/** A promise and the function that resolves it. */
function deferred() {
  let resolve: (() => void) | undefined
  const promise = new Promise<void>((done) => (resolve = done))
  return { promise, resolve: () => resolve?.() }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('finishBeforeQuit', () => {
  it('quits only after the pending work has finished', async () => {
    const app = new FakeApp()
    const write = deferred()
    finishBeforeQuit(app, () => write.promise)
    app.quit()
    app.quit() // a second Quit while waiting changes nothing
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(app.quitted).toBe(false)
    write.resolve()
    await vi.waitFor(() => expect(app.quitted).toBe(true))
    expect(app.quitAttempts).toBe(3)
  })

  it('quits even when the work fails', async () => {
    const app = new FakeApp()
    finishBeforeQuit(app, () => Promise.reject(new Error('disk full')))
    app.quit()
    await vi.waitFor(() => expect(app.quitted).toBe(true))
  })

  it('quits after the timeout when the work never finishes', async () => {
    vi.useFakeTimers()
    const app = new FakeApp()
    finishBeforeQuit(app, () => new Promise(() => {}), 3000)
    app.quit()
    await vi.advanceTimersByTimeAsync(2999)
    expect(app.quitted).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(app.quitted).toBe(true)
  })
})
