// The open screen, remembered across relaunches (a desktop window has no address bar to keep it).
import { useCallback, useEffect, useState } from 'react'
import { useDatabase } from '../db/DatabaseContext'
import { isScreenId, type ScreenId } from './screens'

const LAST_SCREEN_KEY = 'ui.lastScreen'

/** The open screen (null until the remembered one is loaded) and a function to open another. */
export function useCurrentScreen(): [ScreenId | null, (screen: ScreenId) => void] {
  const database = useDatabase()
  const [screen, setScreen] = useState<ScreenId | null>(null)
  const settings = database.status === 'ready' ? database.settings : null

  useEffect(() => {
    if (!settings) return
    let cancelled = false
    settings.get(LAST_SCREEN_KEY, isScreenId, 'calendar').then(
      (stored) => {
        // A choice the user made while this was loading wins over the remembered one.
        if (!cancelled) setScreen((current) => current ?? stored)
      },
      (error: unknown) => {
        console.error('Could not read the last screen', error)
        if (!cancelled) setScreen((current) => current ?? 'calendar')
      }
    )
    return () => {
      cancelled = true
    }
  }, [settings])

  const open = useCallback(
    (next: ScreenId) => {
      setScreen(next)
      void settings?.set(LAST_SCREEN_KEY, next)
    },
    [settings]
  )
  return [screen, open]
}
