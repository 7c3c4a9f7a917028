// A calendar block whose words the grid cuts short shows them all beside it, on hover and on keyboard focus.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import { HOVER_DELAY_MS } from '../../../../../src/renderer/src/features/calendar/BlockTooltip'
import { StudyCalendar } from '../../../../../src/renderer/src/features/calendar/StudyCalendar'
import { UNMEASURED_FALLBACK_MS } from '../../../../../src/renderer/src/features/calendar/useGridMeasured'
import { makeSession, sessionBlocks } from './sessionFixtures'

const now = Date.UTC(2027, 0, 6, 8) // Wednesday 6 January 2027, 09:00 in Rome
const sessions = [
  makeSession('long', Date.UTC(2027, 0, 7, 18), { topicId: 'clean-code', pinned: true }),
  makeSession('short', Date.UTC(2027, 0, 8, 18), { minutes: 30 })
]

async function renderCalendar() {
  render(
    <StudyCalendar
      sessions={sessions}
      stages={aiEngineerRoadmap.stages}
      availability={{ windows: [{ weekday: 4, start: '19:00', end: '21:00' }], busy: [] }}
      now={now}
      timeZone="Europe/Rome"
      firstDay={1}
      locale="en-GB"
      height={800}
      onMoveSession={vi.fn<(sessionId: string, startMs: number, endMs: number) => void>()}
      onOpenSession={vi.fn<(sessionId: string) => void>()}
    />
  )
  // happy-dom never measures the grid: the sessions come in after the fallback delay (see useGridMeasured).
  await act(() => new Promise((resolve) => setTimeout(resolve, UNMEASURED_FALLBACK_MS + 10)))
}

const block = (title: string) => sessionBlocks(title)[0]!
const tooltipLines = () => [...screen.getByRole('tooltip').children].map((line) => line.textContent)

describe('BlockTooltip', () => {
  it('shows a block’s full text, one part a line, when the keyboard focuses it, and hides it on Escape', async () => {
    await renderCalendar()
    const user = userEvent.setup()
    expect(screen.queryByRole('tooltip')).toBeNull()
    // Tab through the toolbar to the first block, as a keyboard user does.
    for (let i = 0; i < 30 && document.activeElement !== block('Readable, maintainable code'); i++) await user.tab()
    expect(document.activeElement).toBe(block('Readable, maintainable code'))
    await waitFor(() => expect(screen.getByRole('tooltip')).toBeTruthy(), { timeout: 15_000 })
    expect(tooltipLines()).toEqual(['Readable, maintainable code', '19:00–20:00 · Pinned', 'Solid foundations'])
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('tooltip')).toBeNull()
  }, 30_000)

  it('shows it when the pointer rests on a block, not while it sweeps across, and hides it when the pointer leaves', async () => {
    await renderCalendar()
    const short = block('Python essentials')
    fireEvent.pointerOver(short.querySelector('.sp-event-body')!, { pointerType: 'mouse' })
    expect(screen.queryByRole('tooltip')).toBeNull()
    await act(() => new Promise((resolve) => setTimeout(resolve, HOVER_DELAY_MS + 50)))
    expect(tooltipLines()).toEqual(['Python essentials', '19:00–19:30', 'Solid foundations'])
    fireEvent.pointerOut(short, { pointerType: 'mouse', relatedTarget: document.body })
    expect(screen.queryByRole('tooltip')).toBeNull()
  }, 30_000)

  it('shows none for a block merely passed over', async () => {
    await renderCalendar()
    const long = block('Readable, maintainable code')
    fireEvent.pointerOver(long, { pointerType: 'mouse' })
    fireEvent.pointerOut(long, { pointerType: 'mouse', relatedTarget: document.body })
    await act(() => new Promise((resolve) => setTimeout(resolve, HOVER_DELAY_MS + 50)))
    expect(screen.queryByRole('tooltip')).toBeNull()
  }, 30_000)
})
