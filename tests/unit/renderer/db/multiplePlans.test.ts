// More than one plan: which one the screens show, rename, archive, delete with a backup first, and moving a plan onto
// an imported roadmap.
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readBackup } from '../../../../src/shared/backup/backupFile'
import { serializeRoadmapFile } from '../../../../src/shared/backup/roadmapFile'
import type { Roadmap } from '../../../../src/shared/domain/roadmap'
import { dumpAll } from '../../../../src/renderer/src/db/backupRepository'
import { chosenPlan } from '../../../../src/renderer/src/db/chosenPlan'
import { BEFORE_DELETE_SNAPSHOT } from '../../../../src/renderer/src/db/planRepository'
import { PlannerDB, type PlanRecord } from '../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../src/renderer/src/db/repositories'
import { chainRoadmap, topic } from '../../shared/backup/backupFixtures'
import { NOW, smallPlan } from './planFixtures'

let db: PlannerDB
let repos: Repositories
let counter = 0

beforeEach(async () => {
  db = new PlannerDB(`plans-${Math.random()}`)
  await db.open()
  repos = createRepositories(db, () => `id${++counter}`)
})

afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

async function create(title: string, overrides: Parameters<typeof smallPlan>[0] = {}): Promise<string> {
  const created = await repos.plans.createPlan(smallPlan({ title, ...overrides }), NOW)
  if (!created.ok) throw new Error(created.error.message)
  return created.value.planId
}

const plan = (id: string, createdAtMs: number, archivedAtMs?: number): PlanRecord =>
  ({ id, createdAtMs, ...(archivedAtMs === undefined ? {} : { archivedAtMs }) }) as PlanRecord

describe('the plan the screens show', () => {
  const plans = [plan('a', 1), plan('b', 2), plan('c', 3, 9)]

  it('is the chosen plan, even when it is not the newest', () => {
    expect(chosenPlan(plans, 'a')?.id).toBe('a')
  })

  it('falls back to the newest plan not archived when the chosen one is archived, gone or never chosen', () => {
    expect(chosenPlan(plans, 'c')?.id).toBe('b')
    expect(chosenPlan(plans, 'deleted')?.id).toBe('b')
    expect(chosenPlan(plans, null)?.id).toBe('b')
  })

  it('is none when every plan is archived', () => {
    expect(chosenPlan([plan('a', 1, 5)], 'a')).toBeNull()
    expect(chosenPlan([], null)).toBeNull()
  })
})

describe('rename and archive', () => {
  it('renames a plan to the trimmed name and refuses an empty one, changing nothing', async () => {
    const planId = await create('Rust')
    expect((await repos.plans.renamePlan(planId, '  Rust, evenings  ', NOW + 1)).ok).toBe(true)
    expect((await repos.plans.getPlan(planId))?.title).toBe('Rust, evenings')
    const before = await dumpAll(db)
    expect(await repos.plans.renamePlan(planId, '   ', NOW + 2)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: 'Give the plan a name.' }
    })
    expect(await dumpAll(db)).toEqual(before)
  })

  it('archives a plan keeping its sessions, and brings it back', async () => {
    const planId = await create('Rust')
    const sessions = await repos.plans.allSessions(planId)
    expect((await repos.plans.setArchived(planId, true, NOW + 5)).ok).toBe(true)
    expect((await repos.plans.getPlan(planId))?.archivedAtMs).toBe(NOW + 5)
    expect(await repos.plans.allSessions(planId)).toEqual(sessions)
    expect((await repos.plans.setArchived(planId, false, NOW + 6)).ok).toBe(true)
    expect((await repos.plans.getPlan(planId))?.archivedAtMs).toBeUndefined()
  })

  it('keeps an archived plan archived through a backup and restore, and restores backups written before archiving existed', async () => {
    const planId = await create('Rust')
    const older = await repos.backup.exportBackup(NOW)
    expect(JSON.parse(older).data.plans[0]).not.toHaveProperty('archivedAtMs')
    await repos.plans.setArchived(planId, true, NOW + 5)
    const backup = readBackup(await repos.backup.exportBackup(NOW + 6))
    if (!backup.ok) throw new Error(backup.error.message)
    await repos.backup.applyRestore(backup.value, NOW + 7)
    expect((await repos.plans.getPlan(planId))?.archivedAtMs).toBe(NOW + 5)
    const restoredOlder = readBackup(older)
    expect(restoredOlder.ok).toBe(true)
  })
})

describe('plans on the same roadmap', () => {
  it('each follow a roadmap of their own: editing one plan’s roadmap leaves the other plan as it was', async () => {
    const first = await create('Rust')
    const second = await create('Rust again')
    const before = await repos.plans.allSessions(first)
    const secondRoadmap = (await repos.roadmaps.getRoadmap((await repos.plans.getPlan(second))!.roadmapId))!.roadmap
    const shorter = {
      ...secondRoadmap,
      stages: secondRoadmap.stages.map((stage) =>
        stage.kind === 'choice'
          ? stage
          : { ...stage, topics: stage.topics.map((t) => ({ ...t, estimatedMinutes: 30 })) }
      )
    }
    expect((await repos.roadmaps.editRoadmap(shorter, NOW + 1)).ok).toBe(true)
    expect((await repos.plans.getPlan(second))?.report?.totalMinutes).toBe(150)
    expect((await repos.plans.getPlan(first))?.report?.totalMinutes).toBe(600)
    expect(await repos.plans.allSessions(first)).toEqual(before)
  })

  it('a plan moved onto a roadmap another plan follows gets its own copy of it', async () => {
    const first = await create('Rust')
    const second = await create('Go', { roadmap: chainRoadmap('go', 2) })
    expect((await repos.plans.switchRoadmap(second, 'rust', NOW + 1)).ok).toBe(true)
    const moved = (await repos.plans.getPlan(second))!.roadmapId
    expect(moved).not.toBe('rust')
    expect((await repos.roadmaps.getRoadmap(moved))?.roadmap.stages).toEqual(
      (await repos.roadmaps.getRoadmap('rust'))?.roadmap.stages
    )
    expect((await repos.plans.getPlan(first))?.roadmapId).toBe('rust')
  })
})

describe('delete keeps a backup first', () => {
  it('keeps a restorable backup holding the deleted plan, and leaves other plans alone', async () => {
    const kept = await create('Kept')
    const deleted = await create('Deleted', { roadmap: chainRoadmap('go', 3) })
    const keptSessions = await repos.plans.allSessions(kept)
    const deletedSessions = await repos.plans.allSessions(deleted)
    const result = await repos.plans.deletePlan(deleted, NOW + 1)
    if (!result.ok) throw new Error(result.error.message)
    expect(await repos.plans.getPlan(deleted)).toBeUndefined()
    expect(await repos.plans.allSessions(deleted)).toEqual([])
    expect(await repos.plans.allSessions(kept)).toEqual(keptSessions)

    const snapshot = await db.snapshots.get(BEFORE_DELETE_SNAPSHOT)
    expect(snapshot?.text).toBe(result.value)
    const backup = readBackup(result.value)
    if (!backup.ok) throw new Error(backup.error.message)
    expect(backup.value.file.data.plans.map((p) => p.title).sort()).toEqual(['Deleted', 'Kept'])
    // Restoring that backup brings the deleted plan back with every session.
    await repos.backup.applyRestore(backup.value, NOW + 2)
    expect((await repos.plans.getPlan(deleted))?.title).toBe('Deleted')
    expect(await repos.plans.allSessions(deleted)).toEqual(deletedSessions)
  })

  it('refuses to delete a plan that does not exist, keeping no snapshot', async () => {
    await create('Kept')
    expect(await repos.plans.deletePlan('plan-nope', NOW)).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await db.snapshots.get(BEFORE_DELETE_SNAPSHOT)).toBeUndefined()
  })
})

/** A roadmap whose second stage is a choice between two tracks, like the built-in one's specialization. */
function choiceRoadmap(): Roadmap {
  const base = chainRoadmap('ai', 2)
  return {
    ...base,
    stages: [
      base.stages[0]!,
      {
        id: 'specialization',
        kind: 'choice',
        title: 'Specialization',
        summary: '',
        optional: false,
        tracks: [
          { id: 'vision', title: 'Vision', summary: '', topics: [topic('vision-1', 120)] },
          { id: 'nlp-llms', title: 'NLP and LLMs', summary: '', topics: [topic('nlp-1', 120)] }
        ]
      }
    ]
  } as Roadmap
}

describe('replace a plan’s roadmap with an imported one', () => {
  it('moves the plan onto the imported roadmap, dropping a track choice it lacks, and leaves other plans on the old one', async () => {
    const settings = { ...smallPlan().settings, trackChoices: { specialization: 'nlp-llms' }, knownTopics: ['ai-t0'] }
    const planId = await create('AI', { roadmap: choiceRoadmap(), settings })
    const other = await create('AI too', { roadmap: choiceRoadmap(), settings })
    const imported = await repos.roadmaps.importRoadmapFile(serializeRoadmapFile(chainRoadmap('mine', 3), NOW), NOW)
    if (!imported.ok) throw new Error(imported.error.message)

    const result = await repos.plans.switchRoadmap(planId, imported.value.id, NOW + 1)
    expect(result.ok).toBe(true)
    const moved = await repos.plans.getPlan(planId)
    expect(moved?.roadmapId).toBe('mine')
    expect(moved?.settings.trackChoices).toBeUndefined()
    expect(moved?.settings.knownTopics).toEqual([])
    expect(new Set((await repos.plans.allSessions(planId)).map((s) => s.topicId))).toEqual(
      new Set(['mine-t0', 'mine-t1', 'mine-t2'])
    )
    expect((await repos.plans.getPlan(other))?.roadmapId).toBe('ai-2')
    expect((await repos.plans.allSessions(other)).some((s) => s.topicId === 'nlp-1')).toBe(true)

    // Undo puts the plan back on its roadmap with its track choice.
    expect((await repos.sessions.undo(planId, NOW + 2)).ok).toBe(true)
    expect((await repos.plans.getPlan(planId))?.settings.trackChoices).toEqual({ specialization: 'nlp-llms' })
    expect((await repos.plans.getPlan(planId))?.roadmapId).toBe('ai')
  })

  it('refuses, in the learner’s words and changing nothing, when studied topics are missing from the imported roadmap', async () => {
    const planId = await create('Rust')
    const first = (await repos.plans.allSessions(planId))[0]!
    expect((await repos.sessions.markDone(first.id, 30, first.endMs)).ok).toBe(true)
    const imported = await repos.roadmaps.importRoadmapFile(serializeRoadmapFile(chainRoadmap('go', 2), NOW), NOW)
    if (!imported.ok) throw new Error(imported.error.message)
    const before = await dumpAll(db)
    const result = await repos.plans.switchRoadmap(planId, 'go', first.endMs + 1)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } })
    if (result.ok) return
    expect(result.error.message).toBe(
      '“Roadmap go” does not have a topic you already studied or rated in this plan (“Topic rust-t0”), so that work would be lost. Start a new plan with it instead: this plan stays as it is.'
    )
    expect(await dumpAll(db)).toEqual(before)
  })
})

describe('the order of plans', () => {
  it('is the same every time for plans made in the same millisecond: by title, whatever their ids', async () => {
    for (const ids of [
      ['b', 'a'],
      ['a', 'b']
    ]) {
      const orderDb = new PlannerDB(`plan-order-${Math.random()}`)
      const queue = [...ids]
      const orderRepos = createRepositories(orderDb, () => queue.shift() ?? crypto.randomUUID())
      try {
        await orderRepos.plans.createPlan(smallPlan({ title: 'AI Engineer' }), NOW)
        await orderRepos.plans.createPlan(smallPlan({ title: 'AI Engineer (2)' }), NOW)
        expect((await orderRepos.plans.listPlans()).map((made) => made.title)).toEqual([
          'AI Engineer',
          'AI Engineer (2)'
        ])
      } finally {
        orderDb.close()
        await Dexie.delete(orderDb.name)
      }
    }
  })
})
