// A roadmap file imported on the Roadmap screen: the learner chooses between a new plan with it and replacing this
// plan's roadmap, and a refusal says in their words what is wrong and what to do.
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import type { Roadmap } from '../../../../../src/shared/domain/roadmap'
import { App } from '../../../../../src/renderer/src/App'
import { dumpAll } from '../../../../../src/renderer/src/db/backupRepository'
import { PlannerDB } from '../../../../../src/renderer/src/db/PlannerDB'
import { createRepositories } from '../../../../../src/renderer/src/db/repositories'
import { chainRoadmap, topic } from '../../../shared/backup/backupFixtures'
import { NOW, smallPlan } from '../../db/planFixtures'
import { createFakePlatform } from '../../fakePlatform'

const LAZY = { timeout: 15_000 }
const openDbs: PlannerDB[] = []
afterEach(async () => {
  for (const db of openDbs.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

/** Like the built-in roadmap: a choice stage "specialization" whose second track the learner chose. */
function roadmapWithSpecialization(): Roadmap {
  const base = chainRoadmap('ai', 2)
  return {
    ...base,
    stages: [
      ...base.stages,
      {
        id: 'specialization',
        kind: 'choice',
        title: 'Specialization',
        summary: '',
        optional: false,
        tracks: [
          { id: 'vision', title: 'Vision', summary: '', topics: [topic('vision-1', 60)] },
          { id: 'nlp-llms', title: 'NLP and LLMs', summary: '', topics: [topic('nlp-1', 60)] }
        ]
      }
    ]
  }
}

/** Everything stored, except the daily backup's status, which the app writes in the background whenever it runs. */
async function storedData(db: PlannerDB) {
  const dump = await dumpAll(db)
  return { ...dump, settings: dump.settings.filter((setting) => !setting.key.startsWith('backup.')) }
}

const GO_OUTLINE = '# Go\n## Basics\n- Syntax (2h)\n- Concurrency (90m)'

async function setup(options: { doneFirst?: boolean } = {}) {
  const db = new PlannerDB(`import-choice-${Math.random()}`)
  openDbs.push(db)
  const repos = createRepositories(db)
  const settings = { ...smallPlan().settings, trackChoices: { specialization: 'nlp-llms' } }
  const created = await repos.plans.createPlan(
    smallPlan({ title: 'AI evenings', roadmap: roadmapWithSpecialization(), settings }),
    NOW
  )
  if (!created.ok) throw new Error(created.error.message)
  const planId = created.value.planId
  if (options.doneFirst) {
    const first = (await repos.plans.allSessions(planId))[0]!
    const done = await repos.sessions.markDone(first.id, 30, first.endMs)
    if (!done.ok) throw new Error(done.error.message)
  }
  render(<App platform={createFakePlatform()} db={db} />)
  const user = userEvent.setup()
  await user.click(await screen.findByRole('button', { name: 'Roadmap' }, LAZY))
  await screen.findByRole('region', { name: 'First' }, LAZY)
  const beforeImport = await storedData(db)
  await user.upload(
    screen.getByLabelText('Import roadmap file'),
    new File([GO_OUTLINE], 'go.md', { type: 'text/markdown' })
  )
  return { db, repos, user, planId, beforeImport }
}

describe('importing a roadmap on the Roadmap screen', () => {
  it('replaces the roadmap of a plan that chose a track the file lacks (was refused: No track "nlp-llms" in a choice stage "specialization")', async () => {
    const { db, user, planId } = await setup()
    await user.click(await screen.findByRole('button', { name: 'Replace this plan’s roadmap' }, LAZY))
    expect(await screen.findByRole('listitem', { name: 'Concurrency' }, LAZY)).toBeTruthy()
    expect(await screen.findByText(/Imported “go\.md”: this plan now follows Go/, {}, LAZY)).toBeTruthy()
    expect(screen.queryByText(/No track/)).toBeNull()
    expect((await db.plans.get(planId))?.settings.trackChoices).toBeUndefined()
  })

  it('refuses to replace it when studied topics are missing from the file, saying what to do, and stores nothing, not even the roadmap', async () => {
    const { db, repos, user, planId, beforeImport } = await setup({ doneFirst: true })
    const before = { plan: await repos.plans.getPlan(planId), sessions: await repos.plans.allSessions(planId) }
    await user.click(await screen.findByRole('button', { name: 'Replace this plan’s roadmap' }, LAZY))
    const alert = (await screen.findByRole('alert', {}, LAZY)).textContent
    expect(alert).toContain('“go.md” did not replace this plan’s roadmap.')
    expect(alert).toContain('“Go” does not have a topic you already studied or rated in this plan (“Topic ai-t0”)')
    expect(alert).toContain('Start a new plan with it instead')
    expect({ plan: await repos.plans.getPlan(planId), sessions: await repos.plans.allSessions(planId) }).toEqual(before)
    // The refusal once left the imported roadmap "go" stored: every table must be as it was before the file was chosen.
    expect(await storedData(db)).toEqual(beforeImport)
  })

  it('stores nothing while the learner chooses, nor when they cancel', async () => {
    const { db, user, beforeImport } = await setup()
    await screen.findByRole('button', { name: 'Replace this plan’s roadmap' }, LAZY)
    expect(await storedData(db)).toEqual(beforeImport)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(await storedData(db)).toEqual(beforeImport)
  })

  it('refuses a file past a backup limit, naming the file and the limit, and stores nothing', async () => {
    const { db, user, beforeImport } = await setup()
    await user.click(await screen.findByRole('button', { name: 'Cancel' }, LAZY))
    const stages = Array.from({ length: 501 }, (_, index) => `## Stage ${index}\n- Topic ${index} (1h)`).join('\n')
    await user.upload(
      screen.getByLabelText('Import roadmap file'),
      new File([`# Big\n${stages}`], 'big.md', { type: 'text/markdown' })
    )
    const alert = (await screen.findByRole('alert', {}, LAZY)).textContent
    expect(alert).toContain('“big.md” was not imported')
    // The outline reader names the line; the backup's own limit stands behind it (recordLimits.test.ts).
    expect(alert).toMatch(/at most 500/)
    expect(screen.queryByRole('button', { name: 'Replace this plan’s roadmap' })).toBeNull()
    expect(await storedData(db)).toEqual(beforeImport)
  })

  it('starts a new plan with the file, keeps the old one, and shows the new one', async () => {
    const { db, user, planId } = await setup()
    await user.click(await screen.findByRole('button', { name: 'Start a new plan with it' }, LAZY))
    const bar = await screen.findByRole('region', { name: 'New plan' }, LAZY)
    expect(within(bar).getByRole('button', { name: 'Cancel new plan' })).toBeTruthy()
    expect((await screen.findByRole('radio', { name: /Go/ }, LAZY)).matches(':checked')).toBe(true)
    const create = await screen.findByRole('button', { name: 'Create plan' }, LAZY)
    await waitFor(() => expect(create).toHaveProperty('disabled', false), LAZY)
    await user.click(create)
    await screen.findByRole('heading', { level: 1, name: 'Calendar' }, LAZY)

    const plans = await db.plans.toArray()
    expect(plans.map((plan) => plan.title).sort()).toEqual(['AI evenings', 'Go'])
    const switcher = screen.getByRole('combobox', { name: 'Current plan' }) as HTMLSelectElement
    expect(switcher.selectedOptions[0]?.textContent).toBe('Go')
    expect((await db.plans.get(planId))?.roadmapId).toBe('ai')
  })
})
