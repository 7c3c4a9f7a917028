// The first-run screen as a learner meets it: suggested hours painted, painting changes the preview, Create plan sends the choices.
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import { Onboarding } from '../../../../../src/renderer/src/features/onboarding/Onboarding'
import type { ImportRoadmapResult } from '../../../../../src/renderer/src/features/onboarding/RoadmapChoice'
import type { NewPlanInput } from '../../../../../src/renderer/src/components/planInputs/planInput'

const now = Date.UTC(2027, 0, 4, 8, 0) // Monday 4 January 2027

function renderOnboarding(onCreatePlan = vi.fn<(input: NewPlanInput) => Promise<void>>(async () => {})) {
  render(
    <Onboarding
      roadmaps={[aiEngineerRoadmap]}
      now={now}
      timeZone="Europe/Rome"
      locale="en-GB"
      firstDay={1}
      previewDelayMs={0}
      onCreatePlan={onCreatePlan}
    />
  )
  return { onCreatePlan, user: userEvent.setup() }
}

const cell = (name: string) => screen.getByRole('button', { name })
const sentence = () => screen.getByTestId('feasibility').textContent ?? ''

describe('Onboarding', () => {
  it('starts with the built-in roadmap, the suggested hours painted and a finish date in the preview', async () => {
    renderOnboarding()
    expect(screen.getByRole('radio', { name: /AI Engineer/ })).toHaveProperty('checked', true)
    expect(cell('Monday 19:00 to 19:30').getAttribute('aria-pressed')).toBe('true')
    expect(cell('Saturday 11:30 to 12:00').getAttribute('aria-pressed')).toBe('true')
    expect(cell('Sunday 19:00 to 19:30').getAttribute('aria-pressed')).toBe('false')
    expect(screen.getByText('13 h painted → 11.8 h of study after 10-minute breaks')).toBeTruthy()
    expect(sentence()).toMatch(/^You have 11.8 h\/week → finishes \d{1,2} \w+( \d{4})?\.$/)
  })

  it('dragging across empty cells paints them, raises the weekly hours and moves the finish date', async () => {
    const { user } = renderOnboarding()
    const before = sentence()
    await user.pointer([
      { keys: '[MouseLeft>]', target: cell('Sunday 09:00 to 09:30') },
      { target: cell('Sunday 09:30 to 10:00') },
      { target: cell('Sunday 10:00 to 10:30') },
      { target: cell('Sunday 10:30 to 11:00') },
      { keys: '[/MouseLeft]' }
    ])
    expect(cell('Sunday 10:30 to 11:00').getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByText('15 h painted → 13.7 h of study after 10-minute breaks')).toBeTruthy()
    await waitFor(() => expect(sentence()).toContain('You have 13.7 h/week'))
    expect(sentence()).not.toBe(before)
  })

  it('dragging from a painted cell erases', async () => {
    const { user } = renderOnboarding()
    await user.pointer([
      { keys: '[MouseLeft>]', target: cell('Monday 19:00 to 19:30') },
      { target: cell('Monday 19:30 to 20:00') },
      { keys: '[/MouseLeft]' }
    ])
    expect(cell('Monday 19:00 to 19:30').getAttribute('aria-pressed')).toBe('false')
    expect(cell('Monday 19:30 to 20:00').getAttribute('aria-pressed')).toBe('false')
    expect(screen.getByText('12 h painted → 11 h of study after 10-minute breaks')).toBeTruthy()
  })

  it('is operable from the keyboard: Space toggles and Shift+arrow paints while moving', async () => {
    const { user } = renderOnboarding()
    cell('Monday 07:00 to 07:30').focus()
    await user.keyboard(' ')
    expect(cell('Monday 07:00 to 07:30').getAttribute('aria-pressed')).toBe('true')
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{/Shift}')
    expect(cell('Monday 08:00 to 08:30').getAttribute('aria-pressed')).toBe('true')
    expect(document.activeElement).toBe(cell('Monday 08:00 to 08:30'))
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toBe(cell('Tuesday 08:00 to 08:30'))
    // 7:00-8:30 holds one 60-minute session: after its break, 20 minutes are too few for another.
    expect(
      screen.getByText(
        '14.5 h painted → 12.8 h of study after 10-minute breaks and skipping slots shorter than 30 minutes'
      )
    ).toBeTruthy()
  })

  it('drops the painted → study note when sessions may be as long as every window', async () => {
    const { user } = renderOnboarding()
    expect(screen.getByText('13 h painted → 11.8 h of study after 10-minute breaks')).toBeTruthy()
    const to = screen.getByRole('spinbutton', { name: 'to' })
    await user.clear(to)
    await user.type(to, '180')
    // No window is longer than a session now, so no break ever cuts one.
    expect(screen.getByText('13 h a week')).toBeTruthy()
    await waitFor(() => expect(sentence()).toMatch(/^You have 13 h\/week/))
  })

  it('a target date turns the preview into the needs / have / finishes sentence', async () => {
    const { user } = renderOnboarding()
    await user.type(screen.getByLabelText(/Target date/), '2027-06-01')
    await waitFor(() =>
      expect(sentence()).toMatch(/^Needs [\d.]+ h\/week to finish by 1 June; you have 11.8 h\/week → finishes /)
    )
  })

  it('blocks Create plan and explains when the shortest session is longer than the longest', async () => {
    const { user } = renderOnboarding()
    const from = screen.getByRole('spinbutton', { name: 'from' })
    await user.clear(from)
    await user.type(from, '90')
    expect(screen.getByText('The shortest session is longer than the longest.')).toBeTruthy()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create plan' })).toHaveProperty('disabled', true))
  })

  it('keeps sessions within 15 to 240 minutes: a length outside is flagged, never planned, and the field shows the length in use again', async () => {
    const { user, onCreatePlan } = renderOnboarding()
    const to = screen.getByRole('spinbutton', { name: 'to' })
    const inUse = (to as HTMLInputElement).value
    await user.clear(to)
    await user.type(to, '5')
    expect(to.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText(/Sessions can be 15 to 240 minutes long/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Create plan' }))
    expect((to as HTMLInputElement).value).toBe(inUse)
    expect(screen.queryByText(/Sessions can be 15 to 240 minutes long/)).toBeNull()
    expect(onCreatePlan.mock.calls[0]![0].availability.sessionMaxMinutes).toBe(Number(inUse))
  })

  it('Create plan passes the chosen roadmap, track, windows and pace', async () => {
    const { user, onCreatePlan } = renderOnboarding()
    await user.click(screen.getByRole('radio', { name: /Computer vision/ }))
    await user.selectOptions(screen.getByLabelText('Topics in parallel'), '3')
    await user.click(cell('Sunday 09:00 to 09:30'))
    await user.click(screen.getByRole('button', { name: 'Create plan' }))
    expect(onCreatePlan).toHaveBeenCalledTimes(1)
    const input = onCreatePlan.mock.calls[0]![0]
    expect(input.roadmap.id).toBe('ai-engineer')
    expect(input.settings).toMatchObject({
      startDate: '2027-01-04',
      timeZone: 'Europe/Rome',
      parallelTopics: 3,
      trackChoices: { specialization: 'computer-vision' }
    })
    expect(input.availability.windows).toContainEqual({ weekday: 0, start: '09:00', end: '09:30' })
    expect(input.availability.windows).toContainEqual({ weekday: 6, start: '09:00', end: '12:00' })
  })

  it('shows why creating failed and lets the learner try again', async () => {
    const onCreatePlan = vi.fn<(input: NewPlanInput) => Promise<void>>(async () => {
      throw new Error('Disk full')
    })
    const { user } = renderOnboarding(onCreatePlan)
    await user.click(screen.getByRole('button', { name: 'Create plan' }))
    expect((await screen.findByRole('alert')).textContent).toBe('Disk full')
    expect(screen.getByRole('button', { name: 'Create plan' })).toHaveProperty('disabled', false)
  })

  it('adds an imported roadmap and selects it', async () => {
    const imported = {
      ...aiEngineerRoadmap,
      id: 'imported',
      title: 'Web Developer',
      stages: aiEngineerRoadmap.stages.slice(0, 1)
    }
    const onImportRoadmap = vi.fn<(file: File) => Promise<ImportRoadmapResult>>(async () => ({
      ok: true,
      roadmap: imported
    }))
    render(
      <Onboarding
        roadmaps={[aiEngineerRoadmap]}
        now={now}
        timeZone="Europe/Rome"
        locale="en-GB"
        previewDelayMs={0}
        onCreatePlan={async () => {}}
        onImportRoadmap={onImportRoadmap}
      />
    )
    const user = userEvent.setup()
    await user.upload(
      screen.getByLabelText('Import a roadmap…'),
      new File(['{}'], 'web.json', { type: 'application/json' })
    )
    const option = await screen.findByRole('radio', { name: /Web Developer/ })
    expect(option).toHaveProperty('checked', true)
    expect(screen.getByText('Imported “Web Developer”.')).toBeTruthy()
    // One stage, nothing to choose: no step 2, and the steps after it are numbered as shown.
    expect(screen.getByText('· 1 stage')).toBeTruthy()
    expect(screen.queryByText(/Choose your specialization/)).toBeNull()
    expect(screen.getByText('2. When can you study?')).toBeTruthy()
    expect(screen.getByText('3. Dates and pace')).toBeTruthy()
  })
})
