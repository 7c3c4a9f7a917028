// Loads what the Platform reports about the running app.
import { useEffect, useState } from 'react'
import type { AppInfo } from '../../../../shared/ipc/contract'
import { usePlatform } from '../../platform/PlatformContext'

export function useAppInfo(): AppInfo | null {
  const platform = usePlatform()
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    let cancelled = false
    void platform.getAppInfo().then((loaded) => !cancelled && setInfo(loaded))
    return () => {
      cancelled = true
    }
  }, [platform])
  return info
}
