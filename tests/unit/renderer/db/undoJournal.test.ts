// Undo steps keep only what an operation changed, and undoing any kind of operation puts every stored row back exactly.
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PlannerDB, type SessionRecord } from '../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../src/renderer/src/db/repositories'
import { chainRoadmap } from '../../shared/backup/backupFixtures'
import { aiEngineerPlan } from './aiEngineerPlan'
import { DAY, NOW, smallPlan } from './planFixtures'

let db: PlannerDB
let repos: Repositories
let counter = 0

beforeEach(async () => {
  db = new PlannerDB(`undo-${Math.random()}`)
  await db.open()
  repos = createRepositories(db, () => `id${++counter}`)
})

afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

/** Every stored row a plan operation can write, exactly as stored: week buckets with their keys and row order included. */
async function storedRows() {
  return db.transaction('r', [db.plans, db.roadmaps, db.sessionWeeks, db.studyLogWeeks, db.reviewWeeks], async () => ({
    plans: await db.plans.toArray(),
    roadmaps: await db.roadmaps.toArray(),
    sessionWeeks: await db.sessionWeeks.toArray(),
    studyLogWeeks: await db.studyLogWeeks.toArray(),
    reviewWeeks: await db.reviewWeeks.toArray()
  }))
}

async function create(plan = smallPlan()): Promise<string> {
  const created = await repos.plans.createPlan(plan, NOW)
  if (!created.ok) throw new Error(created.error.message)
  return created.value.planId
}

const firstPlanned = async (planId: string, index = 0): Promise<SessionRecord> =>
  (await repos.plans.allSessions(planId)).filter((session) => session.status === 'planned')[index]!

const BUSY_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//EN',
  'BEGIN:VEVENT',
  'UID:class@test',
  'DTSTART;TZID=Europe/Rome:20270105T180000',
  'DTEND;TZID=Europe/Rome:20270105T200000',
  'SUMMARY:Class',
  'END:VEVENT',
  'END:VCALENDAR',
  ''
].join('\r\n')

/** One of each kind of undoable operation, on the small plan, at the end of its first session. */
const actions: ReadonlyArray<readonly [string, (planId: string) => Promise<{ ok: boolean }>]> = [
  [
    'Mark done',
    async (planId) => {
      const session = await firstPlanned(planId)
      return repos.sessions.markDone(session.id, 25, session.endMs)
    }
  ],
  [
    'Skip',
    async (planId) => {
      const session = await firstPlanned(planId, 1)
      return repos.sessions.skip(session.id, NOW)
    }
  ],
  [
    'Move',
    async (planId) => {
      const session = await firstPlanned(planId, 2)
      return repos.sessions.moveSession(session.id, session.startMs + DAY, NOW)
    }
  ],
  ['Rate', async (planId) => repos.sessions.rateReview(planId, 'rust-t0', 'hard', NOW + 4 * DAY)],
  ['Re-plan this week', async (planId) => repos.plans.replanWeek(planId, NOW + 5 * DAY)],
  [
    'Change plan',
    async (planId) => {
      const plan = (await repos.plans.getPlan(planId))!
      return repos.plans.updatePlan(planId, { availability: { ...plan.availability, sessionMaxMinutes: 45 } }, NOW)
    }
  ],
  [
    'Import busy time',
    async (planId) => {
      const preview = await repos.busyTime.previewBusyImport(planId, BUSY_ICS, NOW, 'class.ics')
      if (!preview.ok) throw new Error(preview.error.message)
      return repos.busyTime.applyBusyImport(preview.value, NOW)
    }
  ],
  ['Edit roadmap', async () => repos.roadmaps.editRoadmap(chainRoadmap('rust', 6, 150), NOW)]
]

describe('undo steps', () => {
  it.each(actions)('undo after %s puts every stored row back exactly as it was', async (label, act) => {
    const planId = await create()
    // Start from a plan with some history: a session done, so buckets of every kind exist.
    const done = await firstPlanned(planId, 3)
    await repos.sessions.markDone(done.id, 60, NOW)
    const before = await storedRows()
    expect((await act(planId)).ok).toBe(true)
    expect(await storedRows()).not.toEqual(before)
    expect(await repos.sessions.undoLabel(planId)).toBe(label)
    const undone = await repos.sessions.undo(planId, NOW)
    expect(undone).toMatchObject({ ok: true, value: { label } })
    expect(await storedRows()).toEqual(before)
    // The sessions it hands the screen are the ones stored again, in the live query's order.
    expect(undone.ok && undone.value.sessions).toEqual(await repos.plans.allSessions(planId))
  })

  it('walks back a mix of operations one by one to each state before them', async () => {
    const planId = await create()
    const states = [await storedRows()]
    for (const [, act] of actions) {
      expect((await act(planId)).ok).toBe(true)
      states.push(await storedRows())
    }
    for (let step = actions.length; step > 0; step--) {
      expect(await repos.sessions.undo(planId, NOW)).toMatchObject({
        ok: true,
        value: { label: actions[step - 1]![0] }
      })
      expect(await storedRows()).toEqual(states[step - 1])
    }
    expect(await repos.sessions.undoLabel(planId)).toBeNull()
  })

  it('keep only the week buckets an operation wrote: a Mark done on the AI Engineer plan keeps a small part of it', async () => {
    const planId = await create(aiEngineerPlan('2027-01-04'))
    const sessions = await repos.plans.allSessions(planId)
    expect(sessions.length).toBeGreaterThan(1_000)
    const first = sessions[0]!
    expect((await repos.sessions.markDone(first.id, first.minutes, first.endMs)).ok).toBe(true)

    const step = (await db.undoSteps.toArray()).at(-1)!
    const keptSessions = step.weeks
      .filter((week) => week.table === 'sessionWeeks')
      .reduce((sum, week) => sum + (week.rows?.length ?? 0), 0)
    expect(keptSessions).toBeGreaterThan(0)
    expect(keptSessions).toBeLessThan(sessions.length / 20)
    expect(JSON.stringify(step).length).toBeLessThan(JSON.stringify(sessions).length / 20)
    // A study log bucket that did not exist is noted as created: undo deletes it.
    expect(step.weeks.filter((week) => week.table === 'studyLogWeeks')).toEqual([
      { table: 'studyLogWeeks', weekMs: expect.any(Number), rows: null }
    ])
  })

  it('an undone roadmap edit re-plans the other plans using the roadmap and drops their now stale undo steps', async () => {
    const first = await create()
    const second = await create()
    // New plans get a roadmap of their own; plans stored before that may share one, as these two now do.
    await db.plans.update(second, { roadmapId: (await repos.plans.getPlan(first))!.roadmapId })
    expect(await repos.roadmaps.editRoadmap(chainRoadmap('rust', 6), NOW)).toMatchObject({ ok: true })
    expect(await repos.sessions.undoLabel(second)).toBe('Edit roadmap')
    expect((await repos.sessions.undo(first, NOW)).ok).toBe(true)
    expect(await repos.sessions.undoLabel(second)).toBeNull()
    expect((await repos.plans.allSessions(second)).some((session) => session.topicId === 'rust-t5')).toBe(false)
  })

  it('a failed operation leaves no undo step', async () => {
    const planId = await create()
    const session = await firstPlanned(planId)
    expect((await repos.sessions.moveSession(session.id, session.startMs, NOW, session.startMs - 1)).ok).toBe(false)
    expect(await db.undoSteps.count()).toBe(0)
  })
})

describe('a change of the plan that moves no session', () => {
  it('a reminder time or title change stores no re-plan, even after sessions were missed, and undoes', async () => {
    const planId = await create()
    const before = await storedRows()
    // A week later the first sessions have passed: a re-plan would place their work again.
    const later = NOW + 10 * DAY
    expect(
      (
        await repos.plans.updatePlan(
          planId,
          { reminderLeadMinutes: 30, title: 'Rust evenings' },
          later,
          'Reminder time change'
        )
      ).ok
    ).toBe(true)
    const after = await storedRows()
    expect(after.sessionWeeks).toEqual(before.sessionWeeks)
    expect(after.plans[0]).toMatchObject({
      reminderLeadMinutes: 30,
      title: 'Rust evenings',
      report: before.plans[0]!.report
    })
    expect(await repos.sessions.undo(planId, later)).toMatchObject({
      ok: true,
      value: { label: 'Reminder time change' }
    })
    expect(await storedRows()).toEqual(before)
  })
})
