// The session panel as a learner uses it: Done asks for actual minutes, reviews ask for recall, links go through the Platform.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import type { RecallRating } from '../../../../../src/shared/domain/plan'
import type { Stage, Topic } from '../../../../../src/shared/domain/roadmap'
import type { Session } from '../../../../../src/shared/domain/session'
import { NOTES_SAVE_DELAY_MS, SessionPanel } from '../../../../../src/renderer/src/features/calendar/SessionPanel'
import type { Platform } from '../../../../../src/renderer/src/platform/Platform'
import { PlatformProvider } from '../../../../../src/renderer/src/platform/PlatformContext'
import { makeSession } from './sessionFixtures'
import { startStudyTimer, type StudyTimer } from '../../../../../src/renderer/src/components/studyTimer'

const stage = aiEngineerRoadmap.stages[0] as Stage & { kind: 'sequence' }
const topic = stage.topics.find((candidate) => candidate.resources.length > 0) as Topic

function renderPanel(
  session: Session,
  timer: { timer: StudyTimer | null; now: number; stoppedMinutes?: number | null } = {
    timer: null,
    now: session.startMs
  },
  shownTopic: Topic = topic,
  extra: { finishesTopic?: boolean } = {}
) {
  const handlers = {
    onStart: vi.fn<() => void>(),
    onDone: vi.fn<(actualMinutes: number, rating?: RecallRating) => void>(),
    onSkip: vi.fn<() => void>(),
    onClose: vi.fn<() => void>(),
    onNotesChange: vi.fn<(notes: string) => void>()
  }
  const openExternal = vi.fn<(url: string) => Promise<boolean>>(async () => true)
  const view = render(
    <PlatformProvider platform={{ openExternal } as unknown as Platform}>
      <SessionPanel
        session={session}
        topic={shownTopic}
        stage={stage}
        timeZone="Europe/Rome"
        locale="en-GB"
        notes=""
        {...timer}
        {...handlers}
        {...extra}
      />
    </PlatformProvider>
  )
  return { ...handlers, openExternal, user: userEvent.setup(), unmount: view.unmount }
}

describe('SessionPanel', () => {
  it('shows the topic, its stage, summary and outcome', () => {
    renderPanel(makeSession('s', Date.UTC(2026, 0, 5, 18), { topicId: topic.id }))
    expect(screen.getByRole('heading', { level: 2, name: topic.title })).toBeTruthy()
    expect(screen.getByText(topic.summary)).toBeTruthy()
    expect(screen.getByText(topic.outcome)).toBeTruthy()
    expect(screen.getByText(new RegExp(`${stage.title} · Study`))).toBeTruthy()
  })

  it('Done passes the minutes actually studied', async () => {
    const { user, onDone } = renderPanel(makeSession('s', Date.UTC(2026, 0, 5, 18), { topicId: topic.id }))
    await user.click(screen.getByRole('button', { name: 'Done…' }))
    const minutes = screen.getByLabelText('Minutes you actually studied')
    expect((minutes as HTMLInputElement).value).toBe('60')
    await user.clear(minutes)
    await user.type(minutes, '45')
    await user.click(screen.getByRole('button', { name: 'Mark done' }))
    expect(onDone).toHaveBeenCalledWith(45)
  })

  it('a review asks for the recall rating before it can be marked done, and sends it with Done (one action)', async () => {
    const { user, onDone } = renderPanel(
      makeSession('r', Date.UTC(2026, 0, 5, 18), { topicId: topic.id, kind: 'review', minutes: 15 })
    )
    await user.click(screen.getByRole('button', { name: 'Done…' }))
    expect(screen.getByRole('button', { name: 'Mark done' })).toHaveProperty('disabled', true)
    await user.click(screen.getByRole('radio', { name: /Hard/ }))
    await user.click(screen.getByRole('button', { name: 'Mark done' }))
    expect(onDone).toHaveBeenCalledTimes(1)
    expect(onDone).toHaveBeenCalledWith(15, 'hard')
  })

  it("a topic's last study session asks how well it is known before Done, which plans its first review", async () => {
    const session = makeSession('s', Date.UTC(2026, 0, 5, 18), { topicId: topic.id })
    const { user, onDone } = renderPanel(session, undefined, topic, { finishesTopic: true })
    await user.click(screen.getByRole('button', { name: 'Done…' }))
    expect(screen.getByRole('group', { name: /last session of this topic.*plans its first review/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Mark done' })).toHaveProperty('disabled', true)
    await user.click(screen.getByRole('radio', { name: /Good/ }))
    await user.click(screen.getByRole('button', { name: 'Mark done' }))
    expect(onDone).toHaveBeenCalledTimes(1)
    expect(onDone).toHaveBeenCalledWith(60, 'good')
  })

  it('any other study session is marked done without a rating', async () => {
    const { user } = renderPanel(makeSession('s', Date.UTC(2026, 0, 5, 18), { topicId: topic.id }))
    await user.click(screen.getByRole('button', { name: 'Done…' }))
    expect(screen.queryByRole('group')).toBeNull()
    expect(screen.getByRole('button', { name: 'Mark done' })).toHaveProperty('disabled', false)
  })

  it('Start and Skip call back, Escape closes', async () => {
    const { user, onStart, onSkip, onClose } = renderPanel(
      makeSession('s', Date.UTC(2026, 0, 5, 18), { topicId: topic.id })
    )
    await user.click(screen.getByRole('button', { name: 'Start' }))
    await user.click(screen.getByRole('button', { name: 'Skip' }))
    await user.keyboard('{Escape}')
    expect(onStart).toHaveBeenCalledTimes(1)
    expect(onSkip).toHaveBeenCalledTimes(1)
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('once started, shows the minutes so far instead of Start, and Done suggests them as of pressing it', async () => {
    const start = Date.UTC(2026, 0, 5, 18)
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const { user, onDone } = renderPanel(makeSession('s', start, { topicId: topic.id, minutes: 60 }), {
        timer: startStudyTimer({ id: 's', startMs: start }, topic.title, start + 2 * 60_000),
        now: start + 39 * 60_000
      })
      expect(screen.queryByRole('button', { name: 'Start' })).toBeNull()
      // 18:02 UTC is 19:02 in Rome.
      expect(screen.getByText('Started at 19:02 · 37 min so far')).toBeTruthy()
      // The display's clock lags; Done reads the time it is pressed at.
      vi.setSystemTime(start + 41 * 60_000)
      await user.click(screen.getByRole('button', { name: 'Done…' }))
      expect((screen.getByLabelText('Minutes you actually studied') as HTMLInputElement).value).toBe('39')
      await user.click(screen.getByRole('button', { name: 'Mark done' }))
      expect(onDone).toHaveBeenCalledWith(39)
    } finally {
      vi.useRealTimers()
    }
  })

  it('says when a session was started well before its planned time, and that it is paused', () => {
    const start = Date.UTC(2026, 0, 5, 18)
    const early = startStudyTimer({ id: 's', startMs: start }, topic.title, start - 130 * 60_000)
    renderPanel(makeSession('s', start, { topicId: topic.id, minutes: 60 }), {
      timer: { ...early, pausedAtMs: early.startedAtMs + 20 * 60_000 },
      now: start
    })
    // 15:50 UTC is 16:50 in Rome.
    expect(
      screen.getByText('Started at 16:50 · 20 min so far · paused · Started 2 h 10 min before its planned time')
    ).toBeTruthy()
  })

  it('opens the Done form with the minutes of a timer stopped in the shell', async () => {
    const start = Date.UTC(2026, 0, 5, 18)
    const { user, onDone } = renderPanel(makeSession('s', start, { topicId: topic.id, minutes: 60 }), {
      timer: null,
      now: start,
      stoppedMinutes: 35
    })
    expect((screen.getByLabelText('Minutes you actually studied') as HTMLInputElement).value).toBe('35')
    await user.click(screen.getByRole('button', { name: 'Mark done' }))
    expect(onDone).toHaveBeenCalledWith(35)
  })

  it('opens resources through the Platform instead of navigating', async () => {
    const { user, openExternal } = renderPanel(makeSession('s', Date.UTC(2026, 0, 5, 18), { topicId: topic.id }))
    await user.click(screen.getByRole('link', { name: topic.resources[0]!.title }))
    expect(openExternal).toHaveBeenCalledWith(topic.resources[0]!.url)
  })

  it("shows a resource's host in its punycode form, so a look-alike name cannot pass for the one it imitates", () => {
    // 'аpple.com' with a Cyrillic а reads as apple.com; its ASCII form shows it is not.
    const lookAlike: Topic = { ...topic, resources: [{ title: 'Apple docs', url: 'https://\u0430pple.com/docs' }] }
    renderPanel(makeSession('s', Date.UTC(2026, 0, 5, 18), { topicId: topic.id }), undefined, lookAlike)
    expect(screen.getByText('(xn--pple-43d.com)')).toBeTruthy()
    expect(screen.queryByText(/\u0430pple/)).toBeNull()
  })

  it('saves edited notes when the field loses focus', async () => {
    const { user, onNotesChange } = renderPanel(makeSession('s', Date.UTC(2026, 0, 5, 18), { topicId: topic.id }))
    await user.type(screen.getByLabelText('Notes'), 'Chapter 3 done')
    await user.tab()
    expect(onNotesChange).toHaveBeenCalledWith('Chapter 3 done')
  })

  it('saves notes a moment after typing stops, once, without waiting for the field to lose focus', async () => {
    const { user, onNotesChange } = renderPanel(makeSession('s', Date.UTC(2026, 0, 5, 18), { topicId: topic.id }))
    await user.type(screen.getByLabelText('Notes'), 'Re-read')
    expect(onNotesChange).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(onNotesChange).toHaveBeenCalledWith('Re-read'), { timeout: NOTES_SAVE_DELAY_MS * 3 })
    await user.tab()
    expect(onNotesChange).toHaveBeenCalledTimes(1)
  })

  it('saves notes still being typed when the panel closes (Escape or another session)', async () => {
    const { user, onNotesChange, unmount } = renderPanel(
      makeSession('s', Date.UTC(2026, 0, 5, 18), { topicId: topic.id })
    )
    await user.type(screen.getByLabelText('Notes'), 'Half a thought')
    unmount()
    expect(onNotesChange).toHaveBeenCalledWith('Half a thought')
  })

  it('shows no notes field until the notes have loaded, so loaded notes are never hidden behind an empty field', () => {
    const openExternal = vi.fn<(url: string) => Promise<boolean>>(async () => true)
    const session = makeSession('s', Date.UTC(2026, 0, 5, 18), { topicId: topic.id })
    const props = {
      session,
      topic,
      stage,
      timeZone: 'Europe/Rome',
      locale: 'en-GB',
      timer: null,
      now: session.startMs,
      onStart: () => {},
      onDone: () => {},
      onSkip: () => {},
      onClose: () => {},
      onNotesChange: () => {}
    }
    const { rerender } = render(
      <PlatformProvider platform={{ openExternal } as unknown as Platform}>
        <SessionPanel {...props} />
      </PlatformProvider>
    )
    expect(screen.queryByLabelText('Notes')).toBeNull()
    rerender(
      <PlatformProvider platform={{ openExternal } as unknown as Platform}>
        <SessionPanel {...props} notes="From last week" />
      </PlatformProvider>
    )
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('From last week')
  })

  it('a done session shows its minutes and offers no actions', () => {
    renderPanel(makeSession('s', Date.UTC(2026, 0, 5, 18), { topicId: topic.id, status: 'done', minutes: 50 }))
    expect(screen.getByRole('status').textContent).toBe('Done · 50 min')
    expect(screen.queryByRole('button', { name: 'Done…' })).toBeNull()
  })
})
