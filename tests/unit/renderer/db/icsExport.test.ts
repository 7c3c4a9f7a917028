// .ics export through the repositories: what is written parses back to the sessions the learner chose, named and
// described as the learner sees them.
import ICAL from 'ical.js'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PlannerDB } from '../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../src/renderer/src/db/repositories'
import { NOW, smallPlan } from './planFixtures'
import { resultInEnglish } from '../../../support/english'

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

function eventsOf(text: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
}

describe('.ics export', () => {
  it('writes the planned sessions from now on by default: not done, skipped or missed ones, and no alarms', async () => {
    const first = await repos.plans.allSessions(planId)
    // The learner does the first session, skips the second and lets the third pass unplanned (missed).
    await repos.sessions.markDone(first[0]!.id, 60, first[0]!.endMs)
    await repos.sessions.skip(first[1]!.id, first[0]!.endMs)
    const stored = await repos.plans.allSessions(planId)
    const missed = stored.find((s) => s.status === 'planned' && s.startMs > first[1]!.endMs)!
    const now = missed.endMs + 60_000
    const exported = await repos.icsExport.exportPlan(planId, now)
    if (!exported.ok) throw new Error(exported.error.message)
    const events = eventsOf(exported.value.text)
    const expected = stored.filter((s) => s.status === 'planned' && s.endMs > now)
    expect(
      events.map((event) => [event.uid, event.startDate.toJSDate().getTime(), event.endDate.toJSDate().getTime()])
    ).toEqual(expected.map((s) => [`${s.id}@study-planner`, s.startMs, s.endMs]))
    const uids = new Set(events.map((event) => event.uid))
    for (const gone of [first[0]!, first[1]!, missed]) expect(uids.has(`${gone.id}@study-planner`)).toBe(false)
    expect(exported.value).toMatchObject({ sessionCount: expected.length, alarmCount: 0 })
    expect(exported.value.text).not.toContain('VALARM')
    expect(events[0]!.summary).toMatch(/^Topic rust-t\d$/)
    expect(events[0]!.description).toMatch(/^About rust-t\d\n\nStage: (First|Second)$/)
  })

  it('with done sessions and alarms chosen, marks the done one and alarms only the planned ones ahead', async () => {
    const first = await repos.plans.allSessions(planId)
    await repos.sessions.markDone(first[0]!.id, 60, first[0]!.endMs)
    const now = first[0]!.endMs + 60_000
    const exported = await repos.icsExport.exportPlan(planId, now, {
      range: { kind: 'dates', from: '2027-01-04', to: '2027-01-08' },
      includeDone: true,
      alarms: true
    })
    if (!exported.ok) throw new Error(exported.error.message)
    const calendar = new ICAL.Component(ICAL.parse(exported.value.text))
    const vevents = calendar.getAllSubcomponents('vevent')
    const done = vevents.find((vevent) => vevent.getFirstPropertyValue('uid') === `${first[0]!.id}@study-planner`)!
    expect(done.getFirstPropertyValue('summary')).toBe('✓ Topic rust-t0')
    expect(done.getFirstPropertyValue('categories')).toBe('Done')
    expect(done.getFirstSubcomponent('valarm')).toBeNull()
    const planned = vevents.filter((vevent) => vevent !== done)
    expect(planned.length).toBeGreaterThan(0)
    // A new plan reminds 10 minutes ahead; the alarms use that lead.
    for (const vevent of planned) {
      expect(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-PT10M')
    }
    expect(exported.value).toMatchObject({ sessionCount: vevents.length, alarmCount: planned.length })
  })

  it('refuses a range whose last day is before its first, naming the field', async () => {
    const exported = await repos.icsExport.exportPlan(planId, NOW, {
      range: { kind: 'dates', from: '2027-02-01', to: '2027-01-31' },
      includeDone: false,
      alarms: false
    })
    expect(resultInEnglish(exported)).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'The last day is before the first day.', where: 'to' }
    })
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
    const byUid = new Map(eventsOf(exported.value.text).map((event) => [event.uid, event]))
    expect(byUid.get(`${freeText.value.id}@study-planner`)?.summary).toBe('Read the attention paper')
    expect(byUid.get(`${freeText.value.id}@study-planner`)?.description).toBeNull()
    expect(byUid.get(`${freeText.value.id}@study-planner`)?.startDate.toJSDate().getTime()).toBe(saturday)
    expect(byUid.get(`${topic.value.id}@study-planner`)?.summary).toBe('Topic rust-t2')
  })
})
