// Reads JSON text and walks it once for what schemas cannot bound cheaply: forbidden keys, huge strings, deep nesting.
import { FILE_LIMITS, FORBIDDEN_KEYS } from './limits'
import { fail, formatPath, type FileResult } from './problem'

/**
 * Parses `text` as JSON and checks every value: no `__proto__`, `constructor` or `prototype` key, no string longer
 * than {@link FILE_LIMITS.maxStringLength}, nesting at most {@link FILE_LIMITS.maxDepth}, at most
 * {@link FILE_LIMITS.maxNodes} values. `root` names the top of the path in messages.
 */
export function parseSafeJson(text: string, root = ''): FileResult<unknown> {
  if (typeof text !== 'string') return fail('file', 'The file is not text.')
  if (text.length > FILE_LIMITS.maxTextLength) {
    return fail('file', `The file is too large (${text.length} characters; at most ${FILE_LIMITS.maxTextLength}).`)
  }
  let value: unknown
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return fail('file', `The file is not valid JSON (it may be truncated or not a backup): ${detail}`)
  }
  const problem = findUnsafeValue(value, root)
  return problem ? { ok: false, error: problem } : { ok: true, value }
}

interface Frame {
  readonly value: unknown
  readonly path: readonly PropertyKey[]
}

/** The first unsafe value in `value`, walked with an explicit stack so deep input cannot overflow the call stack. */
export function findUnsafeValue(value: unknown, root = ''): { where: string; message: string } | null {
  const stack: Frame[] = [{ value, path: root === '' ? [] : [root] }]
  let nodes = 0
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!
    if (++nodes > FILE_LIMITS.maxNodes) return { where: 'file', message: `The file holds more than ${FILE_LIMITS.maxNodes} values.` }
    if (typeof current === 'string') {
      if (current.length > FILE_LIMITS.maxStringLength) {
        return { where: formatPath(path), message: `text of ${current.length} characters is too long (at most ${FILE_LIMITS.maxStringLength})` }
      }
      continue
    }
    if (typeof current !== 'object' || current === null) continue
    if (path.length > FILE_LIMITS.maxDepth) return { where: formatPath(path), message: `nested deeper than ${FILE_LIMITS.maxDepth} levels` }
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) stack.push({ value: current[index], path: [...path, index] })
      continue
    }
    const keys = Object.keys(current)
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!
      if (FORBIDDEN_KEYS.has(key)) return { where: formatPath([...path, key]), message: `the key "${key}" is not allowed` }
      if (key.length > FILE_LIMITS.maxIdLength) return { where: formatPath(path), message: `a key of ${key.length} characters is too long` }
      stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] })
    }
  }
  return null
}
