// One set of limits: every write of user data is checked against the very schema restore uses, before it is stored.
//
// Why here: a backup is only worth something if restore accepts it. Each repository used to check some limits (or
// none), so imports stored 501 stages, 201 prerequisites or 55,000 busy intervals, and every export after that was
// refused. A Dexie DBCore middleware sees every add, put, update and modify of every table, whichever repository (or
// future code) makes it, so nothing reaches IndexedDB that readBackup would refuse record by record.
//
// What it covers, and what keeps a database exportable as a whole:
// - each record: its table's strict schema (lengths, counts per list, instants, enums) and the file walk's rules
//   (no `__proto__`/`constructor`/`prototype` key, e.g. a stage id used as a trackChoices key; no string over
//   FILE_LIMITS.maxStringLength; nesting at most FILE_LIMITS.maxDepth, e.g. a preference's value);
// - rows per table where one IndexedDB row is one record (roadmaps, plans, notes, settings): counted before a write
//   that would add rows;
// - sessions, study-log lines and ratings live many to a week row, so they are not counted on every write: their
//   table caps (500,000 / 500,000 / 200,000) sit far above what the whole backup's text bound allows for sessions
//   (each serialises to over 250 characters, so 240,000 of them already pass MAX_BACKUP_TEXT_LENGTH), and study-log
//   lines and ratings are one per learner click;
// - the whole backup's text length (MAX_BACKUP_TEXT_LENGTH): no per-record bound can keep it (1,000 plans x 50,000 busy
//   intervals each is gigabytes), so the writes that bring data in bulk (busy-time import, roadmap import, new plan)
//   measure the backup they would make first and keep room for the small writes after them: see backupBudget.ts.
// Undo steps and snapshots are app state, not backup data: they are not checked here.
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie'
import { z } from 'zod'
import { findUnsafeValue } from '../../../shared/backup/jsonSafety'
import { FILE_LIMITS } from '../../../shared/backup/limits'
import { FILE_ROOT } from '../../../shared/backup/problem'
import {
  planRecordSchema,
  reviewRowSchema,
  roadmapRecordSchema,
  sessionRecordSchema,
  settingRecordSchema,
  studyLogRecordSchema,
  topicNoteRecordSchema
} from '../../../shared/backup/recordSchemas'
import { isPlainSessionRecord } from '../../../shared/backup/sessionRecordCheck'
import { firstIssueMessage } from '../../../shared/validation/issueMessages'
import { OperationFailure, type OperationError } from './operationResult'
import type { WeekBucket } from './PlannerDB'
import { dbText } from './dbText'

/** How one table's rows are checked: the schema of a row and, for one-record-per-row tables, the most rows. */
interface TableRule {
  readonly schema: z.ZodType
  readonly maxRows?: number
  /** Which records, for the "too many" message (tables with a row limit). */
  readonly noun: 'roadmaps' | 'plans' | 'sessions' | 'studyLog' | 'ratings' | 'notes' | 'settings'
}

const bucketOf = (row: z.ZodType) => z.object({ planId: z.string(), weekMs: z.number(), rows: z.array(row) })

/** The user tables and their rules; any other table (undo steps, snapshots) is written unchecked. */
const RULES: Readonly<Record<string, TableRule>> = {
  roadmaps: { schema: roadmapRecordSchema, maxRows: FILE_LIMITS.maxRoadmaps, noun: 'roadmaps' },
  plans: { schema: planRecordSchema, maxRows: FILE_LIMITS.maxPlans, noun: 'plans' },
  sessionWeeks: { schema: bucketOf(sessionRecordSchema), noun: 'sessions' },
  studyLogWeeks: { schema: bucketOf(studyLogRecordSchema), noun: 'studyLog' },
  reviewWeeks: { schema: bucketOf(reviewRowSchema), noun: 'ratings' },
  notes: { schema: topicNoteRecordSchema, maxRows: FILE_LIMITS.maxNotes, noun: 'notes' },
  settings: { schema: settingRecordSchema, maxRows: FILE_LIMITS.maxSettings, noun: 'settings' }
}

/**
 * Why `value` cannot be stored in `table` (a backup holding it would be refused), in the learner's words; null when
 * it can. Tables without rules accept anything.
 */
export function recordProblem(table: string, value: unknown): OperationError | null {
  const rule = RULES[table]
  if (!rule) return null
  // The hot path: a re-plan writes dozens of week buckets of sessions the app made itself.
  if (table === 'sessionWeeks' && isPlainSessionBucket(value)) return null
  const parsed = rule.schema.safeParse(value)
  if (!parsed.success) return zodIssueError(table, parsed.error.issues[0])
  const unsafe = findUnsafeValue(value)
  if (unsafe)
    return {
      code: 'invalid',
      message: dbText()('common.limits.unsafe', { detail: unsafe.message }),
      where: unsafe.where
    }
  return null
}

/**
 * True only when both the bucket schema and the file walk accept `value`: a plain bucket of a plan with an id-sized
 * plan id, and rows {@link isPlainSessionRecord} accepts (each bounded far below the walk's string and depth limits).
 */
function isPlainSessionBucket(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false
  const keys = Reflect.ownKeys(value)
  const { planId, weekMs, rows } = value as Partial<WeekBucket<unknown>>
  return (
    keys.length === 3 &&
    typeof planId === 'string' &&
    planId.length <= FILE_LIMITS.maxIdLength &&
    Number.isFinite(weekMs) &&
    Array.isArray(rows) &&
    Object.getPrototypeOf(rows) === Array.prototype &&
    everyRow(rows)
  )
}

/** `every` skips the holes of a sparse array; the schema does not. */
function everyRow(rows: readonly unknown[]): boolean {
  for (let index = 0; index < rows.length; index++) if (!isPlainSessionRecord(rows[index])) return false
  return true
}

// A week bucket's rows are one record each in a backup: the learner never sees the bucket around them.
const BUCKET_KEYS: readonly PropertyKey[] = ['rows']

/** The learner's words for the first schema issue of a record. */
function zodIssueError(table: string, issue: z.core.$ZodIssue | undefined): OperationError {
  if (!issue) return { code: 'invalid', message: dbText()('common.limits.invalid') }
  const { where, message: problem } = firstIssueMessage([issue], { omitKeys: BUCKET_KEYS, root: FILE_ROOT })
  const message =
    issue.code === 'too_big'
      ? tooBigMessage(
          table,
          issue,
          issue.path.filter((key) => !BUCKET_KEYS.includes(key))
        )
      : null
  return {
    code: 'invalid',
    message: message ?? dbText()('common.limits.invalidAt', { where, detail: problem }),
    where
  }
}

/** "A roadmap can have at most 500 stages", "Busy time: at most 50,000 intervals — ...", by where the issue sits. */
function tooBigMessage(table: string, issue: z.core.$ZodIssueTooBig, path: readonly PropertyKey[]): string | null {
  const keys = path.filter((key): key is string => typeof key === 'string')
  const last = keys.at(-1)
  const t = dbText()
  const max = Number(issue.maximum)
  if (issue.origin === 'array') {
    switch (last) {
      case 'stages':
      case 'topics':
      case 'tracks':
      case 'prerequisites':
      case 'resources':
      case 'busy':
      case 'windows':
      case 'blackouts':
        return t(`common.limits.${last}`, { max })
      default:
        return null
    }
  }
  if (issue.origin !== 'string' || last === undefined) return null
  const owner = table === 'plans' && keys.length === 1 ? 'plan' : ownerOf(keys)
  if (last === 'title' && owner === 'plan') return t('common.limits.planName', { max })
  if (last === 'title' || last === 'summary' || last === 'outcome')
    return t(`common.limits.${last}`, { owner: owner ?? 'none', max })
  if (last === 'label') return t('common.limits.label', { max })
  if (last === 'text') return t('common.limits.text', { max })
  if (last === 'url') return t('common.limits.url', { max })
  if (last === 'key' || last === 'id' || last.endsWith('Id') || keys.includes('prerequisites'))
    return t('common.limits.id', { max })
  return null
}

/** What a title or summary belongs to, from the innermost list on its path. */
function ownerOf(keys: readonly string[]): string | null {
  for (let index = keys.length - 2; index >= 0; index--) {
    const key = keys[index]!
    if (key === 'topics') return 'topic'
    if (key === 'tracks') return 'track'
    if (key === 'stages') return 'stage'
    if (key === 'resources') return 'resource'
    if (key === 'roadmap') return 'roadmap'
    if (key === 'busy' || key === 'blackouts') return null
  }
  return null
}

function refuse(error: OperationError): Promise<never> {
  return Promise.reject(new OperationFailure(error))
}

/**
 * Writes `request` unless it would leave a one-record-per-row table with more rows than a backup may hold. Chained with
 * `then` on the DBCore promises, never `await`: a native await here loses Dexie's transaction zone, and the layers
 * below (Dexie's hooks) then find no transaction.
 */
function mutateWithinRowLimit(
  table: DBCoreTable,
  request: DBCoreMutateRequest & { type: 'add' | 'put' },
  maxRows: number,
  noun: TableRule['noun']
) {
  // DBCoreRangeType.Any is a const enum, which isolated modules cannot read: its value is 3.
  const range = { type: 3, lower: undefined, upper: undefined } as unknown as DBCoreKeyRange
  const tooMany = () =>
    refuse({ code: 'invalid', message: dbText()('common.limits.tooMany', { max: maxRows, table: noun }) })
  return table.count({ trans: request.trans, query: { index: table.schema.primaryKey, range } }).then((stored) => {
    if (stored + request.values.length <= maxRows) return table.mutate(request)
    const keys = request.keys ?? request.values.map((value) => table.schema.primaryKey.extractKey!(value))
    return table.getMany({ trans: request.trans, keys }).then((existing) => {
      const added = existing.filter((row) => row === undefined).length
      return stored + added > maxRows ? tooMany() : table.mutate(request)
    })
  })
}

/** The middleware: checks each value an add or put writes to a user table, and refuses the whole write if one fails. */
export const recordLimits: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'recordLimits',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name)
        const rule = RULES[name]
        if (!rule) return table
        return {
          ...table,
          mutate(request) {
            if (request.type !== 'add' && request.type !== 'put') return table.mutate(request)
            for (const value of request.values) {
              const problem = recordProblem(name, value)
              if (problem) return refuse(problem)
            }
            return rule.maxRows === undefined
              ? table.mutate(request)
              : mutateWithinRowLimit(table, request, rule.maxRows, rule.noun)
          }
        }
      }
    }
  }
}
