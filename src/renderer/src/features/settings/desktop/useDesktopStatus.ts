// Reads and changes the desktop integration settings main keeps (null in a browser, where there are none).
import { useCallback, useEffect, useState } from 'react'
import type { DesktopPreferences, DesktopStatus } from '../../../../../shared/ipc/contract'
import { usePlatform } from '../../../platform/PlatformContext'

export interface DesktopStatusState {
  /** undefined while loading, null where there is no desktop app. */
  readonly status: DesktopStatus | null | undefined
  readonly error: string | null
  update(change: Partial<DesktopPreferences>): Promise<void>
  pause(choice: 'hour' | 'restOfDay' | 'resume'): Promise<void>
}

export function useDesktopStatus(): DesktopStatusState {
  const platform = usePlatform()
  const [status, setStatus] = useState<DesktopStatus | null | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(() => platform.getDesktopStatus().then(setStatus), [platform])
  useEffect(() => {
    void reload()
  }, [reload])

  const update = useCallback(
    async (change: Partial<DesktopPreferences>) => {
      try {
        setStatus(await platform.setDesktopPreferences(change))
        setError(null)
      } catch (cause) {
        // The setting stays as it was (main saves nothing when the OS refuses); say why.
        setError(`That setting could not be changed: ${cause instanceof Error ? cause.message : String(cause)}`)
        await reload()
      }
    },
    [platform, reload]
  )
  const pause = useCallback(
    async (choice: 'hour' | 'restOfDay' | 'resume') => {
      await platform.pauseReminders(choice)
      await reload()
    },
    [platform, reload]
  )
  return { status, error, update, pause }
}
