// Roadmap files learners share: one roadmap as versioned JSON, validated like a backup and by the engine's rules.
import { z } from 'zod'
import type { Roadmap } from '../domain/roadmap'
import { allTopics } from '../scheduling/topics'
import { validateRoadmap } from '../scheduling/validateRoadmap'
import { firstIssueMessage } from '../validation/issueMessages'
import { instantSchema, roadmapSchema } from './domainSchemas'
import { parseSafeJson } from './jsonSafety'
import { fail, FILE_ROOT, type FileResult } from './problem'
import { messageRef } from '../i18n/ref'

/** The `format` field of a roadmap file. */
export const ROADMAP_FORMAT = 'study-planner-roadmap'

/** The roadmap file version this code writes and the newest it reads. */
export const ROADMAP_FILE_VERSION = 1

const roadmapFileSchema = z.strictObject({
  format: z.literal(ROADMAP_FORMAT),
  version: z.number().int().min(1).max(ROADMAP_FILE_VERSION),
  exportedAt: instantSchema,
  roadmap: roadmapSchema
})

/** Writes one roadmap as a shareable JSON file; `exportedAt` (epoch ms) is an input so output is deterministic. */
export function serializeRoadmapFile(roadmap: Roadmap, exportedAt: number): string {
  return `${JSON.stringify({ format: ROADMAP_FORMAT, version: ROADMAP_FILE_VERSION, exportedAt, roadmap }, null, 2)}\n`
}

/**
 * Reads a roadmap file: safe JSON, the strict schema, then the engine's roadmap rules (unique ids, known
 * prerequisites, no cycle). Never throws; the error says where, e.g. 'roadmap.stages[1].topics[0].estimatedMinutes'.
 */
export function readRoadmapFile(text: string): FileResult<Roadmap> {
  const json = parseSafeJson(text)
  if (!json.ok) return json
  const value = json.value
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== ROADMAP_FORMAT) {
    return fail('format', messageRef('errors.roadmapFile.notRoadmap', { format: ROADMAP_FORMAT }))
  }
  const version = (value as { version?: unknown }).version
  if (typeof version === 'number' && version > ROADMAP_FILE_VERSION) {
    return fail('version', messageRef('errors.roadmapFile.newerVersion', { version: String(version) }))
  }
  const parsed = roadmapFileSchema.safeParse(value)
  if (!parsed.success) return { ok: false, error: firstIssueMessage(parsed.error, { root: FILE_ROOT }) }
  const problem = validateRoadmap(parsed.data.roadmap)
  if (problem) return fail(problem.field, problem.ref ?? problem.message)
  // A roadmap without a topic would make an empty plan that never finishes.
  if (allTopics(parsed.data.roadmap).length === 0)
    return fail('roadmap.stages', messageRef('errors.roadmapFile.noTopics'))
  return { ok: true, value: parsed.data.roadmap }
}
