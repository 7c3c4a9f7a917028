// Reads JSON text and walks it once for what schemas cannot bound cheaply: forbidden keys, huge strings, deep nesting.
import { FILE_LIMITS, FORBIDDEN_KEYS } from './limits'
import { fail, formatPath, type FileProblem, type FileResult } from './problem'
import { messageRef } from '../i18n/ref'
import { problemOf } from '../validation/problemText'

/**
 * Parses `text` as JSON and checks every value: no `__proto__`, `constructor` or `prototype` key, no string longer
 * than {@link FILE_LIMITS.maxStringLength}, nesting at most {@link FILE_LIMITS.maxDepth}, at most
 * {@link FILE_LIMITS.maxNodes} values. `root` names the top of the path in messages.
 */
export function parseSafeJson(text: string, root = ''): FileResult<unknown> {
  if (typeof text !== 'string') return fail('file', messageRef('errors.file.notText'))
  if (text.length > FILE_LIMITS.maxTextLength) {
    return fail(
      'file',
      messageRef('errors.file.tooLarge', { length: String(text.length), max: String(FILE_LIMITS.maxTextLength) })
    )
  }
  let value: unknown
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return fail('file', messageRef('errors.file.notJson', { detail }))
  }
  const problem = findUnsafeValue(value, root)
  return problem ? { ok: false, error: problem } : { ok: true, value }
}

/** Where a value sits: its key and its parent's place; a path is only built when a problem is reported. */
interface Place {
  readonly parent: Place | null
  readonly key: PropertyKey
  readonly depth: number
}

function pathOf(place: Place | null): PropertyKey[] {
  const path: PropertyKey[] = []
  for (let at = place; at !== null; at = at.parent) path.unshift(at.key)
  return path
}

function child(parent: Place | null, key: PropertyKey): Place {
  return { parent, key, depth: parent === null ? 1 : parent.depth + 1 }
}

/**
 * The first unsafe value in `value`, walked with an explicit stack so deep input cannot overflow the call stack.
 * Strings and other leaves are checked as their container is opened, so only arrays and objects go on the stack and
 * get a {@link Place}: a backup holds hundreds of thousands of values and this walk runs on every import.
 */
export function findUnsafeValue(value: unknown, root = ''): FileProblem | null {
  const rootPlace: Place | null = root === '' ? null : { parent: null, key: root, depth: 1 }
  const containers: object[] = []
  const places: (Place | null)[] = []
  let nodes = 0
  const visit = (item: unknown, parent: Place | null, key: PropertyKey | null): FileProblem | null => {
    if (++nodes > FILE_LIMITS.maxNodes)
      return {
        where: 'file',
        ...problemOf(messageRef('errors.file.tooManyValues', { max: String(FILE_LIMITS.maxNodes) }))
      }
    if (typeof item === 'string') {
      if (item.length > FILE_LIMITS.maxStringLength) return tooLong(item, key === null ? parent : child(parent, key))
      return null
    }
    if (typeof item !== 'object' || item === null) return null
    containers.push(item)
    places.push(key === null ? parent : child(parent, key))
    return null
  }
  const first = visit(value, rootPlace, null)
  if (first) return first
  while (containers.length > 0) {
    const current = containers.pop()!
    const place = places.pop()!
    if ((place?.depth ?? 0) > FILE_LIMITS.maxDepth)
      return {
        where: formatPath(pathOf(place)),
        ...problemOf(messageRef('errors.file.tooDeep', { max: String(FILE_LIMITS.maxDepth) }))
      }
    const problem = Array.isArray(current) ? visitItems(current, place, visit) : visitFields(current, place, visit)
    if (problem) return problem
  }
  return null
}

type Visit = (item: unknown, parent: Place | null, key: PropertyKey | null) => FileProblem | null

function visitItems(items: readonly unknown[], place: Place | null, visit: Visit): FileProblem | null {
  // Pushed last to first, so the walk meets the items in file order.
  for (let index = items.length - 1; index >= 0; index--) {
    const problem = visit(items[index], place, index)
    if (problem) return problem
  }
  return null
}

function visitFields(object: object, place: Place | null, visit: Visit): FileProblem | null {
  const keys = Object.keys(object)
  for (let index = keys.length - 1; index >= 0; index--) {
    const key = keys[index]!
    if (FORBIDDEN_KEYS.has(key))
      return {
        where: formatPath([...pathOf(place), key]),
        ...problemOf(messageRef('errors.file.forbiddenKey', { key }))
      }
    if (key.length > FILE_LIMITS.maxIdLength)
      return {
        where: formatPath(pathOf(place)),
        ...problemOf(messageRef('errors.file.keyTooLong', { length: String(key.length) }))
      }
    const problem = visit((object as Record<string, unknown>)[key], place, key)
    if (problem) return problem
  }
  return null
}

function tooLong(text: string, place: Place | null): FileProblem {
  return {
    where: formatPath(pathOf(place)),
    ...problemOf(
      messageRef('errors.file.textTooLong', { length: String(text.length), max: String(FILE_LIMITS.maxStringLength) })
    )
  }
}
