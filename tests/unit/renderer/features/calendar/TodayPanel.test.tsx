// The today panel: next session with its countdown, today's sessions and the week's hours.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import { TodayPanel } from '../../../../../src/renderer/src/features/calendar/TodayPanel'
import { makeSession } from './sessionFixtures'

const now = Date.UTC(2026, 2, 25, 16, 30) // Wednesday 25 March 2026, 17:30 in Rome

const sessions = [
  makeSession('mon', Date.UTC(2026, 2, 23, 18), { status: 'done', minutes: 90 }),
  makeSession('today-done', Date.UTC(2026, 2, 25, 7), { status: 'done', topicId: 'clean-code', minutes: 30 }),
  makeSession('today-next', Date.UTC(2026, 2, 25, 18)),
  makeSession('fri', Date.UTC(2026, 2, 27, 18), { minutes: 60 })
]

describe('TodayPanel', () => {
  it('shows the next session with a countdown, today’s sessions and the week’s hours', async () => {
    const onOpenSession = vi.fn<(sessionId: string) => void>()
    render(
      <TodayPanel
        now={now}
        sessions={sessions}
        stages={aiEngineerRoadmap.stages}
        timeZone="Europe/Rome"
        firstDay={1}
        locale="en-GB"
        onOpenSession={onOpenSession}
      />
    )
    expect(screen.getByText(/^Starts in 1 hr 30 mins?$/)).toBeTruthy()
    const items = screen.getAllByRole('listitem').map((item) => item.textContent)
    expect(items).toEqual([
      expect.stringMatching(/Readable, maintainable code · done$/),
      expect.stringMatching(/Python essentials$/)
    ])
    expect(screen.getByText('2 h done of 4 h planned')).toBeTruthy()
    await userEvent.setup().click(screen.getAllByRole('button', { name: 'Python essentials' })[0]!)
    expect(onOpenSession).toHaveBeenCalledWith('today-next')
  })

  it('says so when nothing is planned', () => {
    render(
      <TodayPanel
        now={now}
        sessions={[]}
        stages={aiEngineerRoadmap.stages}
        timeZone="Europe/Rome"
        firstDay={1}
        locale="en-GB"
      />
    )
    expect(screen.getByText('Nothing planned ahead.')).toBeTruthy()
    expect(screen.getByText('No sessions today.')).toBeTruthy()
  })

  it('shows the next session as a card titled by its topic, not as a boxed control that reads as a text field', async () => {
    const onOpenSession = vi.fn<(sessionId: string) => void>()
    render(
      <TodayPanel
        now={now}
        sessions={sessions}
        stages={aiEngineerRoadmap.stages}
        timeZone="Europe/Rome"
        firstDay={1}
        locale="en-GB"
        onOpenSession={onOpenSession}
      />
    )
    const heading = screen.getByRole('heading', { level: 3, name: 'Next session' })
    const card = heading.parentElement!
    const open = within(card).getByRole('button', { name: 'Python essentials' })
    // The card's title: not dressed as the app's boxed buttons (.sp-button), which a trial took for an input.
    expect(open.classList.contains('sp-button')).toBe(false)
    expect(open.className).toBe('sp-today-next-open')
    expect(within(card).getByText(/^Starts in 1 hr 30 mins?$/)).toBeTruthy()
    await userEvent.setup().click(open)
    expect(onOpenSession).toHaveBeenCalledWith('today-next')
  })
})
