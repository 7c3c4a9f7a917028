// The progress screen in German: headings, the streak and the sentences about the finish date and pace, with plurals.
import { render, screen, within } from '@testing-library/react'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { de } from '../../../../../src/shared/i18n/catalogs/de'
import { translatorFor } from '../../../../../src/shared/i18n/translator'
import { installCatalog } from '../../../../../src/renderer/src/i18n/translations'
import { DatabaseProvider, DatabaseReady } from '../../../../../src/renderer/src/db/DatabaseContext'
import { PlannerDB } from '../../../../../src/renderer/src/db/PlannerDB'
import { createRepositories } from '../../../../../src/renderer/src/db/repositories'
import { PlatformProvider } from '../../../../../src/renderer/src/platform/PlatformContext'
import { ProgressScreen } from '../../../../../src/renderer/src/features/progress/ProgressScreen'
import { WeeklyChart } from '../../../../../src/renderer/src/features/progress/WeeklyChart'
import { finishSentence, paceSentence } from '../../../../../src/renderer/src/features/progress/progressText'
import type { Pace } from '../../../../../src/renderer/src/features/progress/progressStats'
import { localDateOf } from '../../../../../src/shared/time'
import { NOW, smallPlan } from '../../db/planFixtures'
import { createFakePlatform } from '../../fakePlatform'

const LAZY = { timeout: 15_000 }
const speakGerman = () => installCatalog('de', 'de-DE', de)
const t = translatorFor('de-DE', de)
const openDbs: PlannerDB[] = []
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(Date.UTC(2027, 0, 8, 12)) // Friday 8 January 2027
})
afterEach(async () => {
  vi.useRealTimers()
  for (const db of openDbs.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

const pace = (sessions: number, missed: number, ratio: number): Pace => ({
  sessions,
  missed,
  actualMinutes: 0,
  plannedMinutes: 0,
  ratio
})

describe('progress in German', () => {
  it('names the screen’s parts in German, the streak of one day in the singular', async () => {
    const db = new PlannerDB(`progress-de-${Math.random()}`)
    openDbs.push(db)
    const repos = createRepositories(db)
    const created = await repos.plans.createPlan(smallPlan(), NOW)
    if (!created.ok) throw new Error(created.error.message)
    const session = (await repos.plans.allSessions(created.value.planId)).find(
      (s) => s.kind === 'study' && localDateOf(s.startMs, 'Europe/Rome') === '2027-01-07'
    )!
    const done = await repos.sessions.markDone(session.id, 30, session.endMs)
    if (!done.ok) throw new Error(done.error.message)
    speakGerman()
    render(
      <PlatformProvider platform={createFakePlatform({ desktop: null })}>
        <DatabaseProvider db={db}>
          <DatabaseReady>
            <ProgressScreen />
          </DatabaseReady>
        </DatabaseProvider>
      </PlatformProvider>
    )
    await screen.findByRole('heading', { level: 2, name: 'Erledigt' }, LAZY)
    expect(screen.getByRole('heading', { level: 1, name: 'Fortschritt' })).toBeTruthy()
    expect(screen.getByTestId('overall-completion').textContent).toMatch(/^Insgesamt: 5 % \(0,5 von 10 Stunden\)$/)
    expect(screen.getByRole('progressbar', { name: 'First: erledigt' })).toBeTruthy()
    expect(screen.getByTestId('current-streak').textContent).toBe('1 Tag')
    expect(screen.getByRole('heading', { name: 'Anstehende Wiederholungen' })).toBeTruthy()
    expect(screen.getByTestId('pace-sentence').textContent).toMatch(/^In 1 erledigten und \d+ verpassten Lerneinheiten/)
    const table = screen.getByRole('table', { name: 'Gelernte und geplante Stunden pro Woche' })
    expect(within(table).getByRole('columnheader', { name: 'Geplant (Stunden)' })).toBeTruthy()
  })

  it('writes the finish and pace sentences whole, one day and two days agreeing', () => {
    expect(finishSentence('2027-06-01', '2027-06-02', 'de-DE', t)).toBe(
      'Voraussichtliches Ende: 1. Juni 2027. Das ist 1 Tag vor deinem Zieldatum (2. Juni 2027).'
    )
    expect(finishSentence('2027-06-03', '2027-06-01', 'de-DE', t)).toBe(
      'Voraussichtliches Ende: 3. Juni 2027. Das ist 2 Tage nach deinem Zieldatum (1. Juni 2027).'
    )
    expect(paceSentence(pace(1, 0, 1), '2027-03-01', '2027-03-31', 'de-DE', t)).toBe(
      'In 1 erledigten Lerneinheit hast du 100 % der geplanten Zeit gelernt. Bei diesem Tempo bist du zum voraussichtlichen Ende fertig.'
    )
    expect(paceSentence(pace(2, 0, 0.5), '2027-03-01', '2027-03-31', 'de-DE', t)).toBe(
      'In 2 erledigten Lerneinheiten hast du 50 % der geplanten Zeit gelernt. Wenn du dieses Tempo hältst, bist du etwa am 30. April 2027 fertig, 30 Tage später als geplant.'
    )
  })

  it('captions the weekly chart in German, its hours axis in German numbers', () => {
    speakGerman()
    render(
      <WeeklyChart
        weeks={[
          { weekStart: '2027-01-04', studiedMinutes: 90, plannedMinutes: 120 },
          { weekStart: '2027-01-11', studiedMinutes: 30, plannedMinutes: 60 }
        ]}
        locale="de-DE"
      />
    )
    expect(document.querySelector('figcaption')?.textContent).toBe(
      'Stunden pro Woche ab der Woche vom 4. Januar 2027, die älteste links: geplant und gelernt.'
    )
    const ticks = [...document.querySelectorAll('.chart-tick text')].map((tick) => tick.textContent)
    expect(ticks.slice(0, 2)).toEqual(['0 h', '0,5 h'])
    expect(screen.getByText('Stunden pro Woche als Tabelle')).toBeTruthy()
  })
})
