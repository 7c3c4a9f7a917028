// After missed sessions: options from the engine with their finish dates; nothing is applied until confirmed.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { ScheduleInput } from '../../../../../src/shared/domain/schedule'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import { buildSchedule } from '../../../../../src/shared/scheduling/buildSchedule'
import { previewMissedOptions, type MissedOptionPreview } from '../../../../../src/shared/scheduling/missed'
import { MissedSessionsPrompt } from '../../../../../src/renderer/src/features/calendar/MissedSessionsPrompt'
import { formatLocalDate } from '../../../../../src/shared/format'
import { SUGGESTED_WINDOWS } from '../../../../../src/renderer/src/components/planInputs/availabilityCells'

const input: ScheduleInput = {
  roadmap: aiEngineerRoadmap,
  availability: {
    windows: SUGGESTED_WINDOWS,
    blackouts: [],
    busy: [],
    dailyCapMinutes: 120,
    sessionMinMinutes: 30,
    sessionMaxMinutes: 60,
    breakMinutes: 10
  },
  settings: {
    startDate: '2027-01-04',
    targetDate: '2028-06-30',
    timeZone: 'Europe/Rome',
    parallelTopics: 2,
    reviews: { enabled: false }
  },
  now: Date.UTC(2027, 0, 4, 8)
}

function engineOptions() {
  const plan = buildSchedule(input)
  if (!plan.ok) throw new Error(JSON.stringify(plan.error))
  const later = Date.UTC(2027, 0, 18, 8)
  const missed = plan.sessions.filter((session) => session.endMs <= later)
  const stored = {
    roadmap: input.roadmap,
    availability: input.availability,
    settings: input.settings,
    sessions: plan.sessions,
    reviews: []
  }
  const options = previewMissedOptions(stored, later, plan.report.finishDate)
  if (!options.ok) throw new Error(JSON.stringify(options.error))
  return { missed, previews: { ...options, previousFinishDate: plan.report.finishDate } }
}

describe('MissedSessionsPrompt', () => {
  it('lists every option with its new finish date and applies only the confirmed one', async () => {
    const { missed, previews } = engineOptions()
    const onApply = vi.fn<(option: MissedOptionPreview) => void>()
    render(
      <MissedSessionsPrompt
        missedCount={missed.length}
        options={previews.options}
        previousFinishDate={previews.previousFinishDate}
        today="2027-01-18"
        locale="en-GB"
        onApply={onApply}
        onDismiss={() => {}}
      />
    )
    const user = userEvent.setup()
    expect(screen.getByRole('heading', { name: `You missed ${missed.length} sessions` })).toBeTruthy()
    const reflow = previews.options.find((option) => option.option === 'reflow')!
    const reflowRadio = screen.getByRole('radio', { name: /Place the missed work after this week/ })
    expect(reflowRadio.closest('label')!.textContent).toContain(
      `Finishes ${formatLocalDate(reflow.finishDate!, 'en-GB', true)}`
    )
    expect(screen.getAllByRole('radio')).toHaveLength(4)

    await user.click(reflowRadio)
    expect(onApply).not.toHaveBeenCalled()
    const raise = screen.getByRole('radio', { name: /Study a bit longer per day/ })
    await user.click(raise)
    expect(onApply).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    expect(onApply).toHaveBeenCalledTimes(1)
    expect(onApply.mock.calls[0]![0].option).toBe('raiseDailyCap')
  })

  it('keeps Apply disabled until a choice is made, and Not now applies nothing', async () => {
    const { missed, previews } = engineOptions()
    const onApply = vi.fn<(option: MissedOptionPreview) => void>()
    const onDismiss = vi.fn<() => void>()
    render(
      <MissedSessionsPrompt
        missedCount={missed.length}
        options={previews.options}
        previousFinishDate={previews.previousFinishDate}
        today="2027-01-18"
        locale="en-GB"
        onApply={onApply}
        onDismiss={onDismiss}
      />
    )
    expect(screen.getByRole('button', { name: 'Apply' })).toHaveProperty('disabled', true)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Not now' }))
    expect(onDismiss).toHaveBeenCalledTimes(1)
    expect(onApply).not.toHaveBeenCalled()
  })

  it('disables options that would change nothing', () => {
    const { previews } = engineOptions()
    const options = previews.options.map((option) =>
      option.option === 'dropOptional' ? { ...option, applicable: false } : option
    )
    render(
      <MissedSessionsPrompt
        missedCount={1}
        options={options}
        previousFinishDate={null}
        today="2027-01-18"
        locale="en-GB"
        onApply={() => {}}
        onDismiss={() => {}}
      />
    )
    expect(screen.getByRole('radio', { name: /Drop optional topics/ })).toHaveProperty('disabled', true)
    expect(screen.getByText('This plan has no optional topics left.')).toBeTruthy()
  })
})
