// Quick add through the repositories: add a topic or free-text session, act on it, delete it, undo; bad input stores nothing.
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NO_TOPIC } from '../../../../src/shared/domain/session'
import { dumpAll } from '../../../../src/renderer/src/db/backupRepository'
import { PlannerDB, type SessionRecord } from '../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../src/renderer/src/db/repositories'
import { NOW, smallPlan } from './planFixtures'
import { englishError } from '../../../support/english'

let db: PlannerDB
let repos: Repositories
let counter = 0

beforeEach(async () => {
  db = new PlannerDB(`quick-add-${Math.random()}`)
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

/** Saturday 2027-01-02 10:00-11:00 in Rome (09:00Z): outside the plan's weekday evenings. */
const SATURDAY_10 = Date.UTC(2027, 0, 2, 9)
const HOUR = 3_600_000

const live = (sessions: SessionRecord[]) => sessions.filter((session) => session.status !== 'skipped')
const topicMinutes = (sessions: SessionRecord[], topicId: string) =>
  live(sessions)
    .filter((session) => session.topicId === topicId && session.kind === 'study')
    .reduce((sum, session) => sum + session.minutes, 0)

async function added(
  planId: string,
  draft: Parameters<Repositories['quickAdd']['addSession']>[1]
): Promise<SessionRecord> {
  const result = await repos.quickAdd.addSession(planId, draft, NOW)
  if (!result.ok) throw new Error(result.error.message)
  const session = (await repos.plans.allSessions(planId)).find((candidate) => candidate.id === result.value.id)
  if (!session) throw new Error('the added session was not stored')
  return session
}

describe('quick add', () => {
  it('adds a topic session pinned at the chosen time; the topic’s work is not planned twice; undo takes it back', async () => {
    const planId = await createSmallPlan()
    const before = await dumpAll(db)
    const session = await added(planId, { topicId: 'rust-t0', startMs: SATURDAY_10, endMs: SATURDAY_10 + HOUR })
    expect(session).toMatchObject({
      topicId: 'rust-t0',
      pinned: true,
      adHoc: true,
      status: 'planned',
      localStart: '2027-01-02T10:00',
      localEnd: '2027-01-02T11:00',
      minutes: 60
    })
    const sessions = await repos.plans.allSessions(planId)
    expect(topicMinutes(sessions, 'rust-t0')).toBe(120)
    expect(
      sessions
        .filter((candidate) => candidate.topicId === 'rust-t0' && !candidate.adHoc)
        .reduce((sum, candidate) => sum + candidate.minutes, 0)
    ).toBe(60)
    expect(await repos.sessions.undoLabel(planId)).toBe('Add session')
    expect(await repos.sessions.undo(planId, NOW)).toMatchObject({ ok: true, value: { label: 'Add session' } })
    expect(await dumpAll(db)).toEqual(before)
  })

  it('adds a free-text session that can be marked done, and it stays through later re-plans with its title', async () => {
    const planId = await createSmallPlan()
    const session = await added(planId, {
      topicId: NO_TOPIC,
      title: 'Read the attention paper',
      startMs: SATURDAY_10,
      endMs: SATURDAY_10 + HOUR
    })
    expect(session).toMatchObject({ topicId: NO_TOPIC, title: 'Read the attention paper', pinned: true, adHoc: true })
    expect(await repos.sessions.markDone(session.id, 50, session.endMs)).toMatchObject({ ok: true })
    const engineSession = (await repos.plans.allSessions(planId)).find((candidate) => candidate.id === session.id)
    expect(engineSession).toMatchObject({ status: 'done', minutes: 50, title: 'Read the attention paper' })
    expect(await repos.sessions.studyLog(planId)).toEqual([
      expect.objectContaining({ sessionId: session.id, topicId: NO_TOPIC, actualMinutes: 50 })
    ])
    // Every topic keeps its whole estimate planned: free text is work on none of them.
    const sessions = await repos.plans.allSessions(planId)
    for (let index = 0; index < 5; index++) expect(topicMinutes(sessions, `rust-t${index}`)).toBe(120)
  })

  it('moves and skips an added session like any other, keeping its title', async () => {
    const planId = await createSmallPlan()
    const session = await added(planId, {
      topicId: NO_TOPIC,
      title: 'Paper',
      startMs: SATURDAY_10,
      endMs: SATURDAY_10 + HOUR
    })
    expect(await repos.sessions.moveSession(session.id, SATURDAY_10 + 2 * HOUR, NOW)).toMatchObject({ ok: true })
    expect((await repos.plans.allSessions(planId)).find((candidate) => candidate.id === session.id)).toMatchObject({
      title: 'Paper',
      startMs: SATURDAY_10 + 2 * HOUR,
      localStart: '2027-01-02T12:00',
      pinned: true
    })
    expect(await repos.sessions.skip(session.id, NOW)).toMatchObject({ ok: true })
    expect((await repos.plans.allSessions(planId)).find((candidate) => candidate.id === session.id)).toMatchObject({
      title: 'Paper',
      status: 'skipped'
    })
  })

  it('deletes an added session (undoable) and gives a topic’s work back to the plan; planned and done sessions cannot be deleted', async () => {
    const planId = await createSmallPlan()
    const session = await added(planId, { topicId: 'rust-t1', startMs: SATURDAY_10, endMs: SATURDAY_10 + HOUR })
    const withSession = await dumpAll(db)
    expect(await repos.quickAdd.deleteSession(session.id, NOW)).toMatchObject({ ok: true })
    const sessions = await repos.plans.allSessions(planId)
    expect(sessions.some((candidate) => candidate.id === session.id)).toBe(false)
    expect(topicMinutes(sessions, 'rust-t1')).toBe(120)
    expect(await repos.sessions.undo(planId, NOW)).toMatchObject({ ok: true, value: { label: 'Delete session' } })
    expect(await dumpAll(db)).toEqual(withSession)

    const planned = sessions.find((candidate) => !candidate.adHoc)!
    expect(await repos.quickAdd.deleteSession(planned.id, NOW)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringContaining('Only a session you added') }
    })
    await repos.sessions.markDone(session.id, 60, session.endMs)
    expect(await repos.quickAdd.deleteSession(session.id, NOW)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringContaining('history') }
    })
  })

  it.each([
    ['start after end', { topicId: 'rust-t0', startMs: SATURDAY_10 + HOUR, endMs: SATURDAY_10 }, 'endMs'],
    ['zero length', { topicId: 'rust-t0', startMs: SATURDAY_10, endMs: SATURDAY_10 }, 'endMs'],
    ['over eight hours', { topicId: 'rust-t0', startMs: SATURDAY_10, endMs: SATURDAY_10 + 9 * HOUR }, 'endMs'],
    ['an empty title', { topicId: NO_TOPIC, title: ' ', startMs: SATURDAY_10, endMs: SATURDAY_10 + HOUR }, 'title'],
    ['an unknown topic', { topicId: 'nope', startMs: SATURDAY_10, endMs: SATURDAY_10 + HOUR }, 'topicId']
  ] as const)('refuses %s with the reason and stores nothing', async (_, draft, where) => {
    const planId = await createSmallPlan()
    const before = await dumpAll(db)
    expect(await repos.quickAdd.addSession(planId, draft, NOW)).toMatchObject({
      ok: false,
      error: { code: 'invalid', where }
    })
    expect(await dumpAll(db)).toEqual(before)
    expect(await repos.sessions.undoLabel(planId)).toBeNull()
  })

  it('refuses a time overlapping another session, naming it, and stores nothing', async () => {
    const planId = await createSmallPlan()
    const first = (await repos.plans.allSessions(planId))[0]!
    const before = await dumpAll(db)
    const result = await repos.quickAdd.addSession(
      planId,
      { topicId: NO_TOPIC, title: 'Paper', startMs: first.startMs - 30 * 60_000, endMs: first.startMs + 30 * 60_000 },
      NOW
    )
    expect(result).toMatchObject({ ok: false, error: { where: 'startMs' } })
    expect(result.ok ? '' : englishError(result.error)).toContain('overlaps “')
    expect(await dumpAll(db)).toEqual(before)
  })
})
