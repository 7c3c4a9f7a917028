// Escape closes the panel or prompt opened last, wherever focus is inside the window.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

// Open layers, oldest first: Escape closes only the newest (a session panel opened over the missed-sessions prompt
// closes before the prompt does).
const layers: RefObject<() => void>[] = []

function onKeyDown(event: KeyboardEvent): void {
  const newest = layers.at(-1)
  if (event.key !== 'Escape' || event.defaultPrevented || !newest) return
  event.preventDefault()
  newest.current()
}

/** Calls `onEscape` when Escape is pressed, nothing else handled it, and no layer using this hook opened later. */
export function useEscape(onEscape: () => void): void {
  const latest = useRef(onEscape)
  useLayoutEffect(() => {
    latest.current = onEscape
  })
  useEffect(() => {
    layers.push(latest)
    if (layers.length === 1) window.addEventListener('keydown', onKeyDown)
    return () => {
      layers.splice(layers.indexOf(latest), 1)
      if (layers.length === 0) window.removeEventListener('keydown', onKeyDown)
    }
  }, [])
}
