// A new plan started from an imported file offers that roadmap first and selected, once, even when the file is an
// exported copy of the built-in roadmap under the same id.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { serializeRoadmapFile } from '../../../../../src/shared/backup/roadmapFile'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import { App } from '../../../../../src/renderer/src/App'
import { createFakePlatform } from '../../fakePlatform'
import { LAZY, storedPlanLeftOn, withStoredPlans } from '../../storedPlan'

withStoredPlans()

describe('new plan from an imported copy of the built-in roadmap', () => {
  it('lists the imported roadmap once, selected, in place of the built-in one it copies', async () => {
    const { db } = await storedPlanLeftOn('roadmap')
    render(<App platform={createFakePlatform()} db={db} />)
    const user = userEvent.setup()
    await screen.findByRole('region', { name: 'First' }, LAZY)
    const copy = { ...aiEngineerRoadmap, title: 'AI Engineer, my way' }
    await user.upload(
      screen.getByLabelText('Import roadmap file'),
      new File([serializeRoadmapFile(copy, Date.now())], 'mine.roadmap.json', { type: 'application/json' })
    )
    await user.click(await screen.findByRole('button', { name: 'Start a new plan with it' }, LAZY))
    const choices = await screen.findByRole('group', { name: /What do you want to learn/ }, LAZY)
    const radios = within(choices).getAllByRole('radio') as HTMLInputElement[]
    expect(radios).toHaveLength(1)
    expect(radios[0]!.checked).toBe(true)
    expect(within(choices).getByText('AI Engineer, my way')).toBeTruthy()
  })
})
