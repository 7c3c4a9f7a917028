// Panels and prompts as layers: Escape closes the one opened last, and focus goes back to what opened it.
import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useRef, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { useFocusReturn } from '../../../../../src/renderer/src/components/useFocusReturn'
import { useEscape } from '../../../../../src/renderer/src/components/useEscape'

function Layer({ name, onEscape }: { name: string; onEscape: (name: string) => void }) {
  useEscape(() => onEscape(name))
  return <p>{name}</p>
}

describe('useEscape', () => {
  it('closes only the layer opened last, then the one under it', () => {
    const closed = vi.fn<(name: string) => void>()
    const { rerender } = render(
      <>
        <Layer name="prompt" onEscape={closed} />
      </>
    )
    rerender(
      <>
        <Layer name="prompt" onEscape={closed} />
        <Layer name="panel" onEscape={closed} />
      </>
    )
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(closed.mock.calls).toEqual([['panel']])
    rerender(
      <>
        <Layer name="prompt" onEscape={closed} />
      </>
    )
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(closed.mock.calls).toEqual([['panel'], ['prompt']])
  })
})

function Panel({ onClose }: { onClose: () => void }) {
  const panel = useRef<HTMLDivElement>(null)
  useFocusReturn(panel)
  useEscape(onClose)
  return (
    <section ref={panel} aria-label="Details">
      {/* autoFocus on purpose: it moves focus inside before any effect runs, which useFocusReturn must survive. */}
      {/* oxlint-disable-next-line jsx-a11y/no-autofocus */}
      <button type="button" autoFocus onClick={onClose}>
        Close
      </button>
    </section>
  )
}

function Opener() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open details
      </button>
      <button type="button">Elsewhere</button>
      {open ? <Panel onClose={() => setOpen(false)} /> : null}
    </>
  )
}

describe('useFocusReturn', () => {
  it('gives focus back to the button that opened the panel when Escape or Close closes it', async () => {
    const user = userEvent.setup()
    render(<Opener />)
    const opener = screen.getByRole('button', { name: 'Open details' })
    await user.click(opener)
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('region', { name: 'Details' })).toBeNull()
    expect(document.activeElement).toBe(opener)

    await user.click(opener)
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(document.activeElement).toBe(opener)
  })

  it('leaves focus where the learner put it outside the panel', async () => {
    const user = userEvent.setup()
    render(<Opener />)
    await user.click(screen.getByRole('button', { name: 'Open details' }))
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' })
    act(() => elsewhere.focus())
    await user.keyboard('{Escape}')
    expect(document.activeElement).toBe(elsewhere)
  })
})
