// The calendar in German: every screen and dialog speaks it, FullCalendar's own words included, and counts agree.
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import type { Stage, Topic } from '../../../../../src/shared/domain/roadmap'
import type { MissedOptionPreview } from '../../../../../src/shared/scheduling/missed'
import type { QuickAddDraft } from '../../../../../src/shared/scheduling/quickAdd'
import { de } from '../../../../../src/shared/i18n/catalogs/de'
import { translatorFor } from '../../../../../src/shared/i18n/translator'
import { installCatalog } from '../../../../../src/renderer/src/i18n/translations'
import { MissedSessionsPrompt } from '../../../../../src/renderer/src/features/calendar/MissedSessionsPrompt'
import { QuickAddDialog } from '../../../../../src/renderer/src/features/calendar/QuickAddDialog'
import { SessionPanel } from '../../../../../src/renderer/src/features/calendar/SessionPanel'
import { StudyCalendar } from '../../../../../src/renderer/src/features/calendar/StudyCalendar'
import { TodayPanel } from '../../../../../src/renderer/src/features/calendar/TodayPanel'
import { WeekReplanDialog } from '../../../../../src/renderer/src/features/calendar/WeekReplanDialog'
import { countdownText } from '../../../../../src/renderer/src/features/calendar/countdown'
import { formValuesAt } from '../../../../../src/renderer/src/features/calendar/quickAddForm'
import { weekNotice } from '../../../../../src/renderer/src/features/calendar/weekNotice'
import { UNMEASURED_FALLBACK_MS } from '../../../../../src/renderer/src/features/calendar/useGridMeasured'
import type { WeekReplanPreview } from '../../../../../src/renderer/src/db/planRepository'
import type { Platform } from '../../../../../src/renderer/src/platform/Platform'
import { PlatformProvider } from '../../../../../src/renderer/src/platform/PlatformContext'
import { freshPlanDatabase, mountCalendarScreen } from './calendarScreenHarness'
import { makeSession } from './sessionFixtures'

const speakGerman = () => installCatalog('de', 'de-DE', de)
const t = translatorFor('de-DE', de)
const noop = () => {}
const stage = aiEngineerRoadmap.stages[0] as Stage & { kind: 'sequence' }
const topic = stage.topics.find((candidate) => candidate.resources.length > 0) as Topic

/** A week re-plan preview changing `changed` sessions. */
const preview = (changed: number) =>
  ({
    changed: Array.from({ length: changed }, (_, index) => `s${index}`),
    finishDateBefore: '2027-06-01',
    finishDateAfter: '2027-05-28'
  }) as unknown as WeekReplanPreview
/** What a change that let `released` go says in German. */
const releasedNotice = (released: string[]) =>
  weekNotice({ horizonEndMs: 0, kept: [], reassigned: [], released }, new Map(), (id) => id, 'UTC', 'de-DE', t)

describe('the calendar in German', () => {
  describe('StudyCalendar', () => {
    const now = Date.UTC(2027, 0, 6, 17, 30) // Wednesday 6 January 2027, 18:30 in Rome

    it('names FullCalendar’s buttons and hints in German, and marks blocks in German', async () => {
      speakGerman()
      render(
        <StudyCalendar
          sessions={[
            makeSession('done', Date.UTC(2027, 0, 4, 18), { status: 'done' }),
            makeSession('review', Date.UTC(2027, 0, 7, 18), { kind: 'review', pinned: true })
          ]}
          stages={aiEngineerRoadmap.stages}
          availability={{ windows: [{ weekday: 4, start: '19:00', end: '21:00' }], busy: [] }}
          now={now}
          timeZone="Europe/Rome"
          firstDay={1}
          locale="de-DE"
          height={800}
          onMoveSession={noop}
          onOpenSession={noop}
        />
      )
      await act(() => new Promise((resolve) => setTimeout(resolve, UNMEASURED_FALLBACK_MS + 10)))
      for (const name of ['Heute: aktuelle Woche anzeigen', 'Vorherige Woche', 'Nächste Woche']) {
        expect(screen.getByRole('button', { name })).toBeTruthy()
      }
      for (const [name, text] of [
        ['Ansicht: Woche', 'Woche'],
        ['Ansicht: Monat', 'Monat'],
        ['Ansicht: Liste', 'Liste']
      ] as const) {
        expect(screen.getByRole('tab', { name }).textContent).toBe(text)
      }
      const blocks = [...document.querySelectorAll('.sp-session')].map((block) => block.textContent ?? '')
      expect(blocks.some((text) => text.includes('Erledigt'))).toBe(true)
      expect(blocks.some((text) => text.startsWith('Wiederholung: ') && text.includes('Fixiert'))).toBe(true)
      await userEvent.setup().click(screen.getByRole('tab', { name: 'Ansicht: Liste' }))
      expect(screen.getByRole('button', { name: 'Vorherige zwei Wochen' })).toBeTruthy()
    })

    it('says in German when a period holds no session', async () => {
      speakGerman()
      render(
        <StudyCalendar
          sessions={[]}
          stages={aiEngineerRoadmap.stages}
          availability={{ windows: [], busy: [] }}
          view="agenda"
          now={now}
          timeZone="Europe/Rome"
          firstDay={1}
          locale="de-DE"
          height={800}
          onMoveSession={noop}
          onOpenSession={noop}
        />
      )
      expect(await screen.findByText('Keine Lerneinheiten in diesem Zeitraum.')).toBeTruthy()
    })
  })

  describe('PlanView', () => {
    const database = freshPlanDatabase('plan-view-de')

    it('shows the calendar screen’s heading, buttons and today panel in German', async () => {
      speakGerman()
      mountCalendarScreen(database())
      await screen.findByRole('heading', { level: 1, name: 'Kalender' }, { timeout: 10_000 })
      expect(screen.getByRole('button', { name: 'Lerneinheit hinzufügen…' })).toBeTruthy()
      expect(screen.getByRole('button', { name: 'Diese Woche neu planen…' })).toBeTruthy()
      const today = screen.getByRole('complementary', { name: 'Heute' })
      expect(within(today).getByRole('heading', { name: 'Nächste Lerneinheit' })).toBeTruthy()
    })
  })

  describe('TodayPanel', () => {
    it('counts down and sums the week in German', () => {
      speakGerman()
      const now = Date.UTC(2026, 2, 25, 16, 30) // Wednesday 25 March 2026, 17:30 in Rome
      render(
        <TodayPanel
          now={now}
          sessions={[
            makeSession('done', Date.UTC(2026, 2, 25, 7), { status: 'done', minutes: 90 }),
            makeSession('next', Date.UTC(2026, 2, 25, 18))
          ]}
          stages={aiEngineerRoadmap.stages}
          timeZone="Europe/Rome"
          firstDay={1}
          locale="de-DE"
        />
      )
      expect(screen.getByRole('heading', { name: 'Heute' })).toBeTruthy()
      expect(screen.getByRole('heading', { name: 'Heutige Lerneinheiten' })).toBeTruthy()
      expect(screen.getByText(/^Beginnt in 1 Std\.,? 30 Min\.$/)).toBeTruthy()
      expect(screen.getByText('1,5 h erledigt, 2,5 h geplant')).toBeTruthy()
      expect(screen.getAllByRole('listitem')[0]!.textContent).toMatch(/ · erledigt$/)
    })

    it('says how long a running session has left', () => {
      const session = makeSession('a', Date.UTC(2026, 2, 25, 16))
      expect(countdownText(session, Date.UTC(2026, 2, 25, 16, 35), 'de-DE', t)).toMatch(/^Läuft, noch 25 Min\.$/)
    })
  })

  describe('SessionPanel', () => {
    it('offers Start, Done and Skip in German, and the Done form asks for a rating in German', async () => {
      speakGerman()
      const session = makeSession('s', Date.UTC(2027, 0, 4, 18), { kind: 'review', pinned: true })
      render(
        <PlatformProvider platform={{ openExternal: async () => true } as unknown as Platform}>
          <SessionPanel
            session={session}
            topic={topic}
            stage={stage}
            timeZone="Europe/Rome"
            locale="de-DE"
            timer={null}
            now={session.startMs - 60_000}
            onStart={noop}
            onDone={noop}
            onSkip={noop}
            onClose={noop}
          />
        </PlatformProvider>
      )
      expect(screen.getByText(`${stage.title} · Wiederholung · Fixiert`)).toBeTruthy()
      expect(screen.getByText(/\(19:00–20:00 Uhr, 60 Min\.\)$/)).toBeTruthy()
      expect(screen.getByRole('heading', { name: 'Lernziel' })).toBeTruthy()
      expect(screen.getByRole('button', { name: 'Details der Lerneinheit schließen' })).toBeTruthy()
      expect(screen.getByRole('button', { name: 'Starten' })).toBeTruthy()
      expect(screen.getByRole('button', { name: 'Überspringen' })).toBeTruthy()
      await userEvent.setup().click(screen.getByRole('button', { name: 'Erledigt…' }))
      expect(screen.getByRole('group', { name: 'Wie gut konntest du dich erinnern?' })).toBeTruthy()
      expect(screen.getByRole('radio', { name: /Nochmal/ })).toBeTruthy()
      expect(screen.getByRole('button', { name: 'Als erledigt markieren' })).toBeTruthy()
    })
  })

  describe('QuickAddDialog', () => {
    it('asks in German and refuses an empty topic in German', async () => {
      speakGerman()
      render(
        <QuickAddDialog
          topics={[{ id: 'python', title: 'Python' }]}
          timeZone="Europe/Rome"
          initial={formValuesAt(Date.UTC(2027, 0, 5, 18), 60, 'Europe/Rome')}
          onAdd={vi.fn<(draft: QuickAddDraft) => Promise<string | null>>(async () => null)}
          onCancel={noop}
        />
      )
      expect(screen.getByRole('dialog', { name: 'Lerneinheit hinzufügen' })).toBeTruthy()
      expect(screen.getByLabelText('Was lernst du?')).toBeTruthy()
      expect(screen.getByText('Die Zeiten gelten in der Zeitzone des Plans, Rome (Europa).')).toBeTruthy()
      await userEvent.setup().click(screen.getByRole('button', { name: 'Hinzufügen' }))
      expect(screen.getByRole('alert').textContent).toBe('Schreib, was du lernst, oder wähle ein Thema.')
    })
  })

  describe('WeekReplanDialog', () => {
    it.each([
      [0, 'Nichts würde sich ändern.'],
      [1, '1 Lerneinheit würde sich ändern.'],
      [2, '2 Lerneinheiten würden sich ändern.']
    ])('counts %i changes in German', (count, sentence) => {
      speakGerman()
      render(
        <WeekReplanDialog preview={preview(count)} today="2027-01-04" locale="de-DE" onApply={noop} onCancel={noop} />
      )
      expect(screen.getByRole('heading', { name: 'Diese Woche neu planen?' })).toBeTruthy()
      expect(screen.getByText(`${sentence} Ende: 1. Juni → 28. Mai.`)).toBeTruthy()
      expect(screen.getByRole('button', { name: 'Neu planen' })).toBeTruthy()
    })

    it('says an unchanged finish once, not as a date arrow to itself', () => {
      speakGerman()
      const unchanged = { ...preview(0), finishDateAfter: '2027-06-01' } as WeekReplanPreview
      render(<WeekReplanDialog preview={unchanged} today="2027-01-04" locale="de-DE" onApply={noop} onCancel={noop} />)
      expect(screen.getByText('Nichts würde sich ändern. Das Ende bleibt am 1. Juni.')).toBeTruthy()
    })
  })

  describe('MissedSessionsPrompt', () => {
    const option: MissedOptionPreview = {
      option: 'raiseDailyCap',
      applicable: true,
      feasible: true,
      finishDate: '2027-06-01',
      changed: ['a'],
      dailyCapMinutes: 150
    } as unknown as MissedOptionPreview

    it.each([
      [1, 'Du hast 1 Lerneinheit verpasst'],
      [2, 'Du hast 2 Lerneinheiten verpasst']
    ])('heads %i missed sessions in German', (missedCount, heading) => {
      speakGerman()
      render(
        <MissedSessionsPrompt
          missedCount={missedCount}
          options={[option, { ...option, option: 'dropOptional', applicable: false }]}
          previousFinishDate="2027-05-20"
          today="2027-01-04"
          locale="de-DE"
          onApply={noop}
          onDismiss={noop}
        />
      )
      expect(screen.getByRole('heading', { name: heading })).toBeTruthy()
      expect(screen.getByText(/^Du warst auf gutem Weg, am 20\. Mai fertig zu werden\. Verpasste/)).toBeTruthy()
      expect(screen.getByText('Pro Tag etwas länger lernen')).toBeTruthy()
      expect(screen.getByText('Fertig am 1. Juni · bis zu 2,5 h pro Tag · 1 Lerneinheit ändert sich')).toBeTruthy()
      expect(screen.getByText('Dieser Plan hat keine optionalen Themen mehr.')).toBeTruthy()
      expect(screen.getByRole('button', { name: 'Nicht jetzt' })).toBeTruthy()
    })
  })

  describe('weekNotice', () => {
    it('counts sessions let go with singular and plural', () => {
      expect(releasedNotice(['a'])).toBe('Eine Lerneinheit der kommenden Woche passt nicht mehr und wurde gestrichen.')
      expect(releasedNotice(['a', 'b'])).toBe(
        '2 Lerneinheiten der kommenden Woche passen nicht mehr und wurden gestrichen.'
      )
    })
  })
})
