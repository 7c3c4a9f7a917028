// The calendar lets its sessions in once FullCalendar's grid has been through a ResizeObserver delivery, or after a fallback.
import { act, render, screen } from '@testing-library/react'
import { useRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  UNMEASURED_FALLBACK_MS,
  useGridMeasured
} from '../../../../../src/renderer/src/features/calendar/useGridMeasured'

/** Stands in for the browser's ResizeObserver (happy-dom's never delivers): `deliver()` plays the next frame's delivery. */
class FrameResizeObserver {
  static instances: FrameResizeObserver[] = []
  observed: Element[] = []
  constructor(private readonly callback: ResizeObserverCallback) {
    FrameResizeObserver.instances.push(this)
  }
  observe(target: Element) {
    this.observed.push(target)
  }
  unobserve() {}
  disconnect() {
    this.observed = []
  }
  static deliver() {
    for (const observer of FrameResizeObserver.instances)
      if (observer.observed.length > 0) observer.callback([], observer as unknown as ResizeObserver)
  }
}

function Probe() {
  const frame = useRef<HTMLDivElement>(null)
  const measured = useGridMeasured(frame)
  return <div ref={frame}>{measured ? 'sessions' : 'grid only'}</div>
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
  FrameResizeObserver.instances = []
})

describe('useGridMeasured', () => {
  it('holds the sessions back until the first delivery, then lets them in before that callback returns', () => {
    vi.stubGlobal('ResizeObserver', FrameResizeObserver)
    render(<Probe />)
    expect(screen.getByText('grid only')).toBeTruthy()
    FrameResizeObserver.deliver()
    // Synchronous: the sessions are laid out in the same frame, before it is painted.
    expect(screen.getByText('sessions')).toBeTruthy()
  })

  it('lets the sessions in after the fallback delay when the grid is never measured (a calendar mounted hidden)', () => {
    vi.useFakeTimers()
    vi.stubGlobal('ResizeObserver', FrameResizeObserver)
    render(<Probe />)
    act(() => vi.advanceTimersByTime(UNMEASURED_FALLBACK_MS - 1))
    expect(screen.getByText('grid only')).toBeTruthy()
    act(() => vi.advanceTimersByTime(1))
    expect(screen.getByText('sessions')).toBeTruthy()
  })

  it('shows the sessions at once where there is no ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined)
    render(<Probe />)
    expect(screen.getByText('sessions')).toBeTruthy()
  })
})
