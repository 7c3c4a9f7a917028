// Gives focus back to what opened a panel when the panel closes, so a keyboard user carries on from there.
import { useLayoutEffect, useState, type RefObject } from 'react'

/** The focused element, or null when focus is nowhere (on the body). */
function focusedElement(): HTMLElement | null {
  const focused = document.activeElement
  return focused instanceof HTMLElement && focused !== document.body ? focused : null
}

/**
 * For a panel that is mounted while open: when it unmounts, focuses again the element that had focus when it
 * opened, if that is still on the page and focus was inside `container` or lost (not moved elsewhere on purpose).
 */
export function useFocusReturn(container: RefObject<HTMLElement | null>): void {
  // Read at the first render: a child's autoFocus may already have moved focus inside by the time effects run.
  const [opener] = useState(focusedElement)
  useLayoutEffect(() => {
    const element = container.current
    return () => {
      const now = document.activeElement
      const focusLeftWithIt = !now || now === document.body || (element?.contains(now) ?? false)
      if (opener?.isConnected && focusLeftWithIt) opener.focus()
    }
  }, [container, opener])
}
