// Provides the Platform to components; picks the Electron implementation when the preload exposed window.planner.
import { createContext, useContext, type ReactNode } from 'react'
import { createBrowserPlatform } from './browserPlatform'
import { createElectronPlatform } from './electronPlatform'
import type { Platform } from './Platform'

const PlatformContext = createContext<Platform | null>(null)

/** The Platform for this window: Electron's when the preload ran, the browser's otherwise. */
export function detectPlatform(browserWindow: Window): Platform {
  return browserWindow.planner ? createElectronPlatform(browserWindow.planner) : createBrowserPlatform(browserWindow)
}

export function PlatformProvider({ platform, children }: { platform: Platform; children: ReactNode }) {
  return <PlatformContext.Provider value={platform}>{children}</PlatformContext.Provider>
}

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext)
  if (!platform) throw new Error('usePlatform must be used inside <PlatformProvider>')
  return platform
}
