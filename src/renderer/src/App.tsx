// Wiring only: the platform, the database and the shell with its screens.
import { AppShell } from './components/AppShell'
import type { ScreenId } from './components/screens'
import { DatabaseProvider } from './db/DatabaseContext'
import type { PlannerDB } from './db/PlannerDB'
import { CalendarScreen } from './features/calendar/CalendarScreen'
import { ProgressScreen } from './features/progress/ProgressScreen'
import { RoadmapScreen } from './features/roadmap/RoadmapScreen'
import { SettingsScreen } from './features/settings/SettingsScreen'
import type { Platform } from './platform/Platform'
import { PlatformProvider } from './platform/PlatformContext'

const screenComponents: Record<ScreenId, () => React.JSX.Element> = {
  calendar: CalendarScreen,
  roadmap: RoadmapScreen,
  progress: ProgressScreen,
  settings: SettingsScreen
}

export function App({ platform, db }: { platform: Platform; db: PlannerDB }) {
  return (
    <PlatformProvider platform={platform}>
      <DatabaseProvider db={db}>
        <AppShell
          renderScreen={(screen) => {
            const Screen = screenComponents[screen]
            return <Screen />
          }}
        />
      </DatabaseProvider>
    </PlatformProvider>
  )
}
