// Busy time from .ics through the repositories: previewed without writing, then applied and planned around.
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dumpAll } from '../../../../src/renderer/src/db/backupRepository'
import { PlannerDB } from '../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../src/renderer/src/db/repositories'
import { NOW, smallPlan } from './planFixtures'

let db: PlannerDB
let repos: Repositories
let planId = ''

beforeEach(async () => {
  db = new PlannerDB(`busy-time-${Math.random()}`)
  repos = createRepositories(db)
  const created = await repos.plans.createPlan(smallPlan(), NOW)
  if (!created.ok) throw new Error(created.error.message)
  planId = created.value.planId
})

afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

/** A weekly evening class on Mondays and Tuesdays from 18:00 to 20:00 Rome time, as Google exports it. */
const CLASS_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'BEGIN:VEVENT',
  'UID:evening-class@google.com',
  'DTSTART;TZID=Europe/Rome:20270104T180000',
  'DTEND;TZID=Europe/Rome:20270104T200000',
  'RRULE:FREQ=WEEKLY;BYDAY=MO,TU;COUNT=20',
  'SUMMARY:Evening class',
  'END:VEVENT',
  'END:VCALENDAR',
  ''
].join('\r\n')

describe('busy time import', () => {
  it('previews without writing, then applies and re-plans around the busy time, without duplicates on re-import', async () => {
    const before = await dumpAll(db)
    const preview = await repos.busyTime.previewBusyImport(planId, CLASS_ICS, NOW, 'class.ics')
    if (!preview.ok) throw new Error(preview.error.message)
    expect(preview.value.busy).toHaveLength(20)
    expect(preview.value.busy[0]).toEqual({
      startMs: Date.UTC(2027, 0, 4, 17),
      endMs: Date.UTC(2027, 0, 4, 19),
      label: 'Evening class',
      source: 'class.ics'
    })
    expect(await dumpAll(db)).toEqual(before)

    expect(await repos.busyTime.applyBusyImport(preview.value, NOW)).toEqual({ ok: true, value: 20 })
    const sessions = await repos.plans.allSessions(planId)
    const overlapsBusy = sessions.filter((s) =>
      preview.value.busy.some((b) => s.startMs < b.endMs && b.startMs < s.endMs)
    )
    expect(overlapsBusy).toEqual([])
    expect((await repos.plans.getPlan(planId))?.availability.busy).toHaveLength(20)

    expect(await repos.busyTime.applyBusyImport(preview.value, NOW)).toEqual({ ok: true, value: 20 })
    expect((await repos.plans.getPlan(planId))?.availability.busy).toHaveLength(20)
    expect(await repos.sessions.undoLabel(planId)).toBe('Import busy time')
  })

  it('keeps busy time from another file, and a file imported again replaces only its own busy time', async () => {
    const gym = CLASS_ICS.replace('evening-class@google.com', 'gym@google.com')
      .replace('BYDAY=MO,TU;COUNT=20', 'BYDAY=TH;COUNT=5')
      .replace('Evening class', 'Gym')
    const apply = async (ics: string, source: string) => {
      const preview = await repos.busyTime.previewBusyImport(planId, ics, NOW, source)
      if (!preview.ok) throw new Error(preview.error.message)
      expect((await repos.busyTime.applyBusyImport(preview.value, NOW)).ok).toBe(true)
      return preview.value
    }
    await apply(CLASS_ICS, 'class.ics')
    const gymPreview = await apply(gym, 'gym.ics')
    expect(gymPreview.replacing).toBe(0)
    const labels = async () => (await repos.plans.getPlan(planId))!.availability.busy.map((busy) => busy.label)
    expect((await labels()).filter((label) => label === 'Evening class')).toHaveLength(20)
    expect((await labels()).filter((label) => label === 'Gym')).toHaveLength(5)

    // The class moved to three sessions: importing class.ics again replaces its 20, and the gym stays.
    const again = await repos.busyTime.previewBusyImport(
      planId,
      CLASS_ICS.replace('COUNT=20', 'COUNT=3'),
      NOW,
      'class.ics'
    )
    expect(again.ok && again.value.replacing).toBe(20)
    if (again.ok) await repos.busyTime.applyBusyImport(again.value, NOW)
    expect((await labels()).filter((label) => label === 'Evening class')).toHaveLength(3)
    expect((await labels()).filter((label) => label === 'Gym')).toHaveLength(5)
  })

  it('refuses a malformed calendar with a clear error and changes nothing', async () => {
    const before = await dumpAll(db)
    const preview = await repos.busyTime.previewBusyImport(
      planId,
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n',
      NOW,
      'broken.ics'
    )
    expect(preview).toMatchObject({
      ok: false,
      error: { code: 'file', message: expect.any(String), where: expect.any(String) }
    })
    expect(await dumpAll(db)).toEqual(before)
  })
})
