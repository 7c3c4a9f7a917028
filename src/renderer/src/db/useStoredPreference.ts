// A preference read from and written to the settings table, so it survives a restart and every screen sees changes.
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useState } from 'react'
import { useRepositories } from './DatabaseContext'

/**
 * The stored value (undefined while loading) and a setter that stores it. Live: a change made on one screen reaches
 * every other user of the same key (the shell's theme, the reminder sync's digest time, the calendar's week start).
 */
export function useStoredPreference<T>(
  key: string,
  isValid: (value: unknown) => value is T,
  fallback: T
): [T | undefined, (value: T) => Promise<void>] {
  const repos = useRepositories()
  // `fallback` and `isValid` are constants at every call site.
  const stored = useLiveQuery(() => repos.settings.get(key, isValid, fallback), [repos, key])
  // A chosen value shows until the live read hands back anything newer than what it replaced, so a control never
  // flicks back to the old value while the write and the read catch up.
  const [pending, setPending] = useState<{ readonly value: T; readonly replacing: T | undefined } | null>(null)
  const store = useCallback(
    async (next: T) => {
      setPending({ value: next, replacing: stored })
      try {
        await repos.settings.set(key, next)
      } catch (error) {
        setPending(null)
        throw error
      }
    },
    [repos, key, stored]
  )
  // Once the live read has moved on, the pending choice is done with: forget it during render (React's pattern for
  // state derived from props), so a later change back, made elsewhere, shows as it is.
  if (pending && pending.replacing !== stored) setPending(null)
  return [pending && pending.replacing === stored ? pending.value : stored, store]
}
