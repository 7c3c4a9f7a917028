// The calendar sync's status as main reports it: read once, then followed through main's pushes.
import { useEffect, useState } from 'react'
import type { CalendarSyncStatus } from '../../../../../shared/ipc/calendarSync'
import { usePlatform } from '../../../platform/PlatformContext'

/** The status; undefined until main first answered. `refresh` adopts a status an action answered with. */
export function useCalendarSyncStatus(): [CalendarSyncStatus | undefined, (status: CalendarSyncStatus) => void] {
  const platform = usePlatform()
  const [status, setStatus] = useState<CalendarSyncStatus | undefined>(undefined)
  useEffect(() => {
    let live = true
    const stop = platform.onCalendarSyncStatus((pushed) => live && setStatus(pushed))
    platform
      .getCalendarSync()
      .then((read) => live && setStatus((pushed) => pushed ?? read))
      .catch((error: unknown) => console.error('Calendar sync status failed', error))
    return () => {
      live = false
      stop()
    }
  }, [platform])
  return [status, setStatus]
}
