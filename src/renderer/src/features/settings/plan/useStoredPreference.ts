// A preference read from and written to the settings table, so it survives a restart.
import { useCallback, useEffect, useState } from 'react'
import { useRepositories } from '../../../db/DatabaseContext'

/** The stored value (undefined while loading) and a setter that stores it. */
export function useStoredPreference<T>(key: string, isValid: (value: unknown) => value is T, fallback: T): [T | undefined, (value: T) => Promise<void>] {
  const repos = useRepositories()
  const [value, setValue] = useState<T | undefined>(undefined)
  useEffect(() => {
    let live = true
    void repos?.settings.get(key, isValid, fallback).then((stored) => live && setValue(stored))
    return () => {
      live = false
    }
    // `fallback` and `isValid` are constants at every call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [repos, key])
  const store = useCallback(
    async (next: T) => {
      setValue(next)
      await repos?.settings.set(key, next)
    },
    [repos, key]
  )
  return [value, store]
}
