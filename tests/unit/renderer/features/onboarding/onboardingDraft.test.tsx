// Leaving first run for another screen and coming back: every choice is as the learner left it, until the plan is created.
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DatabaseProvider, DatabaseReady } from '../../../../../src/renderer/src/db/DatabaseContext'
import { PlannerDB } from '../../../../../src/renderer/src/db/PlannerDB'
import { CalendarScreen } from '../../../../../src/renderer/src/components/CalendarScreen'
import { Onboarding } from '../../../../../src/renderer/src/features/onboarding/Onboarding'
import { PlatformProvider } from '../../../../../src/renderer/src/platform/PlatformContext'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import { createFakePlatform } from '../../fakePlatform'

const db = new PlannerDB(`onboarding-draft-${Math.random()}`)
afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

const cell = (name: string | RegExp) => screen.getByRole('button', { name })
const field = (label: RegExp | string) => screen.getByLabelText(label) as HTMLInputElement

/** The shell shows one screen at a time: leaving the Calendar unmounts first run, as the sidebar does. */
function shell(screenShown: 'calendar' | 'roadmap') {
  return (
    <PlatformProvider platform={createFakePlatform({ desktop: null })}>
      <DatabaseProvider db={db}>
        <DatabaseReady>{screenShown === 'calendar' ? <CalendarScreen /> : <h1>Roadmap</h1>}</DatabaseReady>
      </DatabaseProvider>
    </PlatformProvider>
  )
}

describe('first run, left by the sidebar and opened again', () => {
  it('keeps the track, optional stages, painted hours, dates and pace the learner chose', async () => {
    const { rerender } = render(shell('calendar'))
    const user = userEvent.setup()
    await user.click(await screen.findByRole('radio', { name: /Computer vision/ }, { timeout: 15_000 }))
    await user.click(screen.getByRole('checkbox', { name: 'Include optional stages' }))
    // CalendarScreen formats in the runtime's locale (en-US here).
    await user.click(cell(/^Sunday 9:00\sAM to 9:30\sAM$/))
    await user.type(field(/Target date/), '2028-06-01')
    await user.selectOptions(screen.getByLabelText('Topics in parallel'), '3')
    await user.click(screen.getByRole('checkbox', { name: /spaced reviews/ }))

    rerender(shell('roadmap'))
    expect(screen.queryByRole('heading', { name: 'Plan your studies' })).toBeNull()
    rerender(shell('calendar'))

    expect(await screen.findByRole('radio', { name: /Computer vision/ }, { timeout: 15_000 })).toHaveProperty(
      'checked',
      true
    )
    expect(screen.getByRole('checkbox', { name: 'Include optional stages' })).toHaveProperty('checked', false)
    expect(cell(/^Sunday 9:00\sAM to 9:30\sAM$/).getAttribute('aria-pressed')).toBe('true')
    expect(cell(/^Monday 7:00\sPM to 7:30\sPM$/).getAttribute('aria-pressed')).toBe('true')
    expect(field(/Target date/).value).toBe('2028-06-01')
    expect((screen.getByLabelText('Topics in parallel') as HTMLSelectElement).value).toBe('3')
    expect(screen.getByRole('checkbox', { name: /spaced reviews/ })).toHaveProperty('checked', false)
    await waitFor(() => expect(screen.getByTestId('feasibility').textContent).toMatch(/to finish by June 1, 2028/))
  })
})

describe('Onboarding with a draft key', () => {
  const imported = {
    ...aiEngineerRoadmap,
    id: 'imported',
    title: 'Web Developer',
    stages: aiEngineerRoadmap.stages.slice(0, 1)
  }
  const steps = (onCreatePlan: () => Promise<void>) => (
    <Onboarding
      roadmaps={[aiEngineerRoadmap]}
      now={Date.UTC(2027, 0, 4, 8, 0)}
      timeZone="Europe/London"
      locale="en-GB"
      firstDay={1}
      previewDelayMs={0}
      draftKey="draft-test"
      onCreatePlan={onCreatePlan}
      onImportRoadmap={async () => ({ ok: true, roadmap: imported })}
    />
  )

  it('keeps an imported roadmap chosen across leaving, and starts afresh once the plan is created', async () => {
    const onCreatePlan = vi.fn<() => Promise<void>>(async () => {})
    const first = render(steps(onCreatePlan))
    const user = userEvent.setup()
    await user.upload(screen.getByLabelText('Import a roadmap…'), new File(['{}'], 'web.json'))
    expect(await screen.findByRole('radio', { name: /Web Developer/ })).toHaveProperty('checked', true)
    first.unmount()

    const second = render(steps(onCreatePlan))
    expect(screen.getByRole('radio', { name: /Web Developer/ })).toHaveProperty('checked', true)
    await user.click(screen.getByRole('button', { name: 'Create plan' }))
    await waitFor(() => expect(onCreatePlan).toHaveBeenCalledTimes(1))
    second.unmount()

    render(steps(onCreatePlan))
    expect(screen.queryByRole('radio', { name: /Web Developer/ })).toBeNull()
    expect(screen.getByRole('radio', { name: /AI Engineer/ })).toHaveProperty('checked', true)
  })
})
