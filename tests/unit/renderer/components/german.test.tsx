// The shared components and helpers in German (and a few in Spanish): whole sentences from the catalogs, plurals by
// count, a time zone's city and region in the learner's language, the undo button for every stored step.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PaceChoice } from '../../../../src/renderer/src/components/planInputs/PaceChoice'
import { AvailabilityStep } from '../../../../src/renderer/src/components/planInputs/AvailabilityStep'
import { emptyCells } from '../../../../src/renderer/src/components/planInputs/availabilityCells'
import { feasibilityText } from '../../../../src/renderer/src/components/planInputs/feasibilityText'
import { ShortcutsOverlay } from '../../../../src/renderer/src/components/shortcuts/ShortcutsOverlay'
import { earlyStartText, studyClockWords } from '../../../../src/renderer/src/components/studyTimer'
import { undoText } from '../../../../src/renderer/src/components/undoText'
import { importRefusalText } from '../../../../src/renderer/src/components/importRefusal'
import { ZonePicker } from '../../../../src/renderer/src/components/zonePicker/ZonePicker'
import { UNDO_LABELS } from '../../../../src/renderer/src/db/undoLabels'
import { installCatalog } from '../../../../src/renderer/src/i18n/translations'
import { de } from '../../../../src/shared/i18n/catalogs/de'
import { en } from '../../../../src/shared/i18n/catalogs/en'
import { es } from '../../../../src/shared/i18n/catalogs/es'
import { translatorFor } from '../../../../src/shared/i18n/translator'

const MIN = 60_000
const tDe = translatorFor('de-DE', de)
const tEn = translatorFor('en-US', en)
const tEs = translatorFor('es-ES', es)

describe('the shared components in German', () => {
  it('shows the shortcut list in German, with the German key names', () => {
    installCatalog('de', 'de-DE', de)
    render(<ShortcutsOverlay open onClose={() => {}} />)
    expect(screen.getByRole('heading', { name: 'Tastenkürzel' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeTruthy()
    expect(screen.getByText('Nächste Lerneinheit öffnen')).toBeTruthy()
    expect(screen.getByText('Strg')).toBeTruthy()
  })

  it('asks for dates and pace in German', () => {
    installCatalog('de', 'de-DE', de)
    render(
      <PaceChoice
        step={4}
        locale="de-DE"
        value={{
          startDate: '2027-01-04',
          targetDate: '',
          sessionMinMinutes: 30,
          sessionMaxMinutes: 60,
          parallelTopics: 1,
          reviewsEnabled: true
        }}
        onChange={() => {}}
      />
    )
    expect(screen.getByRole('group', { name: '4. Daten und Tempo' })).toBeTruthy()
    expect(screen.getByLabelText('Startdatum')).toBeTruthy()
    expect(screen.getByLabelText('Zieldatum (optional)')).toBeTruthy()
    expect(screen.getByRole('checkbox', { name: 'Kurze Wiederholungen abgeschlossener Themen einplanen' })).toBeTruthy()
  })

  it('paints the week in German', () => {
    installCatalog('de', 'de-DE', de)
    const availability = {
      windows: [{ weekday: 1 as const, start: '18:00', end: '20:00' }],
      blackouts: [],
      busy: [],
      dailyCapMinutes: 120,
      sessionMinMinutes: 30,
      sessionMaxMinutes: 60,
      breakMinutes: 0
    }
    render(
      <AvailabilityStep
        legend="3. Wann kannst du lernen?"
        cells={emptyCells()}
        availability={availability}
        onChange={() => {}}
        firstDay={1}
        locale="de-DE"
      />
    )
    expect(screen.getByRole('button', { name: 'Vorschlag' })).toBeTruthy()
    expect(screen.getByRole('table', { name: 'Wöchentliche Lernzeit' })).toBeTruthy()
    expect(screen.getAllByRole('button', { name: /^Montag \d+:\d+ Uhr bis \d+:\d+ Uhr$/ })).toHaveLength(48)
    expect(screen.getByText('2 h pro Woche')).toBeTruthy()
  })

  it('names time zones in German and still finds them by their English names', async () => {
    installCatalog('de', 'de-DE', de)
    render(
      <ZonePicker
        id="zone"
        value="Europe/Moscow"
        zones={['Europe/Moscow', 'America/New_York', 'Europe/Vienna']}
        now={Date.UTC(2027, 0, 15)}
        locale="de-DE"
        onChange={() => {}}
      />
    )
    const field = screen.getByRole('combobox') as HTMLInputElement
    expect(field.value).toBe('Moskau (Europa) · UTC+03:00')
    const user = userEvent.setup()
    await user.clear(field)
    await user.type(field, 'vienna')
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Vienna (Europa)UTC+01:00 · Mitteleuropäische Zeit'
    ])
    await user.clear(field)
    await user.type(field, 'Österreich')
    expect(screen.getAllByRole('option')).toHaveLength(1)
    await user.clear(field)
    await user.type(field, 'xyz')
    expect(screen.getByText('Keine Zeitzone passt zu „xyz“.')).toBeTruthy()
  })
})

describe('the shared helpers in German and Spanish', () => {
  it('counts the time studied with singular and plural forms', () => {
    expect(studyClockWords(tDe, 1 * MIN)).toBe('1 Minute')
    expect(studyClockWords(tDe, 2 * MIN)).toBe('2 Minuten')
    expect(studyClockWords(tDe, 61 * MIN)).toBe('1 Stunde 1 Minute')
    expect(studyClockWords(tDe, 122 * MIN)).toBe('2 Stunden 2 Minuten')
    expect(studyClockWords(tEs, 61 * MIN)).toBe('1 hora 1 minuto')
    expect(studyClockWords(tEn, 122 * MIN)).toBe('2 hours 2 minutes')
  })

  it('says how early a session was started', () => {
    const timer = { sessionId: 's', startedAtMs: 0, pausedAtMs: null, pausedMs: 0, topicTitle: 'Regex' }
    expect(earlyStartText(tDe, { ...timer, plannedStartMs: 130 * MIN })).toBe(
      '2 h 10 min vor der geplanten Zeit begonnen'
    )
    expect(earlyStartText(tEn, { ...timer, plannedStartMs: 20 * MIN })).toBe('Started 20 min before its planned time')
    expect(earlyStartText(tEn, { ...timer, plannedStartMs: 120 * MIN })).toBe('Started 2 h before its planned time')
  })

  it('words the undo button for every kind of stored step, names kept as they are', () => {
    expect(undoText(tDe, UNDO_LABELS.markDone)).toBe('Rückgängig: Als erledigt markieren')
    expect(undoText(tDe, UNDO_LABELS.add('Regex'))).toBe('Rückgängig: Regex hinzufügen')
    expect(undoText(tDe, UNDO_LABELS.markKnown('Git basics'))).toBe('Rückgängig: Git basics als bekannt markieren')
    expect(undoText(tEs, UNDO_LABELS.importRoadmap('ml.json'))).toBe('Deshacer: importar ml.json')
    expect(undoText(tEn, UNDO_LABELS.unmarkKnown('Regex'))).toBe('Undo unmark of Regex as known')
    expect(undoText(tEn, 'Catch up on missed sessions')).toBe('Undo catch up on missed sessions')
    expect(undoText(tDe, 'Something else')).toBe('Rückgängig: something else')
  })

  it('says where a roadmap file is wrong in German', () => {
    expect(
      importRefusalText(tDe, 'ml.json', { where: 'roadmap.stages[0].topics[2].estimatedMinutes', message: 'Zu klein' })
    ).toBe(
      '„ml.json“ wurde nicht importiert (Etappe 1, Thema 3, estimatedMinutes): Zu klein. Korrigiere diese Stelle der Datei und importiere sie erneut; nichts wurde geändert.'
    )
  })

  it('gives the feasibility sentence in German', () => {
    const preview = {
      kind: 'ready' as const,
      finishDate: '2027-08-03',
      targetDate: '2027-06-01',
      weeklyMinutesNeeded: 570,
      weeklyMinutesAvailable: 480,
      feasible: false,
      totalStudyMinutes: 6000,
      sessionCount: 100,
      firstSessionStartMs: null
    }
    expect(feasibilityText(tDe, preview, '2027-01-04', 'de-DE').sentence).toBe(
      'Um bis 1. Juni fertig zu sein, brauchst du 9,5 h/Woche; du hast 8 h/Woche → fertig am 3. August.'
    )
  })
})
