// StudyCalendar in happy-dom: sessions appear with their marks, clicks open them, the controller and view prop navigate.
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { CalendarController } from '@fullcalendar/react'
import { describe, expect, it, vi } from 'vitest'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import { StudyCalendar, type CalendarView } from '../../../../../src/renderer/src/features/calendar/StudyCalendar'
import { calendarClock } from '../../../../../src/renderer/src/features/calendar/calendarClock'
import { UNMEASURED_FALLBACK_MS } from '../../../../../src/renderer/src/features/calendar/useGridMeasured'
import { blockLines, makeSession, sessionBlocks } from './sessionFixtures'

const now = Date.UTC(2027, 0, 6, 17, 30) // Wednesday 6 January 2027, 18:30 in Rome
const sessions = [
  makeSession('done', Date.UTC(2027, 0, 4, 18), { status: 'done' }),
  makeSession('pinned', Date.UTC(2027, 0, 7, 18), { pinned: true, topicId: 'clean-code' }),
  makeSession('review', Date.UTC(2027, 0, 8, 18), { kind: 'review', minutes: 30 })
]

/**
 * happy-dom never delivers ResizeObserver entries, so FullCalendar's grid is never measured here and the calendar
 * lets its sessions in after its fallback delay (useGridMeasured); Chromium's path is covered by the E2E tests.
 */
async function letSessionsIn(): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, UNMEASURED_FALLBACK_MS + 10)))
}

async function renderCalendar(view: CalendarView = 'week', controller?: CalendarController) {
  const handlers = {
    onMoveSession: vi.fn<(sessionId: string, startMs: number, endMs: number) => void>(),
    onOpenSession: vi.fn<(sessionId: string) => void>()
  }
  const props = {
    sessions,
    stages: aiEngineerRoadmap.stages,
    availability: { windows: [{ weekday: 4 as const, start: '19:00', end: '21:00' }], busy: [] },
    now,
    timeZone: 'Europe/Rome',
    firstDay: 1 as const,
    locale: 'en-GB',
    height: 800,
    ...(controller ? { controller } : {}),
    ...handlers
  }
  const view$ = render(<StudyCalendar {...props} view={view} />)
  await letSessionsIn()
  return { ...handlers, rerender: (next: CalendarView) => view$.rerender(<StudyCalendar {...props} view={next} />) }
}

/** The one block titled `title`. */
function eventBlock(title: string): HTMLElement {
  const blocks = sessionBlocks(title)
  expect(blocks).toHaveLength(1)
  return blocks[0]!
}
const isShown = (title: string) => sessionBlocks(title).length > 0
/** The pinned block's accessible name, its lines joined by spaces (a screen reader collapses the line breaks). */
const wholeText = (name: string) =>
  name.replace(/\s+/g, ' ') === 'Readable, maintainable code 19:00–20:00 · Pinned Solid foundations'

describe('StudyCalendar', () => {
  it('shows the week’s sessions titled by topic, title first, with pinned, done and review marked in words', async () => {
    await renderCalendar()
    // Title first, then times in the plan's zone (Rome) whatever the host's zone, with the marks colour alone would
    // carry; then the stage in words, not only as a colour.
    expect(blockLines(eventBlock('Readable, maintainable code'))).toEqual([
      'Readable, maintainable code',
      '19:00–20:00 · Pinned',
      'Solid foundations'
    ])
    expect(blockLines(eventBlock('Python essentials'))).toEqual([
      'Python essentials',
      '19:00–20:00 · Done',
      'Solid foundations'
    ])
    expect(eventBlock('Review: Python essentials').className).toContain('sp-review')
    expect(screen.getByRole('button', { name: /Today/ })).toBeTruthy()
  })

  it('puts the title in an element of its own, first, so it wraps and ends in an ellipsis before the time is cut', async () => {
    await renderCalendar()
    const block = eventBlock('Readable, maintainable code')
    const text = block.querySelector('.sp-event-body')!
    expect(text.firstElementChild?.className).toBe('sp-event-title')
    expect(text.firstElementChild?.textContent?.trim()).toBe('Readable, maintainable code')
    expect(text.textContent?.startsWith('Readable, maintainable code')).toBe(true)
  })

  it('gives a block too short for two lines one line that starts with the title', async () => {
    await renderCalendar()
    // Half an hour is too short a block for more than a line: it is marked short (StudyCalendar.css puts everything on
    // one line ending in an ellipsis), and that line starts with the title, not the time.
    const review = eventBlock('Review: Python essentials')
    expect(review.querySelector('.sp-event-short')).not.toBeNull()
    expect(blockLines(review)).toEqual(['Review: Python essentials', '19:00–19:30', 'Solid foundations'])
  })

  it('names each block by its whole text: title, time and marks, stage', async () => {
    await renderCalendar()
    expect(screen.getAllByRole('button', { name: wholeText })).toContain(eventBlock('Readable, maintainable code'))
  })

  it('gives planned blocks a resize handle and finished ones none', async () => {
    await renderCalendar()
    const pinned = eventBlock('Readable, maintainable code')
    expect(pinned.classList).toContain('sp-block')
    expect(pinned.querySelectorAll('.sp-resizer-end')).toHaveLength(1)
    expect(eventBlock('Python essentials').querySelector('.sp-resizer')).toBeNull()
  })

  it('opens a session on click', async () => {
    const { onOpenSession } = await renderCalendar()
    await userEvent.setup().click(eventBlock('Readable, maintainable code'))
    expect(onOpenSession).toHaveBeenCalledWith('pinned')
  })

  it('moves to the next week through the controller', async () => {
    const controller = new CalendarController(() => {})
    await renderCalendar('week', controller)
    expect(isShown('Readable, maintainable code')).toBe(true)
    act(() => controller.next())
    expect(isShown('Readable, maintainable code')).toBe(false)
    act(() => controller.today())
    expect(isShown('Readable, maintainable code')).toBe(true)
  })

  it('shows a session months ahead once the calendar is moved to its week', async () => {
    const controller = new CalendarController(() => {})
    const later = makeSession('later', Date.UTC(2027, 3, 8, 17), { topicId: 'clean-code' }) // Thursday 8 April, 19:00 in Rome
    const handlers = {
      onMoveSession: vi.fn<(sessionId: string, startMs: number, endMs: number) => void>(),
      onOpenSession: vi.fn<(sessionId: string) => void>()
    }
    const availability = { windows: [{ weekday: 4 as const, start: '19:00', end: '21:00' }], busy: [] }
    render(
      <StudyCalendar
        sessions={[later]}
        stages={aiEngineerRoadmap.stages}
        availability={availability}
        now={now}
        timeZone="Europe/Rome"
        firstDay={1}
        locale="en-GB"
        height={800}
        controller={controller}
        {...handlers}
      />
    )
    await letSessionsIn()
    expect(isShown('Readable, maintainable code')).toBe(false)
    // The calendar shows wall-clock times (calendarClock): go to the session's date on Rome's clock.
    act(() => controller.gotoDate(calendarClock('Europe/Rome').toCalendar(later.startMs)))
    expect(isShown('Readable, maintainable code')).toBe(true)
  })

  it('switches to the agenda when the view prop changes', async () => {
    const { rerender } = await renderCalendar('week')
    rerender('agenda')
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/4.*17 January 2027/)
  })

  it('names the navigation buttons by the unit they move, in the agenda too (it read "Previous undefined")', async () => {
    const { rerender } = await renderCalendar('week')
    expect(screen.getByRole('button', { name: 'Previous Week' })).toBeTruthy()
    rerender('agenda')
    for (const name of ['Previous two weeks', 'Next two weeks', 'Today: show the current two weeks']) {
      expect(screen.getByRole('button', { name })).toBeTruthy()
    }
  })
})

describe('StudyCalendar in the plan’s zone', () => {
  const availability = {
    windows: [
      { weekday: 1 as const, start: '07:00', end: '10:00' },
      { weekday: 6 as const, start: '18:00', end: '21:00' },
      { weekday: 0 as const, start: '18:00', end: '21:00' }
    ],
    busy: []
  }
  const noop = { onMoveSession: () => {}, onOpenSession: () => {} }

  it('puts a session on its day and hour in the plan’s zone where the UTC date is another day', async () => {
    // Monday 11 January 2027, 08:00 in Auckland (UTC+13) is still Sunday 19:00 in UTC.
    const monday = makeSession('nz', Date.UTC(2027, 0, 10, 19))
    const nowNz = Date.UTC(2027, 0, 10, 18) // Monday 11 January, 07:00 in Auckland; still Sunday in UTC
    render(
      <StudyCalendar
        sessions={[monday]}
        stages={aiEngineerRoadmap.stages}
        availability={availability}
        now={nowNz}
        timeZone="Pacific/Auckland"
        firstDay={1}
        locale="en-GB"
        height={800}
        {...noop}
      />
    )
    await letSessionsIn()
    const block = eventBlock('Python essentials')
    expect(blockLines(block)[1]).toBe('08:00–09:00')
    expect(block.closest('[data-date]')?.getAttribute('data-date')).toBe('2027-01-11')
    // The week shown is the plan's current week (11 to 17 January), not the one UTC is still in.
    const datesShown = new Set(
      [...document.querySelectorAll('[data-date]')].map((element) => element.getAttribute('data-date'))
    )
    expect(datesShown.has('2027-01-17')).toBe(true)
    expect(datesShown.has('2027-01-10')).toBe(false)
  })

  it('shows wall-clock times on both sides of a clock change in the same week', async () => {
    // Rome moves to summer time early on Sunday 28 March 2027: 19:00 is 18:00 UTC before and 17:00 UTC after.
    const before = makeSession('before', Date.UTC(2027, 2, 27, 18))
    const after = makeSession('after', Date.UTC(2027, 2, 28, 17), { topicId: 'clean-code' })
    const nowRome = Date.UTC(2027, 2, 22, 8)
    render(
      <StudyCalendar
        sessions={[before, after]}
        stages={aiEngineerRoadmap.stages}
        availability={availability}
        now={nowRome}
        timeZone="Europe/Rome"
        firstDay={1}
        locale="en-GB"
        height={800}
        {...noop}
      />
    )
    await letSessionsIn()
    expect(blockLines(eventBlock('Python essentials'))[1]).toBe('19:00–20:00')
    expect(eventBlock('Python essentials').closest('[data-date]')?.getAttribute('data-date')).toBe('2027-03-27')
    expect(blockLines(eventBlock('Readable, maintainable code'))[1]).toBe('19:00–20:00')
    expect(eventBlock('Readable, maintainable code').closest('[data-date]')?.getAttribute('data-date')).toBe(
      '2027-03-28'
    )
  })
})
