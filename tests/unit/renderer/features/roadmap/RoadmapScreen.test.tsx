// The roadmap screen as a learner meets it, over a real database: edits re-plan, broken edits change nothing, undo.
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import type { Roadmap } from '../../../../../src/shared/domain/roadmap'
import { App } from '../../../../../src/renderer/src/App'
import { dumpAll } from '../../../../../src/renderer/src/db/backupRepository'
import { PlannerDB } from '../../../../../src/renderer/src/db/PlannerDB'
import { createRepositories } from '../../../../../src/renderer/src/db/repositories'
import { chainRoadmap } from '../../../shared/backup/backupFixtures'
import { NOW, smallPlan } from '../../db/planFixtures'
import { createFakePlatform } from '../../fakePlatform'

/** Screens and sections load lazily: on a busy machine the first load can take seconds. */
const LAZY = { timeout: 15_000 }
const openDbs: PlannerDB[] = []
afterEach(async () => {
  for (const db of openDbs.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

const trackTopic = (id: string) => ({
  id,
  title: `Track topic ${id}`,
  summary: '',
  estimatedMinutes: 60,
  kind: 'learn' as const,
  prerequisites: [],
  resources: [{ title: `Guide to ${id}`, url: `https://example.org/${id}` }],
  outcome: ''
})

/** The chain roadmap plus a choice stage of two tracks. */
function roadmapWithTracks(): Roadmap {
  const base = chainRoadmap('rust', 4)
  const topic = trackTopic
  return {
    ...base,
    stages: [
      ...base.stages,
      {
        id: 'spec',
        kind: 'choice',
        title: 'Specialization',
        summary: '',
        optional: false,
        tracks: [
          { id: 'web', title: 'Web', summary: '', topics: [topic('web-1')] },
          { id: 'ml', title: 'Machine learning', summary: '', topics: [topic('ml-1'), topic('ml-2')] }
        ]
      }
    ]
  }
}

type Repositories = ReturnType<typeof createRepositories>

/** `prepare` runs on the stored plan before the app opens (work done, topics known). */
async function setup(
  roadmap: Roadmap = chainRoadmap('rust', 4),
  prepare?: (repos: Repositories, planId: string) => Promise<void>
) {
  const db = new PlannerDB(`roadmap-${Math.random()}`)
  openDbs.push(db)
  const repos = createRepositories(db)
  const created = await repos.plans.createPlan(smallPlan({ roadmap }), NOW)
  if (!created.ok) throw new Error(created.error.message)
  await prepare?.(repos, created.value.planId)
  const platform = createFakePlatform()
  const opened: string[] = []
  platform.openExternal = async (url) => (opened.push(url), true)
  render(<App platform={platform} db={db} />)
  const user = userEvent.setup()
  await user.click(await screen.findByRole('button', { name: 'Roadmap' }))
  await screen.findByRole('region', { name: 'First' }, LAZY)
  return { db, repos, user, planId: created.value.planId, opened }
}

const storedRoadmap = async (db: PlannerDB) => (await db.roadmaps.get('rust'))!.roadmap
const topicItem = (title: string) => screen.findByRole('listitem', { name: title })
/** The text a field's aria-describedby points at: what a screen reader reads after its label. */
const describedBy = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
/** Opens a closed stage by its heading's button (only the current stage and empty ones start open). */
async function openStage(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(await screen.findByRole('button', { name: title, expanded: false }))
}
/** Ticks a topic in a form's prerequisite list, after searching for it as a learner would. */
async function pickPrerequisite(user: ReturnType<typeof userEvent.setup>, form: HTMLElement, title: string) {
  const search = within(form).getByRole('searchbox', { name: 'Search topics' })
  await user.clear(search)
  await user.type(search, title)
  await user.click(within(form).getByRole('checkbox', { name: title }))
}

describe('RoadmapScreen', () => {
  it('lists stages with progress bars and topics with estimate, kind, prerequisites and status', async () => {
    await setup()
    const first = await screen.findByRole('region', { name: 'First' })
    expect(within(first).getByRole('progressbar', { name: 'First progress' })).toBeTruthy()
    expect(within(first).getByText('0 of 4 hours done')).toBeTruthy()
    const second = within(await topicItem('Topic rust-t1'))
    expect(second.getByText('0 of 2 hours done')).toBeTruthy()
    expect(second.getByText('learn')).toBeTruthy()
    expect(second.getByText('Topic rust-t0')).toBeTruthy()
    expect(second.getByText('Not started')).toBeTruthy()
  })

  it('changes an estimate, storing it and re-planning at once', async () => {
    const { db, user, planId } = await setup()
    await openStage(user, 'Second')
    await user.click(await screen.findByRole('button', { name: 'Edit Topic rust-t2' }))
    const estimate = screen.getByLabelText('Estimate (hours)')
    await user.clear(estimate)
    await user.type(estimate, '0.5')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(async () => expect((await db.plans.get(planId))?.report?.totalMinutes).toBe(3 * 120 + 30))
    // The database is written first; the screen repaints from it a moment later.
    expect(await within(await topicItem('Topic rust-t2')).findByText('0 of 0.5 hours done')).toBeTruthy()
    const minutes = (await createRepositories(db).plans.allSessions(planId))
      .filter((s) => s.topicId === 'rust-t2' && s.kind === 'study')
      .reduce((sum, s) => sum + s.minutes, 0)
    expect(minutes).toBe(30)
  })

  it('adds a topic with a prerequisite, planned after that prerequisite', async () => {
    const { db, user, planId } = await setup()
    await user.click(await screen.findByRole('button', { name: 'Add a topic to First' }))
    const form = screen.getByRole('group', { name: 'New topic in First' })
    await user.type(within(form).getByLabelText('Title'), 'Ownership drills')
    await user.clear(within(form).getByLabelText('Estimate (hours)'))
    await user.type(within(form).getByLabelText('Estimate (hours)'), '0.75')
    await pickPrerequisite(user, form, 'Topic rust-t3')
    await user.click(within(form).getByRole('button', { name: 'Add topic' }))
    expect(await topicItem('Ownership drills')).toBeTruthy()
    const sessions = await createRepositories(db).plans.allSessions(planId)
    const added = sessions.filter((s) => s.topicId === 'ownership-drills')
    expect(added.reduce((sum, s) => sum + s.minutes, 0)).toBe(45)
    const prerequisiteEnd = Math.max(
      ...sessions.filter((s) => s.topicId === 'rust-t3' && s.kind === 'study').map((s) => s.endMs)
    )
    expect(Math.min(...added.map((s) => s.startMs))).toBeGreaterThanOrEqual(prerequisiteEnd)
  })

  it('refuses an edit that makes a cycle, naming the topics, and changes nothing', async () => {
    const { db, user } = await setup()
    const before = await dumpAll(db)
    await user.click(await screen.findByRole('button', { name: 'Edit Topic rust-t0' }))
    await pickPrerequisite(user, screen.getByRole('group', { name: 'Edit Topic rust-t0' }), 'Topic rust-t3')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    const alert = await screen.findByText(/prerequisite cycle/)
    for (const title of ['Topic rust-t0', 'Topic rust-t1', 'Topic rust-t2', 'Topic rust-t3'])
      expect(alert.textContent).toContain(title)
    expect(await dumpAll(db)).toEqual(before)
  })

  it('refuses deleting a topic another one requires', async () => {
    const { db, user } = await setup()
    const before = await dumpAll(db)
    await user.click(await screen.findByRole('button', { name: 'Delete Topic rust-t1' }))
    expect((await screen.findByRole('alert')).textContent).toContain('“Topic rust-t2” requires “Topic rust-t1”')
    expect(await dumpAll(db)).toEqual(before)
  })

  it('reorders within a stage and undoes the move', async () => {
    const { db, user } = await setup()
    await openStage(user, 'Second')
    await user.click(await screen.findByRole('button', { name: 'Move up: Topic rust-t3' }))
    await waitFor(async () =>
      expect((await storedRoadmap(db)).stages[1]).toMatchObject({ topics: [{ id: 'rust-t3' }, { id: 'rust-t2' }] })
    )
    await user.click(await screen.findByRole('button', { name: 'Undo move of Topic rust-t3' }))
    await waitFor(async () =>
      expect((await storedRoadmap(db)).stages[1]).toMatchObject({ topics: [{ id: 'rust-t2' }, { id: 'rust-t3' }] })
    )
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull())
  })

  it('marks a topic as already known: its sessions leave the plan, its dependents move up, and undo brings it back', async () => {
    const { db, user, planId } = await setup()
    const planned = async () => (await createRepositories(db).plans.allSessions(planId)).map((s) => s.topicId)
    expect((await planned())[0]).toBe('rust-t0')
    const checkbox = (await screen.findByRole('checkbox', { name: 'Already known: Topic rust-t0' })) as HTMLInputElement
    await user.click(checkbox)
    // Ticked at once, while the write and the re-plan are still under way.
    expect(checkbox.checked).toBe(true)
    await waitFor(async () => expect((await db.plans.get(planId))?.settings.knownTopics).toEqual(['rust-t0']))
    const withoutKnown = await planned()
    expect(withoutKnown).not.toContain('rust-t0')
    // rust-t1 needs rust-t0; with rust-t0 known it is the first thing to study.
    expect(withoutKnown[0]).toBe('rust-t1')
    expect(
      within(await topicItem('Topic rust-t0')).getByText('Already known', { selector: '.topic-status' })
    ).toBeTruthy()
    await user.click(await screen.findByRole('button', { name: 'Undo mark of Topic rust-t0 as known' }))
    await waitFor(async () => expect((await db.plans.get(planId))?.settings.knownTopics ?? []).toEqual([]))
    expect((await planned())[0]).toBe('rust-t0')
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: 'Already known: Topic rust-t0' }) as HTMLInputElement).checked).toBe(
        false
      )
    )
  })

  it('keeps the undo history when the learner leaves the screen, and shares it with the calendar (its button and Ctrl+Z)', async () => {
    const { db, user } = await setup()
    await openStage(user, 'Second')
    await user.click(await screen.findByRole('button', { name: 'Move up: Topic rust-t3' }))
    await user.click(await screen.findByRole('button', { name: 'Move down: Topic rust-t0' }))
    await screen.findByRole('button', { name: 'Undo move of Topic rust-t0' })
    await user.click(screen.getByRole('button', { name: 'Calendar' }))
    // One history: the calendar offers the same step, and Ctrl+Z there takes it back.
    await screen.findByRole('button', { name: 'Undo move of Topic rust-t0' }, LAZY)
    await user.keyboard('{Control>}z{/Control}')
    await screen.findByRole('button', { name: 'Undo move of Topic rust-t3' })
    await user.click(await screen.findByRole('button', { name: 'Roadmap' }))
    await user.click(await screen.findByRole('button', { name: 'Undo move of Topic rust-t3' }, LAZY))
    await waitFor(async () =>
      expect((await storedRoadmap(db)).stages[1]).toMatchObject({ topics: [{ id: 'rust-t2' }, { id: 'rust-t3' }] })
    )
    expect((await storedRoadmap(db)).stages[0]).toMatchObject({ topics: [{ id: 'rust-t0' }, { id: 'rust-t1' }] })
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull())
  })

  it('undoes with Ctrl+Z outside text fields, and lists the shortcut in the ? overlay', async () => {
    const { db, user } = await setup()
    await openStage(user, 'Second')
    await user.click(await screen.findByRole('button', { name: 'Move up: Topic rust-t3' }))
    await screen.findByRole('button', { name: 'Undo move of Topic rust-t3' })
    await user.keyboard('{Control>}z{/Control}')
    await waitFor(async () =>
      expect((await storedRoadmap(db)).stages[1]).toMatchObject({ topics: [{ id: 'rust-t2' }, { id: 'rust-t3' }] })
    )
    await user.keyboard('?')
    const overlay = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, LAZY)
    expect(within(overlay).getByRole('table', { name: 'Calendar and roadmap' }).textContent).toContain(
      'Undo the last change to the plan'
    )
  })

  it('switches the specialization track and re-plans with its topics', async () => {
    const { db, user, planId } = await setup(roadmapWithTracks())
    const planned = async () => new Set((await createRepositories(db).plans.allSessions(planId)).map((s) => s.topicId))
    expect((await planned()).has('web-1')).toBe(true)
    await openStage(user, 'Specialization')
    await user.selectOptions(await screen.findByLabelText('Specialization track'), 'Machine learning')
    await waitFor(async () => expect((await db.plans.get(planId))?.settings.trackChoices).toEqual({ spec: 'ml' }))
    const topics = await planned()
    expect([topics.has('web-1'), topics.has('ml-1'), topics.has('ml-2')]).toEqual([false, true, true])
    expect(await topicItem('Track topic ml-2')).toBeTruthy()
  })

  it('adds a stage, fills it with a topic, renames it and moves it up', async () => {
    const { db, user, planId } = await setup()
    await user.type(await screen.findByLabelText('New stage title'), 'Extras')
    await user.click(screen.getByRole('button', { name: 'Add stage' }))
    await user.click(await screen.findByRole('button', { name: 'Add a topic to Extras' }))
    await user.type(screen.getByLabelText('Title'), 'Macros')
    await user.click(screen.getByRole('button', { name: 'Add topic' }))
    await waitFor(async () =>
      expect((await storedRoadmap(db)).stages.map((stage) => stage.title)).toEqual(['First', 'Second', 'Extras'])
    )
    expect((await db.plans.get(planId))?.report?.totalMinutes).toBe(4 * 120 + 60)

    await user.click(screen.getByRole('button', { name: 'Rename stage: Extras' }))
    await user.clear(screen.getByLabelText('Stage title'))
    await user.type(screen.getByLabelText('Stage title'), 'Advanced')
    await user.click(screen.getByRole('button', { name: 'Save title' }))
    await user.click(await screen.findByRole('button', { name: 'Move stage up: Advanced' }))
    await waitFor(async () =>
      expect((await storedRoadmap(db)).stages.map((stage) => stage.title)).toEqual(['First', 'Advanced', 'Second'])
    )
  })

  it('refuses deleting a stage whose topics another stage requires', async () => {
    const { db, user } = await setup()
    const before = await dumpAll(db)
    await user.click(await screen.findByRole('button', { name: 'Delete stage: First' }))
    expect((await screen.findByRole('alert')).textContent).toContain('“Topic rust-t2” requires “Topic rust-t1”')
    expect(await dumpAll(db)).toEqual(before)
  })

  it('opens a topic’s resource outside the app', async () => {
    const { user, opened } = await setup(roadmapWithTracks())
    await openStage(user, 'Specialization')
    await user.click(await screen.findByRole('link', { name: 'Guide to web-1' }))
    expect(opened).toEqual(['https://example.org/web-1'])
  })

  it('keeps a refused edit’s form open with the reason next to its fields', async () => {
    const { user } = await setup()
    await user.click(await screen.findByRole('button', { name: 'Edit Topic rust-t1' }))
    const form = screen.getByRole('group', { name: 'Edit Topic rust-t1' })
    await pickPrerequisite(user, form, 'Topic rust-t2')
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect((await within(form).findByRole('alert')).textContent).toContain(
      '“Topic rust-t1” → “Topic rust-t2” → “Topic rust-t1”'
    )
  })

  it('a deletion the store refuses (the topic has notes) is shown at once and taken back, with the reason', async () => {
    const { db, repos, user, planId } = await setup()
    expect((await repos.notes.saveNote(planId, 'rust-t3', 'Borrow checker: read chapter 4 again', NOW)).ok).toBe(true)
    const before = await dumpAll(db)
    await openStage(user, 'Second')
    await user.click(await screen.findByRole('button', { name: 'Delete Topic rust-t3' }))
    expect((await screen.findByRole('alert')).textContent).toContain('has notes you wrote')
    // The optimistic deletion is gone again: the topic is listed as stored, and nothing changed.
    expect(await topicItem('Topic rust-t3')).toBeTruthy()
    expect(await dumpAll(db)).toEqual(before)
  })

  it('an edit whose write fails (a full disk) is taken back, with the reason, and nothing is stored', async () => {
    const { db, user } = await setup()
    const before = await dumpAll(db)
    db.roadmaps.hook('updating', () => {
      throw new Error('The disk is full.')
    })
    await user.click(await screen.findByRole('button', { name: 'Move down: Topic rust-t0' }))
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Not saved: it could not be written (The disk is full.)'
    )
    const first = await screen.findByRole('region', { name: 'First' })
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label'))[0]
    ).toBe('Topic rust-t0')
    expect(await dumpAll(db)).toEqual(before)
  })

  it('shows why an imported file was refused, and changes nothing', async () => {
    const { db, user } = await setup()
    const before = await dumpAll(db)
    await user.upload(
      screen.getByLabelText('Import roadmap file'),
      new File(['# Title\n## Stage\n- no estimate here'], 'bad.md', { type: 'text/markdown' })
    )
    expect((await screen.findByRole('alert')).textContent).toMatch(/“bad\.md” was not imported \(line 3\).*no estimate/)
    expect(await dumpAll(db)).toEqual(before)
  })

  it('imports a Markdown outline as the plan’s roadmap when the learner chooses to replace it', async () => {
    const { db, user, planId } = await setup()
    await user.upload(
      screen.getByLabelText('Import roadmap file'),
      new File(['# Go\n## Basics\n- Syntax (2h)\n- Concurrency (90m)'], 'go.md', { type: 'text/markdown' })
    )
    await user.click(await screen.findByRole('button', { name: 'Replace this plan’s roadmap' }))
    expect(await topicItem('Concurrency')).toBeTruthy()
    const plan = await db.plans.get(planId)
    expect((await db.roadmaps.get(plan!.roadmapId))!.roadmap.stages.map((stage) => stage.title)).toEqual(['Basics'])
    // The roadmap the plan left is kept as it was, for any other plan on it.
    expect((await storedRoadmap(db)).stages.map((stage) => stage.title)).toEqual(['First', 'Second'])
  })
})

const stageButton = (title: string) => screen.findByRole('button', { name: title })

describe('RoadmapScreen at scale (#19 item 5)', () => {
  it('opens the current stage only, and keeps what the learner opened and closed when they come back', async () => {
    const { user } = await setup()
    expect((await stageButton('First')).getAttribute('aria-expanded')).toBe('true')
    expect((await stageButton('Second')).getAttribute('aria-expanded')).toBe('false')
    // A closed stage still says how far along it is, but lists no topics.
    const second = await screen.findByRole('region', { name: 'Second' })
    expect(within(second).getByText('0 of 4 hours done')).toBeTruthy()
    expect(within(second).queryByRole('listitem')).toBeNull()
    expect(screen.queryByRole('listitem', { name: 'Topic rust-t2' })).toBeNull()

    await user.click(await stageButton('First'))
    await user.click(await stageButton('Second'))
    expect(await topicItem('Topic rust-t2')).toBeTruthy()
    expect(screen.queryByRole('listitem', { name: 'Topic rust-t0' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Calendar' }))
    await user.click(await screen.findByRole('button', { name: 'Roadmap' }, LAZY))
    expect((await stageButton('First')).getAttribute('aria-expanded')).toBe('false')
    expect((await stageButton('Second')).getAttribute('aria-expanded')).toBe('true')
  })

  it('opens the first stage with work left: a finished first stage starts closed', async () => {
    await setup(chainRoadmap('rust', 4), async (repos, planId) => {
      const plan = (await repos.plans.getPlan(planId))!
      const result = await repos.plans.updatePlan(
        planId,
        { settings: { ...plan.settings, knownTopics: ['rust-t0', 'rust-t1'] } },
        NOW
      )
      if (!result.ok) throw new Error(result.error.message)
    })
    expect((await stageButton('First')).getAttribute('aria-expanded')).toBe('false')
    expect((await stageButton('Second')).getAttribute('aria-expanded')).toBe('true')
  })

  it('shows the hours done of each topic and stage from the done sessions', async () => {
    await setup(chainRoadmap('rust', 4), async (repos, planId) => {
      const first = (await repos.plans.allSessions(planId)).find((s) => s.topicId === 'rust-t0' && s.kind === 'study')!
      const done = await repos.sessions.markDone(first.id, 30, first.endMs)
      if (!done.ok) throw new Error(done.error.message)
    })
    expect(within(await topicItem('Topic rust-t0')).getByText('0.5 of 2 hours done')).toBeTruthy()
    expect(within(await topicItem('Topic rust-t1')).getByText('0 of 2 hours done')).toBeTruthy()
    expect(within(await screen.findByRole('region', { name: 'First' })).getByText('0.5 of 4 hours done')).toBeTruthy()
  })

  it('takes the estimate in hours (a comma works as the decimal mark) and stores minutes; a wrong one is refused beside the field', async () => {
    const { db, user } = await setup()
    await user.click(await screen.findByRole('button', { name: 'Edit Topic rust-t1' }))
    const form = screen.getByRole('group', { name: 'Edit Topic rust-t1' })
    const estimate = within(form).getByLabelText('Estimate (hours)')
    expect((estimate as HTMLInputElement).value).toBe('2')
    const before = await dumpAll(db)
    await user.clear(estimate)
    await user.type(estimate, 'two')
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(estimate.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(estimate)).toBe('Enter the estimate in hours, for example 1.5.')
    expect(document.activeElement).toBe(estimate)
    expect(await dumpAll(db)).toEqual(before)

    await user.clear(estimate)
    await user.type(estimate, '1,5')
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    await waitFor(async () =>
      expect((await storedRoadmap(db)).stages[0]).toMatchObject({ topics: [{}, { estimatedMinutes: 90 }] })
    )
    expect(await within(await topicItem('Topic rust-t1')).findByText('0 of 1.5 hours done')).toBeTruthy()
  })

  it('offers as prerequisites only the plan’s stages and chosen track, found by searching', async () => {
    const { user } = await setup(roadmapWithTracks())
    await user.click(await screen.findByRole('button', { name: 'Edit Topic rust-t1' }))
    const form = screen.getByRole('group', { name: 'Edit Topic rust-t1' })
    const offered = () =>
      within(form)
        .queryAllByRole('checkbox')
        .map((box) => box.closest('label')!.textContent)
    // The chosen track is Web: Machine learning's topics are not offered, nor the topic itself.
    expect(offered()).toEqual(['Topic rust-t0', 'Topic rust-t2', 'Topic rust-t3', 'Track topic web-1'])
    await user.type(within(form).getByRole('searchbox', { name: 'Search topics' }), 'web')
    expect(offered()).toEqual(['Track topic web-1'])
    expect(within(form).getByText('1 of 4 topics match')).toBeTruthy()
    await user.clear(within(form).getByRole('searchbox', { name: 'Search topics' }))
    await user.type(within(form).getByRole('searchbox', { name: 'Search topics' }), 'ml-1')
    expect(offered()).toEqual([])
    expect(within(form).getByText('No topic matches.')).toBeTruthy()
    // By keyboard: Enter with one match left ticks it, and the chosen one shows as a removable chip.
    await user.clear(within(form).getByRole('searchbox', { name: 'Search topics' }))
    await user.type(within(form).getByRole('searchbox', { name: 'Search topics' }), 't3{Enter}')
    const chosen = within(form).getByRole('list', { name: 'Chosen prerequisites' })
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.replace('×', ''))
    ).toEqual(['Topic rust-t0', 'Topic rust-t3'])
    // Enter did not submit the form.
    expect(screen.getByRole('group', { name: 'Edit Topic rust-t1' })).toBeTruthy()
  })

  it('renames a topic: the title is stored, the plan re-planned, and Undo offers the rename back', async () => {
    const { db, user, planId } = await setup()
    const versionBefore = (await storedRoadmap(db)).version
    await user.click(await screen.findByRole('button', { name: 'Edit Topic rust-t1' }))
    const title = screen.getByLabelText('Title')
    await user.clear(title)
    await user.type(title, 'Ownership and borrowing')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await topicItem('Ownership and borrowing')).toBeTruthy()
    await waitFor(async () =>
      expect((await storedRoadmap(db)).stages[0]).toMatchObject({
        topics: [{}, { id: 'rust-t1', title: 'Ownership and borrowing', estimatedMinutes: 120 }]
      })
    )
    expect((await storedRoadmap(db)).version).toBe(versionBefore + 1)
    // Its dependents name it by the new title; the plan's own undo history has the step (the edit re-planned it).
    await openStage(user, 'Second')
    expect(within(await topicItem('Topic rust-t2')).getByText('Ownership and borrowing')).toBeTruthy()
    expect(await createRepositories(db).sessions.undoLabel(planId)).toBe('rename of Topic rust-t1')
    await user.click(await screen.findByRole('button', { name: 'Undo rename of Topic rust-t1' }))
    await waitFor(async () =>
      expect((await storedRoadmap(db)).stages[0]).toMatchObject({ topics: [{}, { title: 'Topic rust-t1' }] })
    )
  })

  it('refuses an empty title beside the field', async () => {
    const { db, user } = await setup()
    const before = await dumpAll(db)
    await user.click(await screen.findByRole('button', { name: 'Edit Topic rust-t1' }))
    await user.clear(screen.getByLabelText('Title'))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(describedBy(screen.getByLabelText('Title'))).toBe('A topic needs a title.')
    expect(await dumpAll(db)).toEqual(before)
  })

  it('offers Undo where the learner is after deleting a stage, and Undo brings the stage and its plan back', async () => {
    const { db, user, planId } = await setup()
    const sessionsBefore = (await createRepositories(db).plans.allSessions(planId)).length
    await openStage(user, 'Second')
    await user.click(await screen.findByRole('button', { name: 'Delete stage: Second' }))
    const undo = await screen.findByRole('button', { name: 'Undo' })
    expect(screen.getByText('Deleted the stage “Second” and its 2 topics.')).toBeTruthy()
    // The deleted stage's button had the focus: it moves to Undo (in an effect after the offer shows), not to the start
    // of the page.
    await waitFor(() => expect(document.activeElement).toBe(undo))
    await waitFor(async () => expect((await storedRoadmap(db)).stages.map((stage) => stage.title)).toEqual(['First']))
    await user.click(undo)
    await waitFor(async () =>
      expect((await storedRoadmap(db)).stages.map((stage) => stage.title)).toEqual(['First', 'Second'])
    )
    expect((await createRepositories(db).plans.allSessions(planId)).length).toBe(sessionsBefore)
    expect(await topicItem('Topic rust-t3')).toBeTruthy()
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Second' })))
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
  })

  it('withdraws the Undo offer once another change takes the deletion’s place', async () => {
    const { user } = await setup()
    await openStage(user, 'Second')
    await user.click(await screen.findByRole('button', { name: 'Delete stage: Second' }))
    await screen.findByRole('button', { name: 'Undo' })
    await user.click(screen.getByRole('button', { name: 'Move down: Topic rust-t0' }))
    await screen.findByRole('button', { name: 'Undo move of Topic rust-t0' })
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull())
  })
})
