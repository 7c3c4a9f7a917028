// Escape closes the open panel or prompt, wherever focus is inside the window.
import { useEffect, useLayoutEffect, useRef } from 'react'

/** Calls `onEscape` when Escape is pressed and nothing else handled it. */
export function useEscape(onEscape: () => void): void {
  const latest = useRef(onEscape)
  useLayoutEffect(() => {
    latest.current = onEscape
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      event.preventDefault()
      latest.current()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
