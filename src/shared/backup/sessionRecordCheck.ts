// A quick yes to "would sessionRecordSchema accept this?" for the shape the app itself writes, thousands at a time.
//
// Why: a re-plan rewrites about a thousand sessions, and zod takes some 14 µs for each (no code generation under the
// app's CSP): 14 ms of every skip, undo or roadmap edit. This check takes well under 1 µs a record. It may only answer
// `true` when the schema would accept the record; when it answers `false` the caller asks the schema, which also gives
// the learner's message. tests/unit/shared/sessionRecordCheck.test.ts holds it to that with random records.
import { FILE_LIMITS as L } from './limits'

const SESSION_KEYS = new Set([
  'id',
  'planId',
  'sessionId',
  'topicId',
  'stageId',
  'kind',
  'status',
  'pinned',
  'startMs',
  'endMs',
  'localStart',
  'localEnd',
  'minutes',
  'title',
  'adHoc'
])
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/

const textOf = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'string' && value.length >= min && value.length <= max
const wholeIn = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max

/** True only when `value` is a session record sessionRecordSchema accepts (false may still be acceptable). */
export function isPlainSessionRecord(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false
  const record = value as Record<string, unknown>
  for (const key of Reflect.ownKeys(record)) if (typeof key !== 'string' || !SESSION_KEYS.has(key)) return false
  return (
    textOf(record['id'], 3, L.maxIdLength * 2 + 1) &&
    textOf(record['planId'], 1, L.maxIdLength) &&
    textOf(record['sessionId'], 1, L.maxIdLength) &&
    textOf(record['topicId'], 0, L.maxIdLength) &&
    textOf(record['stageId'], 0, L.maxIdLength) &&
    (record['kind'] === 'study' || record['kind'] === 'review') &&
    (record['status'] === 'planned' || record['status'] === 'done' || record['status'] === 'skipped') &&
    typeof record['pinned'] === 'boolean' &&
    wholeIn(record['startMs'], L.minInstant, L.maxInstant) &&
    wholeIn(record['endMs'], L.minInstant, L.maxInstant) &&
    typeof record['localStart'] === 'string' &&
    LOCAL_DATE_TIME.test(record['localStart']) &&
    typeof record['localEnd'] === 'string' &&
    LOCAL_DATE_TIME.test(record['localEnd']) &&
    wholeIn(record['minutes'], 0, 1440) &&
    (record['title'] === undefined || textOf(record['title'], 1, L.maxTitleLength)) &&
    (record['adHoc'] === undefined || record['adHoc'] === true)
  )
}
