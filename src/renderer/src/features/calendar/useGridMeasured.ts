// Holds a calendar's sessions back until FullCalendar has measured its grid, so they are laid out once, not twice.
import { useLayoutEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'

/** A calendar mounted hidden is never measured; its sessions show after this long anyway. */
export const UNMEASURED_FALLBACK_MS = 250

/**
 * False until the element around a FullCalendar has been through its first ResizeObserver delivery.
 *
 * FullCalendar places events on estimated slot heights, measures its grid through a ResizeObserver in the next
 * frame and then re-renders and re-lays-out every event with the measured sizes: for a busy week that second layout
 * cost as much as a fifth of opening the calendar. Its observer exists before this one, so it is called first in
 * that frame; this one then lets the sessions in, synchronously, so they are laid out once, on the measured grid,
 * before the frame is painted. Should the order ever differ, the sessions merely arrive one pass earlier.
 */
export function useGridMeasured(element: RefObject<HTMLElement | null>): boolean {
  // Without ResizeObserver nothing will measure the grid: the sessions show at once.
  const [measured, setMeasured] = useState(() => typeof ResizeObserver === 'undefined')
  useLayoutEffect(() => {
    const target = element.current
    if (measured || !target) return
    const fallback = setTimeout(() => setMeasured(true), UNMEASURED_FALLBACK_MS)
    const observer = new ResizeObserver(() => {
      observer.disconnect()
      clearTimeout(fallback)
      flushSync(() => setMeasured(true))
    })
    observer.observe(target)
    return () => {
      observer.disconnect()
      clearTimeout(fallback)
    }
  }, [element, measured])
  return measured
}
