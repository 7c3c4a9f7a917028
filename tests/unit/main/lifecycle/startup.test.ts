// A start that fails quits the app instead of leaving a windowless process holding the single-instance lock.
import { describe, expect, it } from 'vitest'
import { startWhenReady, type StartingApp } from '../../../../src/main/lifecycle/startup'

function fakeApp(ready: Promise<unknown> = Promise.resolve()) {
  const calls: string[] = []
  const app: StartingApp = { whenReady: () => ready, quit: () => void calls.push('quit') }
  return { app, calls }
}

describe('startWhenReady', () => {
  it('starts once ready and keeps running', async () => {
    const { app, calls } = fakeApp()
    await startWhenReady(
      app,
      async () => void calls.push('start'),
      (message) => calls.push(message)
    )
    expect(calls).toEqual(['start'])
  })

  it('logs and quits when the start throws (for example on a dev server URL no policy can be built for)', async () => {
    const { app, calls } = fakeApp()
    const errors: unknown[] = []
    await startWhenReady(
      app,
      async () => {
        throw new TypeError('Invalid URL')
      },
      (message, error) => {
        calls.push(message)
        errors.push(error)
      }
    )
    expect(calls).toEqual(['App failed to start', 'quit'])
    expect(errors[0]).toBeInstanceOf(TypeError)
  })

  it('logs and quits when Electron never becomes ready', async () => {
    const { app, calls } = fakeApp(Promise.reject(new Error('no display')))
    await startWhenReady(
      app,
      async () => void calls.push('start'),
      (message) => calls.push(message)
    )
    expect(calls).toEqual(['App failed to start', 'quit'])
  })
})
