// Roadmaps: list and read them, edit one (re-planning every plan that uses it), and share them as files.
import type { Roadmap } from '../../../shared/domain/roadmap'
import { importMarkdownOutline, type MarkdownOutlineOptions } from '../../../shared/backup/markdownOutline'
import type { FileResult } from '../../../shared/backup/problem'
import { readRoadmapFile, serializeRoadmapFile } from '../../../shared/backup/roadmapFile'
import { validateRoadmap } from '../../../shared/scheduling/validateRoadmap'
import { FILE_LIMITS } from '../../../shared/backup/limits'
import type { ScheduleReport } from '../../../shared/domain/schedule'
import { failWith, operationError, OperationFailure, runOperation, type OperationResult } from './operationResult'
import { createPlanRepository } from './planRepository'
import { notedTopicsMissingFrom, notedTopicsText } from './notesRepository'
import { recordProblem } from './recordLimits'
import { backupRoomProblem } from './backupBudget'
import { allTopics } from '../../../shared/scheduling/topics'
import { journal, planTables, replanRoadmapUsers } from './planState'
import type { PlannerDB, RoadmapRecord } from './PlannerDB'
import { storeRoadmapForPlan } from './roadmapStore'
import { UNDO_LABELS, type UndoLabel } from './undoLabels'
import { dbText } from './dbText'

/** Creates the roadmap repository over `db`. */
export function createRoadmapRepository(db: PlannerDB) {
  /** Stores an imported roadmap (as a copy when its id is taken by a different one). */
  const storeImported = (parsed: FileResult<Roadmap>, now: number): Promise<OperationResult<Roadmap>> =>
    runOperation(async () => {
      if (!parsed.ok) return failWith('file', parsed.error.ref ?? parsed.error.message, parsed.error.where)
      const room = await backupRoomProblem(db, JSON.stringify(parsed.value).length, { kind: 'roadmap' })
      if (room) return failWith(room.code, room.message, room.where)
      return db.transaction('rw', db.roadmaps, () => storeRoadmapForPlan(db, parsed.value, now))
    })
  const plans = createPlanRepository(db)

  return {
    listRoadmaps(): Promise<RoadmapRecord[]> {
      return db.roadmaps.toArray()
    },

    getRoadmap(id: string): Promise<RoadmapRecord | undefined> {
      return db.roadmaps.get(id)
    },

    /**
     * Replaces a stored roadmap (same id) and re-plans every plan using it, in one transaction; bumps the roadmap's
     * version when the caller did not. Each of those plans gets an undo step named `label` that puts the roadmap
     * back with it. Fails, changing nothing, when the roadmap is invalid or a plan cannot be re-planned with it
     * (e.g. a removed topic still has done sessions); the error names the plan.
     */
    editRoadmap(
      roadmap: Roadmap,
      now: number,
      label: UndoLabel = UNDO_LABELS.editRoadmap
    ): Promise<OperationResult<Roadmap>> {
      return runOperation(() =>
        db.transaction('rw', [...planTables(db), db.notes], async () => {
          const problem = validateRoadmap(roadmap)
          if (problem) failWith('invalid', problem.ref ?? problem.message, problem.field)
          const stored = await db.roadmaps.get(roadmap.id)
          if (!stored) failWith('not-found', dbText()('common.operations.noRoadmap', { id: roadmap.id }))
          await refuseLostNotes(
            db,
            await db.plans.where('roadmapId').equals(roadmap.id).primaryKeys(),
            stored.roadmap,
            roadmap
          )
          const edited =
            roadmap.version > stored.roadmap.version ? roadmap : { ...roadmap, version: stored.roadmap.version + 1 }
          // The journal keeps each plan as it was; only the roadmap differs, and the step keeps the stored one.
          for (const plan of await db.plans.where('roadmapId').equals(roadmap.id).toArray())
            await journal(db, { plan }, label, now, stored)
          await db.roadmaps.put({ ...stored, roadmap: edited, updatedAtMs: now })
          await replanRoadmapUsers(db, roadmap.id, now)
          return edited
        })
      )
    },

    /** The roadmap as a shareable JSON file. */
    async exportRoadmapFile(id: string, now: number): Promise<OperationResult<string>> {
      const record = await db.roadmaps.get(id)
      return record
        ? { ok: true, value: serializeRoadmapFile(record.roadmap, now) }
        : { ok: false, error: { code: 'not-found', message: dbText()('common.operations.noRoadmap', { id: id }) } }
    },

    /** Imports a roadmap JSON file; the error names the field, e.g. 'roadmap.stages[0].topics[2].estimatedMinutes'. */
    importRoadmapFile(text: string, now: number): Promise<OperationResult<Roadmap>> {
      return storeImported(readRoadmapFile(text), now)
    },

    /** Imports a Markdown outline as a roadmap; the error names the line. */
    importRoadmapMarkdown(
      text: string,
      now: number,
      options?: MarkdownOutlineOptions
    ): Promise<OperationResult<Roadmap>> {
      return storeImported(importMarkdownOutline(text, options), now)
    },

    /**
     * Reads a roadmap file (Markdown outline when its name ends in .md or .markdown, roadmap JSON otherwise) and checks
     * it against everything storing it would: the engine's rules and the limits a backup enforces. Stores nothing, so
     * the learner can still choose what it is for, or cancel.
     */
    readRoadmapImport(fileName: string, text: string): OperationResult<Roadmap> {
      return checkRoadmapImport(
        /\.(md|markdown)$/i.test(fileName) ? importMarkdownOutline(text) : readRoadmapFile(text)
      )
    },

    /** As {@link readRoadmapImport}, for a file already parsed (in a worker: see files/readUntrustedFile.ts). */
    checkRoadmapImport,

    /**
     * Stores `roadmap` (as {@link importRoadmapFile} does) and moves plan `planId` onto it (as plans.switchRoadmap
     * does), in one transaction: when the plan cannot move, e.g. logged work is on topics the roadmap lacks, the
     * roadmap is not stored either and nothing changes. Undo moves the plan back.
     */
    async replacePlanRoadmap(
      planId: string,
      roadmap: Roadmap,
      now: number,
      label: UndoLabel = UNDO_LABELS.replaceRoadmap
    ): Promise<OperationResult<{ roadmap: Roadmap; report: ScheduleReport }>> {
      const room = await backupRoomProblem(db, JSON.stringify(roadmap).length, { kind: 'roadmap' })
      if (room) return { ok: false, error: room }
      return runOperation(() =>
        db.transaction('rw', [...planTables(db), db.notes], async () => {
          const current = await db.plans.get(planId)
          const currentRoadmap = current ? (await db.roadmaps.get(current.roadmapId))?.roadmap : undefined
          if (currentRoadmap) await refuseLostNotes(db, [planId], currentRoadmap, roadmap)
          const stored = await storeRoadmapForPlan(db, roadmap, now)
          const switched = await plans.switchRoadmap(planId, stored.id, now, label)
          // A refusal inside this transaction must undo the roadmap stored above: throwing aborts the whole of it.
          if (!switched.ok) throw new OperationFailure(switched.error)
          return { roadmap: stored, report: switched.value.report }
        })
      )
    }
  }
}

/** A parsed roadmap file checked against everything storing it would: the engine's rules and the backup's limits. */
export function checkRoadmapImport(parsed: FileResult<Roadmap>): OperationResult<Roadmap> {
  if (!parsed.ok)
    return { ok: false, error: operationError('file', parsed.error.ref ?? parsed.error.message, parsed.error.where) }
  const problem =
    validateRoadmap(parsed.value) ??
    recordProblem('roadmaps', {
      id: parsed.value.id,
      roadmap: parsed.value,
      builtIn: false,
      updatedAtMs: FILE_LIMITS.minInstant
    })
  if (problem)
    return {
      ok: false,
      error: {
        code: 'file',
        message: problem.message,
        ...('ref' in problem && problem.ref ? { ref: problem.ref } : {}),
        ...('field' in problem ? { where: problem.field } : problem.where ? { where: problem.where } : {})
      }
    }
  return { ok: true, value: parsed.value }
}

/** Fails 'invalid' when plans `planIds` have notes on topics of `before` that `after` lacks (see notedTopicsMissingFrom). */
export async function refuseLostNotes(
  db: PlannerDB,
  planIds: readonly string[],
  before: Roadmap,
  after: Roadmap
): Promise<void> {
  const lost = await notedTopicsMissingFrom(db, planIds, after)
  if (lost.length === 0) return
  const titles = new Map(allTopics(before).map((entry) => [entry.topic.id, entry.topic.title]))
  failWith('invalid', notedTopicsText(lost, titles), 'notes')
}

/** The roadmap repository's API. */
export type RoadmapRepository = ReturnType<typeof createRoadmapRepository>
