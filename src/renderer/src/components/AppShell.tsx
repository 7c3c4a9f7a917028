// The app's shell: screen navigation and shortcuts, the open screen, reminder banners and the database status.
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { useDatabase } from '../db/DatabaseContext'
import { useTheme } from '../features/settings/plan/useTheme'
import { isHelpKey } from '../features/shortcuts/shortcutList'
import { usePlatform } from '../platform/PlatformContext'
import { ReminderBanners } from './ReminderBanners'
import { RestoreOfferBanner } from './RestoreOfferBanner'
import { screens, type ScreenId } from './screens'
import { OpeningMessage, ShellFrame } from './ShellFrame'
import { useCurrentScreen } from './useCurrentScreen'

const ShortcutsOverlay = lazy(() => import('../features/shortcuts/ShortcutsOverlay').then((module) => ({ default: module.ShortcutsOverlay })))

export function AppShell({ renderScreen }: { renderScreen: (screen: ScreenId) => ReactNode }) {
  const database = useDatabase()
  const [current, open] = useCurrentScreen()
  useScreenShortcuts(open)
  // The calendar has its own `?` overlay (it pauses the calendar's keys while open); every other screen uses this one.
  const [shortcutsOpen, setShortcutsOpen] = useHelpKey(current !== null && current !== 'calendar')
  // The chosen theme (light, dark or the system's) applies from the first screen, not only once Settings opens.
  useTheme()
  const platform = usePlatform()
  useEffect(() => platform.onShowScreen(open), [platform, open])

  return (
    <>
      <ShellFrame current={current} onOpen={open}>
        <ReminderBanners />
        {current !== 'settings' ? <RestoreOfferBanner onOpenSettings={() => open('settings')} /> : null}
        {database.status === 'failed' ? (
          <div role="alert" className="banner banner-error">
            {database.message}
          </div>
        ) : null}
        {database.status === 'ready' && current ? renderScreen(current) : null}
        {database.status === 'opening' ? <OpeningMessage /> : null}
      </ShellFrame>
      {shortcutsOpen ? (
        <Suspense fallback={null}>
          <ShortcutsOverlay open onClose={() => setShortcutsOpen(false)} />
        </Suspense>
      ) : null}
    </>
  )
}

/** `?` opens the shortcut list while `enabled`; returns whether it is open and a setter. */
function useHelpKey(enabled: boolean): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isHelpKey(event)) return
      event.preventDefault()
      setOpen(true)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [enabled])
  return [open, setOpen]
}

/** Alt+1…4 switch screens, matching the labels' aria-keyshortcuts. */
function useScreenShortcuts(open: (screen: ScreenId) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return
      const screen = screens.find((candidate) => candidate.shortcut === event.key)
      if (!screen) return
      event.preventDefault()
      open(screen.id)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [open])
}
