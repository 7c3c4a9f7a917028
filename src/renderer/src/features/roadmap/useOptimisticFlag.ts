// A stored on/off value that shows a change the moment it is made, while the write and the re-plan catch up.
import { useState } from 'react'

/**
 * `stored` is the value as the database has it; `store` writes a change and resolves whether it was kept. The chosen
 * value shows until `stored` moves (the write landed) or the write is refused (the old value comes back).
 */
export function useOptimisticFlag(
  stored: boolean,
  store: (value: boolean) => Promise<boolean>
): { value: boolean; change: (value: boolean) => void } {
  const [pending, setPending] = useState<{ readonly value: boolean; readonly replacing: boolean } | null>(null)
  // Once the stored value has moved, the change is done with: forget it during render (React's pattern for state
  // derived from props), so a later move back, such as an undo, shows as it is.
  if (pending && pending.replacing !== stored) setPending(null)
  const value = pending && pending.replacing === stored ? pending.value : stored
  const change = (next: boolean) => {
    setPending({ value: next, replacing: stored })
    void store(next).then(
      (kept) => kept || setPending(null),
      () => setPending(null)
    )
  }
  return { value, change }
}
