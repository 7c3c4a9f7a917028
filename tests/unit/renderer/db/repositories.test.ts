// The plan lifecycle through the repositories: create, mark done, skip, move, rate, regenerate, undo, edit the roadmap.
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dumpAll } from '../../../../src/renderer/src/db/backupRepository'
import { MAX_NOTE_LENGTH } from '../../../../src/renderer/src/db/notesRepository'
import { MAX_UNDO_STEPS } from '../../../../src/renderer/src/db/planState'
import { PlannerDB, type SessionRecord } from '../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../src/renderer/src/db/repositories'
import { chainRoadmap } from '../../shared/backup/backupFixtures'
import { DAY, NOW, smallPlan } from './planFixtures'

let db: PlannerDB
let repos: Repositories
let counter = 0

beforeEach(async () => {
  db = new PlannerDB(`repos-${Math.random()}`)
  await db.open()
  repos = createRepositories(db, () => `id${++counter}`)
})

afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

async function createSmallPlan(): Promise<string> {
  const created = await repos.plans.createPlan(smallPlan(), NOW)
  if (!created.ok) throw new Error(created.error.message)
  return created.value.planId
}

const planned = (sessions: SessionRecord[]) => sessions.filter((s) => s.status === 'planned')
const studyMinutes = (sessions: SessionRecord[], topicId: string) =>
  sessions
    .filter((s) => s.topicId === topicId && s.kind === 'study' && s.status !== 'skipped')
    .reduce((sum, s) => sum + s.minutes, 0)

describe('plan repository', () => {
  it('creates a plan whose sessions cover every topic estimate, and queries one week of it', async () => {
    const planId = await createSmallPlan()
    const plan = await repos.plans.getPlan(planId)
    expect(plan?.report?.totalMinutes).toBe(600)
    const sessions = await repos.plans.allSessions(planId)
    for (let i = 0; i < 5; i++) expect(studyMinutes(sessions, `rust-t${i}`)).toBe(120)
    expect(sessions.every((s) => s.id === `${planId}/${s.sessionId}` && s.planId === planId)).toBe(true)
    const weekStart = Date.UTC(2027, 0, 5)
    const week = await repos.plans.sessionsBetween(planId, weekStart, weekStart + 2 * DAY)
    expect(week.length).toBeGreaterThan(0)
    expect(week).toEqual(sessions.filter((s) => s.endMs > weekStart && s.startMs < weekStart + 2 * DAY))
    expect(week.length).toBeLessThan(sessions.length)
  })

  it('keeps a changed roadmap under the same id as a copy, and gives each plan a roadmap of its own', async () => {
    const first = await createSmallPlan()
    const second = await createSmallPlan()
    const changed = await repos.plans.createPlan(smallPlan({ roadmap: chainRoadmap('rust', 4) }), NOW)
    expect((await repos.roadmaps.listRoadmaps()).map((r) => r.id).sort()).toEqual(['rust', 'rust-2', 'rust-3'])
    expect((await repos.plans.getPlan(first))?.roadmapId).toBe('rust')
    expect((await repos.plans.getPlan(second))?.roadmapId).toBe('rust-2')
    expect(changed.ok && (await repos.plans.getPlan(changed.value.planId))?.roadmapId).toBe('rust-3')
  })

  it('reuses an identical stored roadmap that no plan follows', async () => {
    const planId = await createSmallPlan()
    expect((await repos.plans.deletePlan(planId, NOW)).ok).toBe(true)
    const again = await createSmallPlan()
    expect((await repos.plans.getPlan(again))?.roadmapId).toBe('rust')
    expect((await repos.roadmaps.listRoadmaps()).map((r) => r.id)).toEqual(['rust'])
  })

  it('refuses a plan the engine cannot build and writes nothing', async () => {
    const before = await dumpAll(db)
    const result = await repos.plans.createPlan(
      smallPlan({ availability: { ...smallPlan().availability, sessionMinMinutes: 90, sessionMaxMinutes: 60 } }),
      NOW
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'cannot-plan', where: 'availability.sessionMinMinutes' } })
    expect(await dumpAll(db)).toEqual(before)
  })
})

describe('session operations', () => {
  it('mark done logs actual minutes and re-plans the topic for what is left', async () => {
    const planId = await createSmallPlan()
    const first = (await repos.plans.allSessions(planId))[0]!
    const result = await repos.sessions.markDone(first.id, 20, first.endMs)
    expect(result.ok).toBe(true)
    const sessions = await repos.plans.allSessions(planId)
    expect(sessions.find((s) => s.id === first.id)).toMatchObject({ status: 'done', minutes: 20 })
    expect(studyMinutes(sessions, first.topicId)).toBe(120)
    expect(await repos.sessions.studyLog(planId)).toEqual([
      {
        id: expect.any(String),
        planId,
        sessionId: first.id,
        topicId: first.topicId,
        actualMinutes: 20,
        loggedAtMs: first.endMs
      }
    ])
    expect(await repos.sessions.markDone(first.id, 20, first.endMs)).toMatchObject({
      ok: false,
      error: { code: 'invalid' }
    })
  })

  it('re-planning the week keeps done, skipped, missed and pinned sessions and places the rest again from now', async () => {
    const planId = await createSmallPlan()
    const [a, b, c] = await repos.plans.allSessions(planId)
    await repos.sessions.markDone(a!.id, 60, a!.endMs)
    await repos.sessions.skip(b!.id, a!.endMs)
    const movedStart = c!.startMs + 3 * DAY
    await repos.sessions.moveSession(c!.id, movedStart, a!.endMs)
    const later = NOW + 10 * DAY
    const before = await repos.plans.allSessions(planId)
    const history = before.filter((s) => s.status !== 'planned' || s.pinned || s.endMs <= later)
    expect(history.some((s) => s.status === 'planned' && !s.pinned)).toBe(true)

    const preview = await repos.plans.previewReplanWeek(planId, later)
    expect(
      preview.ok &&
        preview.value.changed.every((change) => change.before === undefined || change.before.startMs >= later)
    ).toBe(true)
    expect(await repos.plans.allSessions(planId)).toEqual(before)
    const replanned = await repos.plans.replanWeek(planId, later)
    expect(replanned.ok).toBe(true)
    const after = await repos.plans.allSessions(planId)
    expect(after.filter((s) => s.status !== 'planned' || s.pinned || s.endMs <= later)).toEqual(history)
    expect(after.find((s) => s.id === c!.id)).toMatchObject({
      pinned: true,
      startMs: movedStart,
      endMs: movedStart + (c!.endMs - c!.startMs)
    })
    const ahead = planned(after).filter((s) => s.endMs > later)
    expect(ahead.every((s) => s.startMs >= later)).toBe(true)
    // Every topic's work is there once: done, or still ahead (missed and skipped sessions hold none).
    const covering = after.filter((s) => s.status === 'done' || (s.status === 'planned' && s.endMs > later))
    for (let i = 0; i < 5; i++) expect(studyMinutes(covering, `rust-t${i}`)).toBe(120)
    expect(await repos.sessions.undoLabel(planId)).toBe('Re-plan this week')
  })

  it('undo puts the plan back exactly as before the last operation', async () => {
    const planId = await createSmallPlan()
    const target = (await repos.plans.allSessions(planId))[2]!
    const before = await dumpAll(db)
    await repos.sessions.moveSession(target.id, target.startMs + DAY, NOW)
    expect(await dumpAll(db)).not.toEqual(before)
    expect(await repos.sessions.undoLabel(planId)).toBe('Move')
    expect(await repos.sessions.undo(planId, NOW)).toMatchObject({ ok: true, value: { label: 'Move' } })
    expect(await dumpAll(db)).toEqual(before)
    expect(await repos.sessions.undo(planId, NOW)).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('undo walks back several operations one by one, newest first, keeping the last MAX_UNDO_STEPS', async () => {
    const planId = await createSmallPlan()
    const states = [await dumpAll(db)]
    for (const session of (await repos.plans.allSessions(planId)).slice(0, 3)) {
      await repos.sessions.skip(session.id, NOW)
      states.push(await dumpAll(db))
    }
    for (let step = 3; step > 0; step--) {
      expect(await repos.sessions.undo(planId, NOW)).toMatchObject({ ok: true, value: { label: 'Skip' } })
      expect(await dumpAll(db)).toEqual(states[step - 1])
    }
    expect(await repos.sessions.undoLabel(planId)).toBeNull()

    for (let i = 0; i < MAX_UNDO_STEPS + 5; i++) await repos.plans.updatePlan(planId, { title: `Rust ${i}` }, NOW)
    expect(await db.undoSteps.count()).toBe(MAX_UNDO_STEPS)
  })

  it('refused operations change nothing', async () => {
    const planId = await createSmallPlan()
    const first = (await repos.plans.allSessions(planId))[0]!
    await repos.sessions.markDone(first.id, 30, NOW)
    const before = await dumpAll(db)
    expect(await repos.sessions.moveSession(first.id, NOW, NOW)).toMatchObject({
      ok: false,
      error: { code: 'invalid' }
    })
    expect(await repos.sessions.skip('nope', NOW)).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await repos.sessions.markDone(first.id, -5, NOW)).toMatchObject({
      ok: false,
      error: { where: 'actualMinutes' }
    })
    expect(await dumpAll(db)).toEqual(before)
  })

  it('a recall rating is stored and plans a review session of the topic', async () => {
    const planId = await createSmallPlan()
    const first = (await repos.plans.allSessions(planId))[0]!
    expect((await repos.plans.allSessions(planId)).some((s) => s.kind === 'review')).toBe(false)
    const result = await repos.sessions.rateReview(planId, first.topicId, 'good', first.endMs)
    expect(result.ok).toBe(true)
    const reviews = (await repos.plans.allSessions(planId)).filter((s) => s.kind === 'review')
    expect(reviews.map((s) => s.topicId)).toEqual([first.topicId])
    expect(reviews[0]!.startMs).toBeGreaterThan(first.endMs)
    expect(await repos.sessions.ratings(planId)).toMatchObject([
      { planId, topicId: first.topicId, rating: 'good', ratedAtMs: first.endMs }
    ])
  })
})

describe('editing a roadmap', () => {
  it('is one undo step with the plan: undo puts the roadmap and its sessions back together, then the step before', async () => {
    const planId = await createSmallPlan()
    const fresh = await dumpAll(db)
    await repos.plans.updatePlan(
      planId,
      { settings: { ...(await repos.plans.getPlan(planId))!.settings, knownTopics: ['rust-t0'] } },
      NOW,
      'mark of Topic rust-t0 as known'
    )
    const known = await dumpAll(db)
    const longer = chainRoadmap('rust', 6)
    expect((await repos.roadmaps.editRoadmap(longer, NOW, 'add of Topic rust-t5')).ok).toBe(true)
    expect(studyMinutes(await repos.plans.allSessions(planId), 'rust-t5')).toBeGreaterThan(0)

    expect(await repos.sessions.undoLabel(planId)).toBe('add of Topic rust-t5')
    expect(await repos.sessions.undo(planId, NOW)).toMatchObject({ ok: true, value: { label: 'add of Topic rust-t5' } })
    // The roadmap lost the topic and the plan its sessions: they never disagree.
    expect(await dumpAll(db)).toEqual(known)
    expect(await repos.sessions.undo(planId, NOW)).toMatchObject({
      ok: true,
      value: { label: 'mark of Topic rust-t0 as known' }
    })
    expect(await dumpAll(db)).toEqual(fresh)
  })

  it('undone in one plan, re-plans another plan using the same roadmap (as plans stored before each had its own may)', async () => {
    const first = await createSmallPlan()
    const second = await createSmallPlan()
    await db.plans.update(second, { roadmapId: (await repos.plans.getPlan(first))!.roadmapId })
    await repos.roadmaps.editRoadmap(chainRoadmap('rust', 6), NOW)
    expect(studyMinutes(await repos.plans.allSessions(second), 'rust-t5')).toBeGreaterThan(0)
    await repos.sessions.undo(first, NOW)
    expect(studyMinutes(await repos.plans.allSessions(second), 'rust-t5')).toBe(0)
  })

  it('re-plans every plan using it, and refuses an edit that would orphan done work', async () => {
    const planId = await createSmallPlan()
    const roadmap = chainRoadmap('rust', 5, 180)
    const edited = await repos.roadmaps.editRoadmap(roadmap, NOW)
    expect(edited).toMatchObject({ ok: true, value: { version: 2 } })
    expect(studyMinutes(await repos.plans.allSessions(planId), 'rust-t0')).toBe(180)

    const first = (await repos.plans.allSessions(planId))[0]!
    await repos.sessions.markDone(first.id, 60, NOW)
    const before = await dumpAll(db)
    const withoutTopic = {
      ...roadmap,
      stages: roadmap.stages.map((stage) =>
        stage.kind === 'sequence'
          ? {
              ...stage,
              topics: stage.topics.filter((t) => t.id !== first.topicId).map((t) => ({ ...t, prerequisites: [] }))
            }
          : stage
      )
    }
    const refused = await repos.roadmaps.editRoadmap(withoutTopic, NOW)
    expect(refused).toMatchObject({ ok: false, error: { code: 'cannot-plan', message: expect.stringMatching(/Rust/) } })
    expect(await dumpAll(db)).toEqual(before)
  })

  it('imports roadmaps from a JSON file and a Markdown outline, naming the line of an error', async () => {
    const exported = await repos.roadmaps.exportRoadmapFile('missing', NOW)
    expect(exported.ok).toBe(false)
    const fromMarkdown = await repos.roadmaps.importRoadmapMarkdown(
      '# Go\n## Basics\n- Syntax (2h)\n  - Setup (30m)\n',
      NOW
    )
    expect(fromMarkdown).toMatchObject({ ok: true, value: { id: 'go', title: 'Go' } })
    const file = await repos.roadmaps.exportRoadmapFile('go', NOW)
    if (!file.ok) throw new Error(file.error.message)
    await repos.roadmaps.editRoadmap(
      { ...(fromMarkdown.ok ? fromMarkdown.value : chainRoadmap('x', 1)), title: 'Go, edited' },
      NOW
    )
    expect(await repos.roadmaps.importRoadmapFile(file.value, NOW)).toMatchObject({
      ok: true,
      value: { id: 'go-2', title: 'Go' }
    })
    expect(await repos.roadmaps.importRoadmapMarkdown('## A\n- no estimate\n', NOW)).toMatchObject({
      ok: false,
      error: { code: 'file', where: 'line 2' }
    })
  })
})

describe('topic notes', () => {
  it('saves, reads back and replaces the notes on a topic; blank notes are deleted', async () => {
    const planId = await createSmallPlan()
    expect(await repos.notes.getNote(planId, 'rust-t0')).toBe('')
    expect(await repos.notes.saveNote(planId, 'rust-t0', 'Ownership: re-read ch. 4', NOW)).toEqual({
      ok: true,
      value: undefined
    })
    expect(await repos.notes.saveNote(planId, 'rust-t0', 'Ownership: done', NOW + 1)).toEqual({
      ok: true,
      value: undefined
    })
    expect(await repos.notes.getNote(planId, 'rust-t0')).toBe('Ownership: done')
    expect(await repos.notes.getNote(planId, 'rust-t1')).toBe('')
    await repos.notes.saveNote(planId, 'rust-t0', '  \n', NOW + 2)
    expect(await db.notes.count()).toBe(0)
  })

  it('refuses notes for an unknown plan or longer than a backup allows, changing nothing', async () => {
    const planId = await createSmallPlan()
    await repos.notes.saveNote(planId, 'rust-t0', 'kept', NOW)
    const before = await dumpAll(db)
    expect(await repos.notes.saveNote('nope', 'rust-t0', 'x', NOW)).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
    expect(await repos.notes.saveNote(planId, 'rust-t0', 'x'.repeat(MAX_NOTE_LENGTH + 1), NOW)).toMatchObject({
      ok: false,
      error: { code: 'invalid', where: 'notes' }
    })
    expect(await dumpAll(db)).toEqual(before)
  })

  it('are backed up and restored with the plan, and deleted with it', async () => {
    const planId = await createSmallPlan()
    await repos.notes.saveNote(planId, 'rust-t1', 'Lifetimes — ask on the forum', NOW)
    const backup = repos.backup.previewRestore(await repos.backup.exportBackup(NOW))
    if (!backup.ok) throw new Error(backup.error.message)
    expect(backup.value.summary.counts.notes).toBe(1)
    await repos.notes.saveNote(planId, 'rust-t1', 'changed after the backup', NOW + 1)
    await repos.backup.applyRestore(backup.value, NOW + 2)
    expect(await repos.notes.getNote(planId, 'rust-t1')).toBe('Lifetimes — ask on the forum')
    expect((await repos.plans.deletePlan(planId, NOW + 3)).ok).toBe(true)
    expect(await db.notes.count()).toBe(0)
  })
})
