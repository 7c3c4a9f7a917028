// The agenda's time column, the month's event times and the week's hour labels are written in the app's one time
// vocabulary: they once read '7:00 – 8:00pm' and '7p' beside blocks saying '7:00 – 8:00 PM'.
import { act, render } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { displayLocale, formatClockMinutes, formatTimeRange } from '../../../../../src/shared/format'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import { StudyCalendar, type CalendarView } from '../../../../../src/renderer/src/features/calendar/StudyCalendar'
import { UNMEASURED_FALLBACK_MS } from '../../../../../src/renderer/src/features/calendar/useGridMeasured'
import { makeSession } from './sessionFixtures'

const now = Date.UTC(2027, 0, 6, 12) // Wednesday 6 January 2027, 13:00 in Rome
const start = Date.UTC(2027, 0, 7, 18) // Thursday, 19:00-20:00 in Rome

async function renderCalendar(view: CalendarView, locale: string) {
  render(
    <StudyCalendar
      sessions={[makeSession('evening', start)]}
      stages={aiEngineerRoadmap.stages}
      availability={{ windows: [{ weekday: 4, start: '19:00', end: '21:00' }], busy: [] }}
      now={now}
      timeZone="Europe/Rome"
      firstDay={1}
      locale={locale}
      height={800}
      view={view}
      onMoveSession={vi.fn<() => void>()}
      onOpenSession={vi.fn<() => void>()}
    />
  )
  // happy-dom never measures the grid: sessions come in after the calendar's fallback delay (see useGridMeasured).
  await act(() => new Promise((resolve) => setTimeout(resolve, UNMEASURED_FALLBACK_MS + 10)))
}

/** The texts of the calendar's leaf elements outside session blocks: headings, hour labels. */
const labels = () =>
  [...document.querySelectorAll('.sp-calendar *')]
    .filter((element) => element.children.length === 0 && !element.closest('.sp-session'))
    .map((element) => plain(element.textContent ?? ''))
const blockText = () => plain(document.querySelector('.sp-session')?.textContent ?? '')
const plain = (value: string) => value.replace(/\s/g, ' ')

describe('FullCalendar’s own times', () => {
  for (const locale of ['en-US', 'en-GB', displayLocale('en-US', '24h'), displayLocale('de-DE', '12h')]) {
    it(`the agenda writes a session’s range as its panel does (${locale})`, async () => {
      await renderCalendar('agenda', locale)
      const range = plain(formatTimeRange(start, start + 3_600_000, 'Europe/Rome', locale))
      expect(blockText().startsWith(`${range} · Python essentials`)).toBe(true)
    })

    it(`the month writes a session’s start as a time alone reads (${locale})`, async () => {
      await renderCalendar('month', locale)
      const time = plain(formatClockMinutes(19 * 60, locale))
      expect(blockText().startsWith(time)).toBe(true)
    })

    it(`the week’s hour labels are times as the blocks write them (${locale})`, async () => {
      await renderCalendar('week', locale)
      const label = plain(formatClockMinutes(20 * 60, locale))
      expect(labels()).toContain(label)
    })
  }
})
