// Changes read back from the learner's CalDAV calendar, applied to a real plan (issue 21, item 3): a move pins the
// session at its new time, a deletion skips it, busy calendars replace their own busy time in the range only, a change
// the plan cannot take is refused while the rest applies, and it is all one Undo step that takes everything back.
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BusyInterval } from '../../../../src/shared/domain/availability'
import { messageRef } from '../../../../src/shared/i18n/ref'
import type { IncomingChanges } from '../../../../src/shared/ipc/calendarSync'
import { PlannerDB, type SessionRecord } from '../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../src/renderer/src/db/repositories'
import { english } from '../../../support/english'
import { eveningAvailability } from '../../shared/backup/backupFixtures'
import { DAY, NOW, smallPlan } from './planFixtures'

const HOUR = 3_600_000
const WORK = 'caldav:https://dav.example/learner/work/'
const PERSONAL = 'caldav:https://dav.example/learner/personal/'

/** The range the sync read the busy calendars over: the plan's first two weeks (2027-01-04 to 2027-01-18, UTC). */
const RANGE_START = Date.UTC(2027, 0, 4)
const RANGE_END = Date.UTC(2027, 0, 18)

/** Busy time the plan holds before the sync: mornings, where no session is planned. */
const WORK_IN_RANGE: BusyInterval = {
  startMs: Date.UTC(2027, 0, 5, 8),
  endMs: Date.UTC(2027, 0, 5, 9),
  label: 'Stand-up',
  source: WORK
}
const WORK_AFTER_RANGE: BusyInterval = {
  startMs: Date.UTC(2027, 0, 26, 8),
  endMs: Date.UTC(2027, 0, 26, 9),
  label: 'Review',
  source: WORK
}
const PERSONAL_IN_RANGE: BusyInterval = {
  startMs: Date.UTC(2027, 0, 6, 8),
  endMs: Date.UTC(2027, 0, 6, 9),
  label: 'Dentist',
  source: PERSONAL
}
const FILE_IN_RANGE: BusyInterval = {
  startMs: Date.UTC(2027, 0, 7, 8),
  endMs: Date.UTC(2027, 0, 7, 9),
  label: 'Class',
  source: 'class.ics'
}
/** What the work calendar holds now within the range: Thursday evening, where the plan has sessions. */
const WORK_NOW = { startMs: Date.UTC(2027, 0, 7, 17), endMs: Date.UTC(2027, 0, 7, 20), label: 'Workshop' }

let db: PlannerDB
let repos: Repositories
let planId = ''

beforeEach(async () => {
  db = new PlannerDB(`calendar-sync-${Math.random()}`)
  repos = createRepositories(db)
  const created = await repos.plans.createPlan(
    smallPlan({
      availability: eveningAvailability({
        blackouts: [],
        busy: [WORK_IN_RANGE, PERSONAL_IN_RANGE, FILE_IN_RANGE, WORK_AFTER_RANGE]
      })
    }),
    NOW
  )
  if (!created.ok) throw new Error(created.error.message)
  planId = created.value.planId
})

afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

/** Every row applying changes can write, undo steps included, exactly as stored. */
async function storedRows() {
  return db.transaction(
    'r',
    [db.plans, db.roadmaps, db.sessionWeeks, db.studyLogWeeks, db.reviewWeeks, db.undoSteps],
    async () => ({
      plans: await db.plans.toArray(),
      roadmaps: await db.roadmaps.toArray(),
      sessionWeeks: await db.sessionWeeks.toArray(),
      studyLogWeeks: await db.studyLogWeeks.toArray(),
      reviewWeeks: await db.reviewWeeks.toArray(),
      undoSteps: await db.undoSteps.toArray()
    })
  )
}

const sessions = () => repos.plans.allSessions(planId)
const sessionById = async (id: string) => (await sessions()).find((session) => session.id === id)
const busyNow = async () => (await repos.plans.getPlan(planId))!.availability.busy

/** Three planned sessions of the first week, the third marked done by the learner before the sync came back. */
async function threeSessions(): Promise<[SessionRecord, SessionRecord, SessionRecord]> {
  const planned = (await sessions()).filter((session) => session.status === 'planned')
  const [moved, deleted, finished] = planned
  if (!moved || !deleted || !finished) throw new Error('The plan has fewer than three sessions.')
  const done = await repos.sessions.markDone(finished.id, 45, finished.endMs)
  if (!done.ok) throw new Error(done.error.message)
  return [moved, deleted, (await sessionById(finished.id))!]
}

/** Saturday 2027-01-09, 10:00 to 11:30 in Rome: a time the planner would not choose itself. */
const MOVED_START = Date.UTC(2027, 0, 9, 9)
const MOVED_END = Date.UTC(2027, 0, 9, 10, 30)

function changes(moved: SessionRecord, deleted: SessionRecord, finished: SessionRecord): IncomingChanges {
  return {
    id: 'round-1',
    planId,
    moved: [
      { sessionId: finished.id, startMs: finished.startMs + DAY, endMs: finished.endMs + DAY, alsoChangedHere: false },
      { sessionId: moved.id, startMs: MOVED_START, endMs: MOVED_END, alsoChangedHere: false }
    ],
    deleted: [deleted.id],
    busy: [
      {
        source: WORK,
        displayName: 'Work',
        rangeStartMs: RANGE_START,
        rangeEndMs: RANGE_END,
        intervals: [WORK_NOW]
      }
    ]
  }
}

describe('applying changes from the calendar', () => {
  it('pins a move, skips a deletion, replaces only that calendar’s busy time in range, refuses a done session’s move', async () => {
    const [moved, deleted, finished] = await threeSessions()
    const stepsBefore = await db.undoSteps.where('planId').equals(planId).count()
    const underWorkshop = (all: readonly SessionRecord[]) =>
      all.filter((s) => s.status === 'planned' && s.startMs < WORK_NOW.endMs && WORK_NOW.startMs < s.endMs)
    expect(underWorkshop(await sessions())).not.toEqual([])

    const applied = await repos.calendarSync.applyIncoming(changes(moved, deleted, finished), NOW + HOUR)

    expect(applied).toEqual({
      ok: true,
      value: {
        moved: 1,
        skipped: 1,
        busySources: 1,
        refused: [
          {
            sessionId: finished.id,
            reason: english(messageRef('errors.session.moveNotPlanned', { status: 'done' }))
          }
        ]
      }
    })
    expect(await sessionById(moved.id)).toMatchObject({
      status: 'planned',
      pinned: true,
      startMs: MOVED_START,
      endMs: MOVED_END,
      minutes: 90,
      localStart: '2027-01-09T10:00',
      localEnd: '2027-01-09T11:30'
    })
    expect(await sessionById(deleted.id)).toMatchObject({ status: 'skipped', pinned: false })
    // The done session stays where it was done, as it was.
    expect(await sessionById(finished.id)).toEqual(finished)

    expect(await busyNow()).toEqual([PERSONAL_IN_RANGE, FILE_IN_RANGE, { ...WORK_NOW, source: WORK }, WORK_AFTER_RANGE])
    // The re-plan lets go of the sessions the new busy time covers, as an .ics import does.
    expect(underWorkshop(await sessions())).toEqual([])

    expect(await db.undoSteps.where('planId').equals(planId).count()).toBe(stepsBefore + 1)
    expect(await repos.sessions.undoLabel(planId)).toBe('Changes from your calendar')
  })

  it('is one undo step: Undo puts back every session and the busy list as they were', async () => {
    const [moved, deleted, finished] = await threeSessions()
    const before = await storedRows()
    const sessionsBefore = await sessions()
    const busyBefore = await busyNow()

    expect((await repos.calendarSync.applyIncoming(changes(moved, deleted, finished), NOW + HOUR)).ok).toBe(true)
    expect(await sessions()).not.toEqual(sessionsBefore)

    expect(await repos.sessions.undo(planId, NOW + 2 * HOUR)).toMatchObject({
      ok: true,
      value: { label: 'Changes from your calendar' }
    })
    expect(await sessions()).toEqual(sessionsBefore)
    expect(await busyNow()).toEqual(busyBefore)
    expect(await storedRows()).toEqual(before)
    // The learner's own mark done, before the sync, is the step Undo offers next.
    expect(await repos.sessions.undoLabel(planId)).toBe('Mark done')
  })

  it('applies busy time alone without moving any session it does not cover', async () => {
    const before = await sessions()
    const applied = await repos.calendarSync.applyIncoming(
      {
        id: 'round-2',
        planId,
        moved: [],
        deleted: [],
        busy: [{ source: WORK, displayName: 'Work', rangeStartMs: RANGE_START, rangeEndMs: RANGE_END, intervals: [] }]
      },
      NOW
    )
    expect(applied).toEqual({ ok: true, value: { moved: 0, skipped: 0, busySources: 1, refused: [] } })
    // The work calendar is empty in the range now: its old stand-up goes, the rest stays.
    expect(await busyNow()).toEqual([PERSONAL_IN_RANGE, FILE_IN_RANGE, WORK_AFTER_RANGE])
    expect(await sessions()).toEqual(before)
  })

  it('refuses everything for a plan that no longer exists, and stores nothing', async () => {
    const [moved, deleted, finished] = await threeSessions()
    const before = await storedRows()
    const gone = { ...changes(moved, deleted, finished), planId: 'deleted-plan' }

    const applied = await repos.calendarSync.applyIncoming(gone, NOW + HOUR)

    const reason = 'There is no plan "deleted-plan".'
    expect(applied).toEqual({
      ok: true,
      value: {
        moved: 0,
        skipped: 0,
        busySources: 0,
        refused: [
          { sessionId: finished.id, reason },
          { sessionId: moved.id, reason },
          { sessionId: deleted.id, reason }
        ]
      }
    })
    expect(await storedRows()).toEqual(before)
  })

  it('forgets every calendar’s busy time on disconnect, in and out of any range, and keeps the file’s', async () => {
    const applied = await repos.calendarSync.forgetCalendarBusy(planId, NOW + HOUR)
    expect(applied).toEqual({ ok: true, value: 2 })
    expect(await busyNow()).toEqual([FILE_IN_RANGE])
    expect(await repos.sessions.undoLabel(planId)).toBe('Changes from your calendar')
    // Nothing left to forget: no second step.
    const before = await storedRows()
    expect(await repos.calendarSync.forgetCalendarBusy(planId, NOW + 2 * HOUR)).toEqual({ ok: true, value: 0 })
    expect(await storedRows()).toEqual(before)
  })
})
