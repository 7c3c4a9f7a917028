// StudyCalendar in happy-dom: sessions appear with their marks, clicks open them, the controller and view prop navigate.
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { CalendarController } from '@fullcalendar/react'
import { describe, expect, it, vi } from 'vitest'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import { StudyCalendar, type CalendarView } from '../../../../../src/renderer/src/features/calendar/StudyCalendar'
import { makeSession } from './sessionFixtures'

const now = Date.UTC(2027, 0, 6, 17, 30) // Wednesday 6 January 2027, 18:30 in Rome
const sessions = [
  makeSession('done', Date.UTC(2027, 0, 4, 18), { status: 'done' }),
  makeSession('pinned', Date.UTC(2027, 0, 7, 18), { pinned: true, topicId: 'clean-code' }),
  makeSession('review', Date.UTC(2027, 0, 8, 18), { kind: 'review', minutes: 30 })
]

function renderCalendar(view: CalendarView = 'week', controller?: CalendarController) {
  const handlers = { onMoveSession: vi.fn<(sessionId: string, startMs: number, endMs: number) => void>(), onOpenSession: vi.fn<(sessionId: string) => void>() }
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
  return { ...handlers, rerender: (next: CalendarView) => view$.rerender(<StudyCalendar {...props} view={next} />) }
}

const eventBlock = (text: string) => screen.getByText(text).closest<HTMLElement>('.sp-session')!

describe('StudyCalendar', () => {
  it('shows the week’s sessions titled by topic, with pinned, done and review marked in words', () => {
    renderCalendar()
    expect(within(eventBlock('Readable, maintainable code')).getByText('Pinned')).toBeTruthy()
    expect(within(eventBlock('Python essentials')).getByText('Done')).toBeTruthy()
    expect(eventBlock('Review: Python essentials').className).toContain('sp-review')
    // Times in the plan's zone (Rome), whatever the host's zone.
    expect(eventBlock('Readable, maintainable code').textContent).toContain('19:00–20:00')
    expect(screen.getByRole('button', { name: /Today/ })).toBeTruthy()
  })

  it('opens a session on click', async () => {
    const { onOpenSession } = renderCalendar()
    await userEvent.setup().click(screen.getByText('Readable, maintainable code'))
    expect(onOpenSession).toHaveBeenCalledWith('pinned')
  })

  it('moves to the next week through the controller', () => {
    const controller = new CalendarController(() => {})
    renderCalendar('week', controller)
    expect(screen.getByText('Readable, maintainable code')).toBeTruthy()
    act(() => controller.next())
    expect(screen.queryByText('Readable, maintainable code')).toBeNull()
    act(() => controller.today())
    expect(screen.getByText('Readable, maintainable code')).toBeTruthy()
  })

  it('shows a session months ahead once the calendar is moved to its week', () => {
    const controller = new CalendarController(() => {})
    const later = makeSession('later', Date.UTC(2027, 3, 8, 17), { topicId: 'clean-code' }) // Thursday 8 April, 19:00 in Rome
    const handlers = { onMoveSession: vi.fn<(sessionId: string, startMs: number, endMs: number) => void>(), onOpenSession: vi.fn<(sessionId: string) => void>() }
    const availability = { windows: [{ weekday: 4 as const, start: '19:00', end: '21:00' }], busy: [] }
    render(
      <StudyCalendar sessions={[later]} stages={aiEngineerRoadmap.stages} availability={availability} now={now} timeZone="Europe/Rome" firstDay={1} locale="en-GB" height={800} controller={controller} {...handlers} />
    )
    expect(screen.queryByText('Readable, maintainable code')).toBeNull()
    act(() => controller.gotoDate(later.startMs))
    expect(screen.getByText('Readable, maintainable code')).toBeTruthy()
  })

  it('switches to the agenda when the view prop changes', () => {
    const { rerender } = renderCalendar('week')
    rerender('agenda')
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/4.*17 January 2027/)
  })
})
