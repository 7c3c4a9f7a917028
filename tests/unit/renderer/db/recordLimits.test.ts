// One set of limits: every write path refuses, in the learner's words and changing nothing, what a backup could not
// restore; each case here was once stored and made every later export (or its restore) fail.
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readBackup } from '../../../../src/shared/backup/backupFile'
import { FILE_LIMITS } from '../../../../src/shared/backup/limits'
import type { BusyInterval } from '../../../../src/shared/domain/availability'
import type { Roadmap, Topic } from '../../../../src/shared/domain/roadmap'
import { dumpAll } from '../../../../src/renderer/src/db/backupRepository'
import type { BusyImportPreview } from '../../../../src/renderer/src/db/busyTimeRepository'
import { PlannerDB } from '../../../../src/renderer/src/db/PlannerDB'
import { createRepositories, type Repositories } from '../../../../src/renderer/src/db/repositories'
import { chainRoadmap } from '../../shared/backup/backupFixtures'
import { DAY, NOW, smallPlan } from './planFixtures'
import { englishError } from '../../../support/english'

let db: PlannerDB
let repos: Repositories
let planId = ''

beforeEach(async () => {
  db = new PlannerDB(`limits-${Math.random()}`)
  repos = createRepositories(db)
  const created = await repos.plans.createPlan(smallPlan({ roadmap: chainRoadmap('rust', 3) }), NOW)
  if (!created.ok) throw new Error(created.error.message)
  planId = created.value.planId
})

afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

/** Runs `write`, expects it refused, and that every table is exactly as before. */
async function expectRefusedUnchanged<T>(write: () => Promise<T>): Promise<T> {
  const before = await dumpAll(db)
  const result = await write()
  expect(await dumpAll(db)).toEqual(before)
  return result
}

/** A busy-time preview of `count` one-hour intervals from one file, as previewBusyImport makes it. */
function busyPreview(count: number, source: string, offsetMs = 0): BusyImportPreview {
  const at = (index: number) => NOW + offsetMs + index * 3_600_000
  const busy: BusyInterval[] = Array.from({ length: count }, (_, index) => ({
    startMs: at(index),
    endMs: at(index) + 1_800_000,
    source
  }))
  return {
    planId,
    source,
    busy,
    replacing: 0,
    skipped: [],
    rangeStartMs: NOW - DAY,
    rangeEndMs: NOW + 2 * 366 * DAY + count * 3_600_000
  }
}

describe('every write keeps the database restorable', () => {
  it('the roadmap editor refuses a 600-character topic title in words, and stores nothing', async () => {
    const stored = (await repos.roadmaps.getRoadmap('rust'))!.roadmap
    const long: Roadmap = {
      ...stored,
      stages: stored.stages.map((stage, index) =>
        index === 0 && stage.kind === 'sequence'
          ? {
              ...stage,
              topics: stage.topics.map((topic, at) => (at === 0 ? { ...topic, title: 'x'.repeat(600) } : topic))
            }
          : stage
      )
    }
    const result = await expectRefusedUnchanged(() => repos.roadmaps.editRoadmap(long, NOW))
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: 'A topic’s title can be at most 500 characters long.' }
    })
  })

  it('a Markdown import refuses 501 stages, or a topic with 201 prerequisites, and stores nothing', async () => {
    const stages = Array.from({ length: 501 }, (_, index) => `## Stage ${index}\n- Topic ${index} (1h)`).join('\n')
    // The outline reader refuses this one itself, naming the line; the record check stands behind it.
    expect(
      await expectRefusedUnchanged(() => repos.roadmaps.importRoadmapMarkdown(`# Big\n${stages}\n`, NOW))
    ).toMatchObject({ ok: false, error: { code: 'file' } })
    const children = Array.from({ length: 201 }, (_, index) => `  - Part ${index} (10m)`).join('\n')
    const deep = `# Deep\n## Only\n- Everything (1h)\n${children}\n`
    const refused = await expectRefusedUnchanged(() => repos.roadmaps.importRoadmapMarkdown(deep, NOW))
    expect(refused).toMatchObject({ ok: false, error: { code: 'file' } })
    expect(refused.ok ? '' : englishError(refused.error)).toContain('200 prerequisites')
    expect(repos.roadmaps.readRoadmapImport('deep.md', deep)).toMatchObject({ ok: false, error: { code: 'file' } })
  })

  it('a roadmap handed to a new plan directly is held to the same limits (the record check under every repository)', async () => {
    const parts = chainRoadmap('parts', 201, 10)
    const topics = parts.stages.flatMap((stage) => (stage.kind === 'sequence' ? stage.topics : []))
    const last = { ...topics[0]!, id: 'all', title: 'All of it', prerequisites: topics.map((topic) => topic.id) }
    const roadmap: Roadmap = {
      ...parts,
      stages: [
        ...parts.stages,
        { id: 'end', kind: 'sequence', title: 'End', summary: '', optional: false, topics: [last] }
      ]
    }
    expect(await expectRefusedUnchanged(() => repos.plans.createPlan(smallPlan({ roadmap }), NOW))).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        message: 'A topic can have at most 200 prerequisites.',
        where: 'roadmap.stages[2].topics[0].prerequisites'
      }
    })
  })

  it('busy time stops at the backup’s 50,000 intervals per plan, saying how many the file would bring, and export keeps working', async () => {
    expect(await repos.busyTime.applyBusyImport(busyPreview(FILE_LIMITS.maxBusy - 10, 'work.ics'), NOW)).toMatchObject({
      ok: true
    })
    const refused = await expectRefusedUnchanged(() =>
      repos.busyTime.applyBusyImport(busyPreview(11, 'gym.ics', 1_800_000), NOW)
    )
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid' } })
    if (refused.ok) return
    expect(refused.error.message).toContain(
      '“gym.ics” would bring this plan’s busy time to 50,001 intervals; a plan can hold at most 50,000. Nothing was imported.'
    )
    // The preview already says so, before anything is applied.
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:gym@test',
      'DTSTART:20270104T060000Z',
      'DTEND:20270104T070000Z',
      'RRULE:FREQ=DAILY;COUNT=20',
      'SUMMARY:Gym',
      'END:VEVENT',
      'END:VCALENDAR',
      ''
    ].join('\r\n')
    const preview = await repos.busyTime.previewBusyImport(planId, ics, NOW, 'gym.ics')
    expect(preview).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(preview.ok ? '' : preview.error.message).toContain(
      '“gym.ics” would bring this plan’s busy time to 50,010 intervals'
    )
    // Re-importing the big calendar under its own name replaces its busy time, so it stays possible.
    expect(await repos.busyTime.applyBusyImport(busyPreview(FILE_LIMITS.maxBusy - 10, 'work.ics'), NOW)).toMatchObject({
      ok: true
    })
    expect(readBackup(await repos.backup.exportBackup(NOW)).ok).toBe(true)
  })

  it('a plan change cannot bring busy time past the limit either (the record check under every repository)', async () => {
    const plan = (await repos.plans.getPlan(planId))!
    const busy = busyPreview(FILE_LIMITS.maxBusy + 1, 'x.ics').busy
    const result = await expectRefusedUnchanged(() =>
      repos.plans.updatePlan(planId, { availability: { ...plan.availability, busy } }, NOW)
    )
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'Busy time: a plan can hold at most 50,000 intervals.', where: 'availability.busy' }
    })
  })

  it('week buckets of sessions the quick check cannot vouch for still go through the schema: a long title, a hole, a stray key', async () => {
    const bucket = (await db.sessionWeeks
      .where('[planId+weekMs]')
      .between([planId, -Infinity], [planId, Infinity])
      .first())!
    const row = bucket.rows[0]!
    const refusedWith = async (rows: unknown[]) => {
      const result = await expectRefusedUnchanged(() =>
        db.sessionWeeks.put({ ...bucket, rows: rows as typeof bucket.rows }).then(
          () => 'stored',
          (error: unknown) => (error instanceof Error ? error.message : String(error))
        )
      )
      return result
    }
    expect(await refusedWith([{ ...row, title: 't'.repeat(501) }])).toContain('at most 500 characters')
    // eslint-disable-next-line no-sparse-arrays
    expect(await refusedWith([, row])).toContain('This cannot be saved')
    expect(await refusedWith([{ ...row, note: 'x' }])).toContain('This cannot be saved')
    // What the app writes passes, and what the schema accepts but the quick check does not (a null prototype) too.
    const plain = Object.assign(Object.create(null), row)
    expect(await db.sessionWeeks.put({ ...bucket, rows: [plain] }).then(() => 'stored')).toBe('stored')
  })

  it('a plan’s name past 500 characters is refused however it is changed', async () => {
    expect(
      await expectRefusedUnchanged(() => repos.plans.updatePlan(planId, { title: 'n'.repeat(501) }, NOW))
    ).toMatchObject({
      ok: false,
      error: { message: 'A plan’s name can be at most 500 characters long.' }
    })
  })

  it('a roadmap edit that would drop a topic with notes, or with sessions kept as history, is refused (a backup refuses what points nowhere)', async () => {
    const without = async (topicId: string): Promise<Roadmap> => {
      const stored = (await repos.roadmaps.getRoadmap('rust'))!.roadmap
      const keep = (topics: readonly Topic[]) =>
        topics
          .filter((topic) => topic.id !== topicId)
          .map((topic) => ({ ...topic, prerequisites: topic.prerequisites.filter((id) => id !== topicId) }))
      return {
        ...stored,
        stages: stored.stages.map((stage) =>
          stage.kind === 'sequence' ? { ...stage, topics: keep(stage.topics) } : stage
        )
      }
    }
    expect(await repos.notes.saveNote(planId, 'rust-t2', 'my notes', NOW)).toEqual({ ok: true, value: undefined })
    const noted = await expectRefusedUnchanged(async () => repos.roadmaps.editRoadmap(await without('rust-t2'), NOW))
    expect(noted).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        message:
          '“Topic rust-t2” has notes you wrote, which would be lost. Clear those notes first (in a session of that topic), then try again.'
      }
    })

    const first = (await repos.plans.allSessions(planId)).find((session) => session.topicId === 'rust-t0')!
    expect(await repos.sessions.skip(first.id, NOW)).toMatchObject({ ok: true })
    const skipped = await expectRefusedUnchanged(async () => repos.roadmaps.editRoadmap(await without('rust-t0'), NOW))
    expect(skipped).toMatchObject({ ok: false, error: { code: 'cannot-plan' } })
    expect(skipped.ok ? '' : skipped.error.message).toContain(
      'sessions you skipped or missed on “rust-t0” are kept as history'
    )
    expect(readBackup(await repos.backup.exportBackup(NOW)).ok).toBe(true)
  })

  it('a bulk write that would make the whole backup too big for restore is refused before it stores anything', async () => {
    // About 58 MB (MiB) of preferences: each record is within its limits; the sum fills a backup up to its headroom.
    const big = 'p'.repeat(FILE_LIMITS.maxStringLength - 100)
    await db.settings.bulkPut(Array.from({ length: 609 }, (_, index) => ({ key: `big${index}`, value: big })))
    const busy = await expectRefusedUnchanged(() =>
      repos.busyTime.applyBusyImport(busyPreview(20_000, 'work.ics'), NOW)
    )
    expect(busy).toMatchObject({ ok: false, error: { code: 'invalid', where: 'backup' } })
    expect(busy.ok ? '' : busy.error.message).toMatch(
      /^“work\.ics” would make your data too large to back up: about 59\.\d MB, and a backup can hold at most 58 MB\. Nothing was changed\./
    )
    expect(
      await expectRefusedUnchanged(() => repos.plans.createPlan(smallPlan({ roadmap: chainRoadmap('go', 3) }), NOW))
    ).toMatchObject({ ok: false, error: { where: 'backup' } })
    expect(readBackup(await repos.backup.exportBackup(NOW)).ok).toBe(true)
  })

  it('preferences a backup would refuse (not JSON, a forbidden key, too deep) are not stored', async () => {
    let deep: unknown = 1
    for (let level = 0; level < 40; level++) deep = [deep]
    for (const value of [undefined, { constructor: 1 }, deep, 'x'.repeat(FILE_LIMITS.maxStringLength + 1)]) {
      await expectRefusedUnchanged(() =>
        expect(repos.settings.set('ui.value', value)).rejects.toMatchObject({ name: 'OperationFailure' })
      )
    }
    await repos.settings.set('ui.value', { fine: [1, 'two', null] })
    expect(readBackup(await repos.backup.exportBackup(NOW)).ok).toBe(true)
  })

  it('counts rows where a row is a record: the 10,001st preference is refused, a change to a stored one is not', async () => {
    const rows = Array.from({ length: FILE_LIMITS.maxSettings - (await db.settings.count()) }, (_, index) => ({
      key: `k${index}`,
      value: index
    }))
    await db.settings.bulkPut(rows)
    await expectRefusedUnchanged(() =>
      expect(repos.settings.set('one-more', true)).rejects.toThrow(
        'At most 10,000 stored preferences can be kept; delete some first.'
      )
    )
    await repos.settings.set('k0', 'changed')
    expect(await db.settings.get('k0')).toEqual({ key: 'k0', value: 'changed' })
  })
})
