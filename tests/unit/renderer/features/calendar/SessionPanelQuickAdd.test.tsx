// The session panel for quick-added sessions: free text names itself with no topic details; only added sessions can be deleted.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Stage, Topic } from '../../../../../src/shared/domain/roadmap'
import { NO_TOPIC, type Session } from '../../../../../src/shared/domain/session'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import { SessionPanel } from '../../../../../src/renderer/src/features/calendar/SessionPanel'
import type { Platform } from '../../../../../src/renderer/src/platform/Platform'
import { PlatformProvider } from '../../../../../src/renderer/src/platform/PlatformContext'
import { makeSession } from './sessionFixtures'

const stage = aiEngineerRoadmap.stages[0] as Stage & { kind: 'sequence' }
const topic = stage.topics[0] as Topic
const start = Date.UTC(2027, 0, 5, 18)

function renderPanel(session: Session, withTopic: boolean) {
  const handlers = {
    onStart: vi.fn<() => void>(),
    onDone: vi.fn<(minutes: number) => void>(),
    onSkip: vi.fn<() => void>(),
    onDelete: vi.fn<() => void>(),
    onClose: vi.fn<() => void>()
  }
  // The topic's resource links need a Platform; none is clicked here.
  render(
    <PlatformProvider platform={{ openExternal: vi.fn<() => Promise<boolean>>() } as unknown as Platform}>
      <SessionPanel
        session={session}
        topic={withTopic ? topic : null}
        stage={withTopic ? stage : null}
        timeZone="Europe/Rome"
        locale="en-GB"
        timer={null}
        now={start - 3_600_000}
        {...handlers}
      />
    </PlatformProvider>
  )
  return { ...handlers, user: userEvent.setup() }
}

describe('SessionPanel with quick-added sessions', () => {
  it('shows a free-text session by its title, as the learner’s own, without topic summary or outcome, and can delete it', async () => {
    const { onDelete, user } = renderPanel(
      makeSession('quick-1', start, {
        topicId: NO_TOPIC,
        stageId: '',
        title: 'Read the attention paper',
        pinned: true,
        adHoc: true
      }),
      false
    )
    expect(screen.getByRole('heading', { level: 2, name: 'Read the attention paper' })).toBeTruthy()
    expect(screen.getByText(/Your own session · Study · Pinned · Added by you/)).toBeTruthy()
    expect(screen.queryByRole('heading', { name: 'Outcome' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Done…' })).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    expect(onDelete).toHaveBeenCalledOnce()
  })

  it('shows a quick-added topic session with its topic details, and offers Delete', () => {
    renderPanel(makeSession('quick-2', start, { topicId: topic.id, pinned: true, adHoc: true }), true)
    expect(screen.getByRole('heading', { level: 2, name: topic.title })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Outcome' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy()
  })

  it('offers no Delete on a session the plan placed', () => {
    renderPanel(makeSession('planned', start, { topicId: topic.id }), true)
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy()
  })
})
