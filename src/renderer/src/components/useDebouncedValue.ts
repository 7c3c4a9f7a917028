// A value that follows its source after a quiet period, so slow work (re-planning) waits for painting to pause.
import { useEffect, useState } from 'react'

/** `value` as it was `delayMs` after its last change; the first value is returned at once. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (Object.is(value, settled)) return
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, settled, delayMs])
  return settled
}
