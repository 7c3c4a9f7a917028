// The entry draws the frame before the app has loaded, hands over once it has, and says so when loading fails.
import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Entry } from '../../../../src/renderer/src/components/Entry'

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: Error) => void
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve
    reject = onReject
  })
  return { promise, resolve, reject }
}

describe('Entry', () => {
  it('shows the frame and the opening message until the app loads, then the app', async () => {
    const loading = deferred<() => React.JSX.Element>()
    render(<Entry load={() => loading.promise} />)
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy()
    expect(screen.getByText('Opening your study data…')).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Calendar' }) as HTMLButtonElement).disabled).toBe(true)
    await act(async () => loading.resolve(() => <p>The app</p>))
    expect(await screen.findByText('The app')).toBeTruthy()
    expect(screen.queryByText('Opening your study data…')).toBeNull()
  })

  it('says the app could not load instead of waiting forever', async () => {
    const loading = deferred<() => React.JSX.Element>()
    render(<Entry load={() => loading.promise} />)
    await act(async () => loading.reject(new Error('chunk missing')))
    expect((await screen.findByRole('alert')).textContent).toContain('could not load its parts (chunk missing)')
  })
})
