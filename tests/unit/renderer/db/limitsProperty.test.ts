// @vitest-environment node
// Saved means restorable: after any sequence of operations the repositories accept (and some they must refuse, sized
// past the backup's limits), the database exports to a backup that readBackup accepts and that holds exactly what is
// stored; every refusal leaves every table as it was.
import { Dexie } from 'dexie'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readBackup } from '../../../../src/shared/backup/backupFile'
import type { BackupData } from '../../../../src/shared/backup/records'
import { FILE_LIMITS } from '../../../../src/shared/backup/limits'
import type { BusyInterval } from '../../../../src/shared/domain/availability'
import type { RecallRating } from '../../../../src/shared/domain/plan'
import type { Roadmap, Topic } from '../../../../src/shared/domain/roadmap'
import { NO_TOPIC } from '../../../../src/shared/domain/session'
import { allTopics } from '../../../../src/shared/scheduling/topics'
import { dumpAll } from '../../../../src/renderer/src/db/backupRepository'
import type { OperationResult } from '../../../../src/renderer/src/db/operationResult'
import { PlannerDB } from '../../../../src/renderer/src/db/PlannerDB'
import { REVIEWS, SESSIONS, STUDY_LOG, toWeekBuckets } from '../../../../src/renderer/src/db/planRows'
import { createRepositories, type Repositories } from '../../../../src/renderer/src/db/repositories'
import { chainRoadmap } from '../../shared/backup/backupFixtures'
import { DAY, NOW, smallPlan } from './planFixtures'
import { cases } from '../../../support/fuzz'

const HOUR = 3_600_000
/** Runs of the property; each is a fresh copy of a small stored plan and one short random sequence of operations. */
const RUNS = Number(process.env.LIMITS_RUNS ?? cases(1_000))

/** A length of text: mostly short, sometimes at a limit or one past it. */
const lengthNear = (limit: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 40 }) },
    { weight: 1, arbitrary: fc.integer({ min: limit - 1, max: limit + 2 }) }
  )

type Op =
  | { kind: 'markDone'; pick: number; minutes: number }
  | { kind: 'skip'; pick: number }
  | { kind: 'move'; pick: number; hours: number }
  | { kind: 'rate'; pick: number; rating: RecallRating }
  | { kind: 'note'; pick: number; length: number }
  | { kind: 'editTitle'; pick: number; length: number }
  | { kind: 'removeTopic'; pick: number }
  | { kind: 'importRoadmap'; stages: number }
  | { kind: 'prerequisites'; count: number }
  | { kind: 'busy'; size: number }
  | { kind: 'quickAdd'; pick: number; hours: number; titleLength: number }
  | { kind: 'setting'; key: number; value: unknown }
  | { kind: 'rename'; length: number }
  | { kind: 'newPlan'; topics: number }
  | { kind: 'undo' }
  | { kind: 'replanWeek' }

const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.string({ maxLength: 8 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'constructor', '__proto__', 'prototype'), tie('value'), { maxKeys: 2 })
  )
})).value

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('markDone' as const), pick: fc.nat(), minutes: fc.integer({ min: 0, max: 1440 }) }),
  fc.record({ kind: fc.constant('skip' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('move' as const),
    pick: fc.nat(),
    hours: fc.oneof(fc.integer({ min: -48, max: 24 * 60 }), fc.constant(9_000_000))
  }),
  fc.record({
    kind: fc.constant('rate' as const),
    pick: fc.nat(),
    rating: fc.constantFrom<RecallRating>('again', 'hard', 'good', 'easy')
  }),
  // Notes and topic removals weigh more: a note on a topic the roadmap then drops once made every export unrestorable.
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('note' as const),
      pick: fc.nat(),
      length: fc.oneof(fc.constant(0), lengthNear(FILE_LIMITS.maxTextFieldLength))
    })
  },
  fc.record({
    kind: fc.constant('editTitle' as const),
    pick: fc.nat(),
    length: lengthNear(FILE_LIMITS.maxTitleLength)
  }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('removeTopic' as const), pick: fc.nat() }) },
  fc.record({
    kind: fc.constant('importRoadmap' as const),
    stages: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 3 }) },
      { weight: 1, arbitrary: fc.integer({ min: FILE_LIMITS.maxStages - 1, max: FILE_LIMITS.maxStages + 1 }) }
    )
  }),
  fc.record({
    kind: fc.constant('prerequisites' as const),
    count: fc.oneof(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: FILE_LIMITS.maxPrerequisites - 1, max: FILE_LIMITS.maxPrerequisites + 2 })
    )
  }),
  fc.record({
    kind: fc.constant('busy' as const),
    size: fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 20 }) },
      { weight: 1, arbitrary: fc.integer({ min: FILE_LIMITS.maxBusy + 1, max: FILE_LIMITS.maxBusy + 3 }) }
    )
  }),
  fc.record({
    kind: fc.constant('quickAdd' as const),
    pick: fc.nat(),
    hours: fc.integer({ min: 0, max: 24 * 30 }),
    titleLength: lengthNear(FILE_LIMITS.maxTitleLength)
  }),
  fc.record({ kind: fc.constant('setting' as const), key: fc.integer({ min: 0, max: 3 }), value: jsonish }),
  fc.record({ kind: fc.constant('rename' as const), length: lengthNear(FILE_LIMITS.maxTitleLength) }),
  fc.record({ kind: fc.constant('newPlan' as const), topics: fc.integer({ min: 1, max: 3 }) }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'replanWeek' as const })
)

let db: PlannerDB
let repos: Repositories
let baseline = ''

beforeAll(async () => {
  db = new PlannerDB(`limits-property-${Math.random()}`)
  let counter = 0
  repos = createRepositories(db, () => `id${++counter}`)
  const created = await repos.plans.createPlan(smallPlan({ roadmap: chainRoadmap('base', 2, 60) }), NOW)
  if (!created.ok) throw new Error(created.error.message)
  baseline = await repos.backup.exportBackup(NOW)
})

afterAll(async () => {
  db.close()
  await Dexie.delete(db.name)
})

/** Makes the database hold exactly `data` (and no undo history), as a restore does, without its snapshot. */
async function resetTo(data: BackupData): Promise<void> {
  const tables = [
    db.roadmaps,
    db.plans,
    db.sessionWeeks,
    db.studyLogWeeks,
    db.reviewWeeks,
    db.notes,
    db.settings,
    db.undoSteps
  ]
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()))
    await db.roadmaps.bulkAdd([...data.roadmaps])
    await db.plans.bulkAdd([...data.plans])
    await db.sessionWeeks.bulkAdd(toWeekBuckets(SESSIONS, data.sessions))
    await db.studyLogWeeks.bulkAdd(toWeekBuckets(STUDY_LOG, data.studyLog))
    await db.reviewWeeks.bulkAdd(toWeekBuckets(REVIEWS, data.reviews))
    await db.notes.bulkAdd([...data.notes])
    await db.settings.bulkAdd([...data.settings])
  })
}

/** A roadmap of `stages` one-topic stages. */
function stagesRoadmap(id: string, stages: number): Roadmap {
  const stage = (index: number) => ({
    id: `${id}-s${index}`,
    kind: 'sequence' as const,
    title: `Stage ${index}`,
    summary: '',
    optional: false,
    topics: [topicOf(`${id}-t${index}`, [])]
  })
  return { id, title: `Roadmap ${id}`, version: 1, stages: Array.from({ length: stages }, (_, index) => stage(index)) }
}

function topicOf(id: string, prerequisites: string[]): Topic {
  return {
    id,
    title: `Topic ${id}`,
    summary: '',
    estimatedMinutes: 30,
    kind: 'learn',
    prerequisites,
    resources: [],
    outcome: ''
  }
}

function pickOf<T>(items: readonly T[], pick: number): T | undefined {
  return items.length === 0 ? undefined : items[pick % items.length]
}

/** Runs one operation at `now`; resolves whether it was refused. */
async function run(op: Op, now: number, step: number): Promise<OperationResult<unknown> | 'skipped'> {
  const plans = await repos.plans.listPlans()
  const plan = plans[0]!
  const sessions = ['markDone', 'skip', 'move'].includes(op.kind) ? await repos.plans.allSessions(plan.id) : []
  const planned = sessions.filter((session) => session.status === 'planned')
  const roadmap = (await repos.roadmaps.getRoadmap(plan.roadmapId))!.roadmap
  const topics = allTopics(roadmap).map((entry) => entry.topic)
  if (topics.length === 0 && ['rate', 'note', 'editTitle', 'removeTopic'].includes(op.kind)) return 'skipped'
  switch (op.kind) {
    case 'markDone': {
      const session = pickOf(planned, op.pick)
      return session ? repos.sessions.markDone(session.id, op.minutes, now) : 'skipped'
    }
    case 'skip': {
      const session = pickOf(planned, op.pick)
      return session ? repos.sessions.skip(session.id, now) : 'skipped'
    }
    case 'move': {
      const session = pickOf(planned, op.pick)
      return session ? repos.sessions.moveSession(session.id, NOW + op.hours * HOUR, now) : 'skipped'
    }
    case 'rate':
      return repos.sessions.rateReview(plan.id, pickOf(topics, op.pick)!.id, op.rating, now)
    case 'note':
      return repos.notes.saveNote(plan.id, pickOf(topics, op.pick)!.id, 'n'.repeat(op.length), now)
    case 'editTitle': {
      const target = pickOf(topics, op.pick)!.id
      const retitle = (topic: Topic) => (topic.id === target ? { ...topic, title: 't'.repeat(op.length) } : topic)
      const edited: Roadmap = {
        ...roadmap,
        stages: roadmap.stages.map((stage) =>
          stage.kind === 'sequence' ? { ...stage, topics: stage.topics.map(retitle) } : stage
        )
      }
      return repos.roadmaps.editRoadmap(edited, now)
    }
    case 'removeTopic': {
      const target = pickOf(topics, op.pick)!.id
      const kept = (list: readonly Topic[]) =>
        list
          .filter((topic) => topic.id !== target)
          .map((topic) => ({ ...topic, prerequisites: topic.prerequisites.filter((id) => id !== target) }))
      const edited: Roadmap = {
        ...roadmap,
        stages: roadmap.stages
          .map((stage) => (stage.kind === 'sequence' ? { ...stage, topics: kept(stage.topics) } : stage))
          .filter((stage) => stage.kind !== 'sequence' || stage.topics.length > 0)
      }
      return repos.roadmaps.editRoadmap(edited, now)
    }
    case 'importRoadmap':
      return repos.roadmaps.importRoadmapFile(
        JSON.stringify({
          format: 'study-planner-roadmap',
          version: 1,
          exportedAt: now,
          roadmap: stagesRoadmap(`imp${step}`, op.stages)
        }),
        now
      )
    case 'prerequisites': {
      // A roadmap no plan follows (one imported before): editing it re-plans nothing, so a big one stays cheap.
      const used = new Set(plans.map((candidate) => candidate.roadmapId))
      const free = (await repos.roadmaps.listRoadmaps()).filter((record) => !used.has(record.id))
      const target = pickOf(free, step)?.roadmap
      if (!target) return 'skipped'
      const parts = Array.from({ length: op.count }, (_, index) => topicOf(`${target.id}-p${index}`, []))
      const last = topicOf(
        `${target.id}-all`,
        parts.map((part) => part.id)
      )
      return repos.roadmaps.editRoadmap(
        {
          ...target,
          stages: [
            {
              id: `${target.id}-s0`,
              kind: 'sequence',
              title: 'Parts',
              summary: '',
              optional: false,
              topics: [...parts, last]
            }
          ]
        },
        now
      )
    }
    case 'busy': {
      const source = `cal${step % 3}.ics`
      const busy: BusyInterval[] = Array.from({ length: op.size }, (_, index) => ({
        startMs: NOW + step * 60_000 + index * HOUR,
        endMs: NOW + step * 60_000 + index * HOUR + 1_200_000,
        source
      }))
      return repos.busyTime.applyBusyImport(
        {
          planId: plan.id,
          source,
          busy,
          replacing: 0,
          skipped: [],
          rangeStartMs: now - DAY,
          rangeEndMs: now + 800 * DAY
        },
        now
      )
    }
    case 'quickAdd': {
      const topic = op.pick % 2 === 0 ? undefined : pickOf(topics, op.pick)
      const startMs = NOW + op.hours * HOUR + 30 * 60_000
      const draft = topic
        ? { topicId: topic.id, startMs, endMs: startMs + HOUR }
        : { topicId: NO_TOPIC, title: 'q'.repeat(op.titleLength), startMs, endMs: startMs + HOUR }
      return repos.quickAdd.addSession(plan.id, draft, now)
    }
    case 'setting':
      try {
        await repos.settings.set(`pref${op.key}`, op.value)
        return { ok: true, value: undefined }
      } catch (error) {
        return { ok: false, error: { code: 'invalid', message: String(error) } }
      }
    case 'rename':
      return repos.plans.updatePlan(plan.id, { title: 'r'.repeat(op.length) }, now)
    case 'newPlan':
      return repos.plans.createPlan(
        smallPlan({ roadmap: chainRoadmap(`np${step}`, op.topics, 30), title: `Plan ${step}` }),
        now
      )
    case 'undo':
      return repos.sessions.undo(plan.id, now)
    case 'replanWeek':
      return repos.plans.replanWeek(plan.id, now)
  }
}

describe('one set of limits', () => {
  it(`after ${RUNS} random sequences of repository operations, every export is restorable and identical to what is stored`, async () => {
    const restoreBaseline = readBackup(baseline)
    if (!restoreBaseline.ok) throw new Error(restoreBaseline.error.message)
    let refusals = 0
    let applied = 0
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 4 }), async (ops) => {
        await resetTo(restoreBaseline.value.file.data)
        for (const [step, op] of ops.entries()) {
          const before = await dumpAll(db)
          const result = await run(op, NOW + (step + 1) * HOUR, step)
          if (result === 'skipped') continue
          const refusal = result.ok ? null : result.error.message
          if (refusal === null) applied++
          else refusals++
          // A refusal stores nothing.
          const after = refusal === null ? before : await dumpAll(db)
          expect(after, `${op.kind} was refused (${refusal}) but changed the database`).toEqual(before)
        }
        const exported = readBackup(await repos.backup.exportBackup(NOW))
        expect(
          exported.ok ? 'accepted' : `refused: ${exported.error.where}: ${exported.error.message}`,
          'the export of this database'
        ).toBe('accepted')
        expect(exported.ok && exported.value.file.data).toEqual(await dumpAll(db))
      }),
      { numRuns: RUNS, seed: 18, endOnFailure: true }
    )
    // The sequences exercise both sides of every limit.
    expect(refusals).toBeGreaterThan(RUNS / 8)
    expect(applied).toBeGreaterThan(RUNS)
  }, 900_000)
})
