// The app's shell: screen navigation and shortcuts, the open screen, reminders and their banners, the database status.
import { useCallback, useEffect, type ReactNode } from 'react'
import { DatabaseReady, useDatabase } from '../db/DatabaseContext'
import { useT } from '../i18n/translations'
import { translateRef } from '../../../shared/i18n/ref'
import { useReminderSync } from '../features/reminders/useReminderSync'
import { CalendarSyncAlert } from '../features/settings/calendarSync/CalendarSyncAlert'
import { useCalendarPublishing } from '../features/settings/calendarSync/useCalendarPublishing'
import { useCalendarSyncStatus } from '../features/settings/calendarSync/useCalendarSyncStatus'
import { useTheme } from '../features/settings/plan/useTheme'
import { useLanguageSync } from '../i18n/useLanguageSync'
import { ShortcutsListProvider } from './shortcuts/ShortcutsList'
import { usePlatform } from '../platform/PlatformContext'
import { NewPlanRequestProvider } from './newPlanRequest'
import { PlanSwitcher } from './PlanSwitcher'
import { ReminderBanners } from './ReminderBanners'
import { RestoreOfferBanner } from './RestoreOfferBanner'
import { screens, type ScreenId } from './screens'
import { SessionRequestProvider } from './sessionRequest'
import { OpeningMessage, ShellFrame } from './ShellFrame'
import { StudyTimerBar } from './StudyTimerBar'
import { useCurrentScreen } from './useCurrentScreen'

export function AppShell({ renderScreen }: { renderScreen: (screen: ScreenId) => ReactNode }) {
  const database = useDatabase()
  const t = useT()
  const [current, open] = useCurrentScreen()
  useScreenShortcuts(open)
  const platform = usePlatform()
  useEffect(() => platform.onShowScreen(open), [platform, open])
  const showCalendar = useCallback(() => open('calendar'), [open])

  return (
    <ShortcutsListProvider>
      <SessionRequestProvider showCalendar={showCalendar}>
        <NewPlanRequestProvider showCalendar={showCalendar}>
          <ShellFrame
            current={current}
            onOpen={open}
            timer={
              <DatabaseReady>
                <StudyTimerBar />
              </DatabaseReady>
            }
            planSwitcher={
              <DatabaseReady>
                <PlanSwitcher />
              </DatabaseReady>
            }
          >
            <DatabaseReady>
              <StoredSettingsAndReminders />
            </DatabaseReady>
            <ReminderBanners />
            {current !== 'settings' ? <RestoreOfferBanner onOpenSettings={() => open('settings')} /> : null}
            {current !== 'settings' ? <CalendarSyncAlert onOpenSettings={() => open('settings')} /> : null}
            {database.status === 'failed' ? (
              <div role="alert" className="banner banner-error">
                {translateRef(t, database.message)}
              </div>
            ) : null}
            <DatabaseReady>{current ? renderScreen(current) : null}</DatabaseReady>
            {database.status === 'opening' ? (
              <OpeningMessage waitingFor={database.waitingFor && translateRef(t, database.waitingFor)} />
            ) : null}
          </ShellFrame>
        </NewPlanRequestProvider>
      </SessionRequestProvider>
    </ShortcutsListProvider>
  )
}

/** What the shell keeps doing from stored data once the database is open, whatever screen is showing. */
function StoredSettingsAndReminders() {
  // The chosen theme (light, dark or the system's) applies from the first screen, not only once Settings opens.
  useTheme()
  // So is the chosen language, which the window's storage may not have had (a restored backup, cleared storage).
  useLanguageSync()
  // Reminders are synced here, not by a screen: the app may reopen (or launch hidden at login) on any screen.
  useReminderSync()
  // So is the learner's CalDAV calendar, for the same reason.
  const [calendarSync] = useCalendarSyncStatus()
  useCalendarPublishing(calendarSync)
  return null
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
