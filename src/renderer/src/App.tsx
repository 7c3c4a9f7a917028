// Wiring only: the platform, the database and the shell with its screens.
import { lazy, Suspense, type ComponentType } from 'react'
import { AppShell } from './components/AppShell'
import type { ScreenId } from './components/screens'
import { DatabaseProvider } from './db/DatabaseContext'
import type { PlannerDB } from './db/PlannerDB'
import { CalendarScreen } from './components/CalendarScreen'
import type { Platform } from './platform/Platform'
import { PlatformProvider } from './platform/PlatformContext'
import { useT } from './i18n/translations'

// Screens other than the calendar load on first visit, keeping the app's start-up JavaScript small.
const RoadmapScreen = lazy(() =>
  import('./features/roadmap/RoadmapScreen').then((module) => ({ default: module.RoadmapScreen }))
)
const ProgressScreen = lazy(() =>
  import('./features/progress/ProgressScreen').then((module) => ({ default: module.ProgressScreen }))
)
const SettingsScreen = lazy(() =>
  import('./features/settings/SettingsScreen').then((module) => ({ default: module.SettingsScreen }))
)

const screenComponents: Record<ScreenId, ComponentType> = {
  calendar: CalendarScreen,
  roadmap: RoadmapScreen,
  progress: ProgressScreen,
  settings: SettingsScreen
}

export function App({ platform, db }: { platform: Platform; db: PlannerDB }) {
  const t = useT()
  return (
    <PlatformProvider platform={platform}>
      <DatabaseProvider db={db}>
        <AppShell
          renderScreen={(screen) => {
            const Screen = screenComponents[screen]
            return (
              <Suspense fallback={<p aria-live="polite">{t('common.loading')}</p>}>
                <Screen />
              </Suspense>
            )
          }}
        />
      </DatabaseProvider>
    </PlatformProvider>
  )
}
