// .ics export through the repositories: what is written parses back to the plan's sessions, named as the learner sees them.
import ICAL from 'ical.js'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PlannerDB } from '../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../src/renderer/src/db/repositories'
import { NOW, smallPlan } from './planFixtures'

let db: PlannerDB
let repos: Repositories
let planId = ''

beforeEach(async () => {
  db = new PlannerDB(`ics-export-${Math.random()}`)
  repos = createRepositories(db)
  const created = await repos.plans.createPlan(smallPlan(), NOW)
  if (!created.ok) throw new Error(created.error.message)
  planId = created.value.planId
})

afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

describe('.ics export', () => {
  it('writes every planned and done session with a stable UID and the same instants', async () => {
    const sessions = await repos.plans.allSessions(planId)
    await repos.sessions.skip(sessions[1]!.id, NOW)
    const exported = await repos.icsExport.exportPlan(planId, NOW)
    if (!exported.ok) throw new Error(exported.error.message)
    const calendar = new ICAL.Component(ICAL.parse(exported.value))
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    const expected = (await repos.plans.allSessions(planId)).filter((s) => s.status !== 'skipped')
    expect(
      events.map((event) => [event.uid, event.startDate.toJSDate().getTime(), event.endDate.toJSDate().getTime()])
    ).toEqual(expected.map((s) => [`${s.id}@study-planner`, s.startMs, s.endMs]))
    expect(events[0]!.summary).toBe('Topic rust-t0')
    expect(calendar.getAllSubcomponents('vevent')[0]!.getFirstSubcomponent('valarm')).not.toBeNull()
  })
})

describe('.ics export of quick-added sessions', () => {
  it('names a free-text session by its title and a topic session by its topic, at their times', async () => {
    const saturday = Date.UTC(2027, 0, 2, 9)
    const freeText = await repos.quickAdd.addSession(
      planId,
      { topicId: '', title: 'Read the attention paper', startMs: saturday, endMs: saturday + 3_600_000 },
      NOW
    )
    const topic = await repos.quickAdd.addSession(
      planId,
      { topicId: 'rust-t2', startMs: saturday + 7_200_000, endMs: saturday + 10_800_000 },
      NOW
    )
    if (!freeText.ok || !topic.ok) throw new Error('quick add refused')
    const exported = await repos.icsExport.exportPlan(planId, NOW)
    if (!exported.ok) throw new Error(exported.error.message)
    const events = new ICAL.Component(ICAL.parse(exported.value))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent))
    const byUid = new Map(events.map((event) => [event.uid, event]))
    expect(byUid.get(`${freeText.value.id}@study-planner`)?.summary).toBe('Read the attention paper')
    expect(byUid.get(`${freeText.value.id}@study-planner`)?.startDate.toJSDate().getTime()).toBe(saturday)
    expect(byUid.get(`${topic.value.id}@study-planner`)?.summary).toBe('Topic rust-t2')
  })
})
