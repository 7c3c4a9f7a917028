// The current time for display, refreshed on a steady tick (the countdown and the now line move with it).
import { useEffect, useState } from 'react'

export function useNow(tickMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), tickMs)
    return () => window.clearInterval(timer)
  }, [tickMs])
  return now
}
