// Renders one component with fixed data for Playwright checks and screenshots: ?c=onboarding|calendar&view=week|month|agenda.
import { createRoot } from 'react-dom/client'
import { en } from '../../../../src/shared/i18n/catalogs/en'
import { installCatalog } from '../../../../src/renderer/src/i18n/translations'
import { useState } from 'react'
import '../../../../src/renderer/src/styles/app.css'
import { aiEngineerRoadmap } from '../../../../src/shared/roadmaps/aiEngineer'
import { Onboarding } from '../../../../src/renderer/src/features/onboarding/Onboarding'
import { StudyCalendar, type CalendarView } from '../../../../src/renderer/src/features/calendar/StudyCalendar'
import { MissedSessionsPrompt } from '../../../../src/renderer/src/features/calendar/MissedSessionsPrompt'
import { SessionPanel } from '../../../../src/renderer/src/features/calendar/SessionPanel'
import { TodayPanel } from '../../../../src/renderer/src/features/calendar/TodayPanel'
import { indexTopics } from '../../../../src/renderer/src/features/calendar/sessionEvents'
import { ShortcutsOverlay } from '../../../../src/renderer/src/components/shortcuts/ShortcutsOverlay'
import { createBrowserPlatform } from '../../../../src/renderer/src/platform/browserPlatform'
import { PlatformProvider } from '../../../../src/renderer/src/platform/PlatformContext'
import { previewMissedOptions } from '../../../../src/shared/scheduling/missed'
import { harnessAvailability, harnessInput, harnessNow, harnessSessions, harnessZone } from './fixtures'

declare global {
  interface Window {
    harnessLog: unknown[]
  }
}
window.harnessLog = []
const log = (entry: unknown) => window.harnessLog.push(entry)
const params = new URLSearchParams(location.search)

function CalendarHarness() {
  const [sessions, setSessions] = useState(harnessSessions)
  const [view, setView] = useState((params.get('view') ?? 'week') as CalendarView)
  return (
    <main style={{ height: '100vh', padding: 12, display: 'flex', flexDirection: 'column' }}>
      <h1 style={{ margin: '0 0 8px', fontSize: '1.2rem' }}>Calendar</h1>
      <StudyCalendar
        sessions={sessions}
        stages={aiEngineerRoadmap.stages}
        availability={harnessAvailability}
        view={view}
        onViewChange={setView}
        now={harnessNow}
        timeZone={harnessZone}
        firstDay={1}
        locale="en-GB"
        onMoveSession={(id, startMs, endMs) => {
          log({ move: id, startMs, endMs })
          setSessions((current) =>
            current.map((session) => (session.id === id ? { ...session, startMs, endMs, pinned: true } : session))
          )
        }}
        onRefusedMove={() => log({ refused: true })}
        onOpenSession={(id) => log({ open: id })}
      />
    </main>
  )
}

function PanelsHarness() {
  const sessions = harnessSessions()
  const review = params.get('kind') === 'review'
  const session = { ...sessions[3]!, ...(review ? { kind: 'review' as const, minutes: 15 } : {}) }
  const place = indexTopics(aiEngineerRoadmap.stages).get(session.topicId)!
  const missed = sessions.filter((candidate) => candidate.endMs <= harnessNow && candidate.status === 'planned')
  const stored = {
    roadmap: harnessInput.roadmap,
    availability: harnessInput.availability,
    settings: harnessInput.settings,
    sessions,
    reviews: []
  }
  const previews = previewMissedOptions(stored, harnessNow, null)
  return (
    <main
      style={{
        padding: 24,
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
        gap: 16,
        alignItems: 'start'
      }}
    >
      <h1 style={{ gridColumn: '1 / -1', margin: 0, fontSize: '1.2rem' }}>Panels</h1>
      <PlatformProvider platform={createBrowserPlatform(window)}>
        <SessionPanel
          session={session}
          topic={place.topic}
          stage={place.stage}
          timeZone={harnessZone}
          locale="en-GB"
          notes=""
          onNotesChange={(notes) => log({ notes })}
          timer={null}
          now={harnessNow}
          onStart={() => log('start')}
          onDone={(minutes, rating) => log(rating ? { done: minutes, rating } : { done: minutes })}
          onSkip={() => log('skip')}
          onClose={() => log('close')}
        />
      </PlatformProvider>
      <TodayPanel
        now={harnessNow}
        sessions={sessions}
        stages={aiEngineerRoadmap.stages}
        timeZone={harnessZone}
        firstDay={1}
        locale="en-GB"
        onOpenSession={(id) => log({ open: id })}
      />
      {previews.ok ? (
        <MissedSessionsPrompt
          missedCount={missed.length}
          options={previews.options}
          previousFinishDate={null}
          today="2027-01-06"
          locale="en-GB"
          onApply={(option) => log({ apply: option.option })}
          onDismiss={() => log('dismiss')}
        />
      ) : null}
      <ShortcutsOverlay open={params.get('help') === '1'} onClose={() => log('close-help')} />
    </main>
  )
}

function Harness() {
  switch (params.get('c')) {
    case 'calendar':
      return <CalendarHarness />
    case 'panels':
      return <PanelsHarness />
    default:
      return (
        <main style={{ padding: 24 }}>
          <Onboarding
            roadmaps={[aiEngineerRoadmap]}
            now={harnessNow}
            timeZone={harnessZone}
            locale="en-GB"
            onCreatePlan={async (input) => void log({ create: input.settings })}
            onImportRoadmap={async () => ({ ok: false, message: 'Not in the harness' })}
          />
        </main>
      )
  }
}

// Components speak English here, as in the app before another language is chosen.
installCatalog('en', 'en-US', en)
createRoot(document.getElementById('root')!).render(<Harness />)
