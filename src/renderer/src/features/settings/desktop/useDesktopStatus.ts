// Reads and changes the desktop integration settings main keeps (null in a browser, where there are none).
import { useCallback, useEffect, useState } from 'react'
import type { DesktopPreferences, DesktopStatus } from '../../../../../shared/ipc/contract'
import { useT } from '../../../i18n/translations'
import { usePlatform } from '../../../platform/PlatformContext'

/** How often the status is read again while it says the reminders may be out of date. */
export const STALE_RECHECK_MS = 15_000

export interface DesktopStatusState {
  /** undefined while loading, null where there is no desktop app. */
  readonly status: DesktopStatus | null | undefined
  readonly error: string | null
  update(change: Partial<DesktopPreferences>): Promise<void>
  pause(choice: 'hour' | 'restOfDay' | 'resume'): Promise<void>
}

export function useDesktopStatus(): DesktopStatusState {
  const platform = usePlatform()
  const t = useT()
  const [status, setStatus] = useState<DesktopStatus | null | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(() => platform.getDesktopStatus().then(setStatus), [platform])
  useEffect(() => {
    void reload()
  }, [reload])
  // While main says its reminders may be out of date, ask again now and then: the page syncs on its own, and the
  // note must go once main has the reminders.
  const mayBeStale = status?.remindersMayBeStale === true
  useEffect(() => {
    if (!mayBeStale) return
    const timer = window.setInterval(() => void reload(), STALE_RECHECK_MS)
    return () => window.clearInterval(timer)
  }, [mayBeStale, reload])

  const update = useCallback(
    async (change: Partial<DesktopPreferences>) => {
      try {
        setStatus(await platform.setDesktopPreferences(change))
        setError(null)
      } catch (cause) {
        // The setting stays as it was (main saves nothing when the OS refuses); say why.
        setError(t('settings.desktop.changeFailed', { reason: cause instanceof Error ? cause.message : String(cause) }))
        await reload()
      }
    },
    [platform, reload, t]
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
