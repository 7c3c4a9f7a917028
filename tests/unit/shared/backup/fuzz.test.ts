// Fuzz: random JSON and mutations of a valid backup are all refused, and the database is left exactly as it was.
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { Dexie } from 'dexie'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serializeBackup } from '../../../../src/shared/backup'
import { PlannerDB } from '../../../../src/renderer/src/db/PlannerDB'
import { createBackupRepository, dumpAll } from '../../../../src/renderer/src/db/backupRepository'
import { buildBackupData } from './backupFixtures'
import { cases } from '../../../support/fuzz'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Path = Array<string | number>

const EXPORTED = Date.UTC(2027, 5, 1)
const BASE = JSON.parse(
  serializeBackup(buildBackupData({ plans: 2, sessionsPerPlan: 12, topics: 4, settings: 2 }), EXPORTED)
) as Json
/** Keys the schemas allow to be absent: deleting them keeps a file valid, so they are not "missing field" mutations. */
const OPTIONAL_KEYS = new Set(['optional', 'targetDate', 'sessionMinutes', 'trackChoices', 'includeOptional', 'label'])
const REFERENCE_KEYS = new Set(['planId', 'roadmapId', 'topicId', 'sessionId'])
const TABLES = ['roadmaps', 'plans', 'sessions', 'studyLog', 'reviews', 'settings']

/** Every path in the base file, except inside settings values, which may hold any JSON. */
function collectPaths(value: Json, path: Path, out: Path[]): Path[] {
  out.push(path)
  const insideSettingValue = path[1] === 'settings' && path[3] === 'value'
  if (insideSettingValue || value === null || typeof value !== 'object') return out
  if (Array.isArray(value)) value.forEach((item, index) => collectPaths(item, [...path, index], out))
  else for (const key of Object.keys(value)) collectPaths(value[key]!, [...path, key], out)
  return out
}
const PATHS = collectPaths(BASE, [], [])
const pathsWhere = (test: (path: Path, value: Json) => boolean) => PATHS.filter((path) => test(path, get(BASE, path)))
const DELETABLE = pathsWhere(
  (path) =>
    typeof path.at(-1) === 'string' && !OPTIONAL_KEYS.has(path.at(-1) as string) && !path.includes('trackChoices')
)
const OBJECTS = pathsWhere(
  (path, value) =>
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !(path[1] === 'settings' && path[3] === 'value')
)
const RETYPABLE = pathsWhere((path) => path.length > 0)
const REFERENCES = pathsWhere((path) => REFERENCE_KEYS.has(String(path.at(-1))))
const STRINGS = pathsWhere((_, value) => typeof value === 'string')
const NUMBERS = pathsWhere((path, value) => typeof value === 'number' && path[0] === 'data')

function get(root: Json, path: Path): Json {
  return path.reduce<Json>((value, key) => (value as Record<string, Json>)[key as string]!, root)
}

function set(root: Json, path: Path, value: Json | undefined): void {
  const parent = get(root, path.slice(0, -1)) as Record<string | number, Json>
  const key = path.at(-1)!
  if (value === undefined) delete parent[key]
  else parent[key] = value
}

/** A value of a different JSON type than `value` (and never null, which some fields allow). */
function otherType(value: Json): Json {
  if (typeof value === 'string') return 42
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return 'true'
  if (value === null) return 'null'
  return 7
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!

/** One mutation of the valid base file that must make it invalid, as text. */
function mutate(kind: number, n: number, m: number): string {
  const file = structuredClone(BASE)
  switch (kind) {
    case 0:
      set(file, pick(DELETABLE, n), undefined)
      break
    case 1:
      ;(get(file, pick(OBJECTS, n)) as Record<string, Json>)[`extra${m}`] = m
      break
    case 2:
      set(file, pick(RETYPABLE, n), otherType(get(file, pick(RETYPABLE, n))))
      break
    case 3:
      set(file, pick(REFERENCES, n), `dangling-${m}`)
      break
    case 4: {
      const table = (file as { data: Record<string, Json[]> }).data[pick(TABLES, n)]!
      table.push(structuredClone(pick(table, m)))
      break
    }
    case 5:
      Object.defineProperty(get(file, pick(OBJECTS, n)), pick(['__proto__', 'constructor', 'prototype'], m), {
        value: { polluted: m },
        enumerable: true,
        configurable: true,
        writable: true
      })
      break
    case 6:
      set(file, pick(STRINGS, n), 'x'.repeat(m % 50 === 0 ? 10 * 1024 * 1024 : 100_001 + m))
      break
    case 7: {
      const text = JSON.stringify(file)
      return text.slice(0, n % text.length)
    }
    case 8:
      set(
        file,
        [pick(['format', 'version', 'exportedAt', 'data'], n)],
        pick<Json>(['other', 99.5, 1.5, -1e15, null, '2027-01-01', [], {}], m)
      )
      break
    default:
      // Below every bound: negative minutes and counts, and instants before 1900.
      set(file, pick(NUMBERS, n), -1e15)
  }
  return JSON.stringify(file)
}

let db: PlannerDB
const dbName = `fuzz-${Math.random()}`

beforeAll(async () => {
  db = new PlannerDB(dbName)
  await db.open()
  // The database holds different data from the base file, so wrongly accepting a file would show as a change.
  const stored = buildBackupData({ plans: 3, sessionsPerPlan: 30, topics: 5 })
  const restore = createBackupRepository(db)
  const valid = restore.previewRestore(serializeBackup(stored, EXPORTED))
  if (!valid.ok) throw new Error(valid.error.message)
  await restore.applyRestore(valid.value, EXPORTED)
})

afterAll(async () => {
  db.close()
  await Dexie.delete(dbName)
})

describe('backup fuzz', () => {
  it('accepts the unmutated base file (so mutations are what gets refused)', () => {
    expect(createBackupRepository(db).previewRestore(JSON.stringify(BASE)).ok).toBe(true)
  })

  it('refuses 1,200 mutated backups and 400 random JSON or text files, changing no record', async () => {
    const repository = createBackupRepository(db)
    const before = await dumpAll(db)
    const accepted: string[] = []
    const tryRestore = async (text: string, label = text.slice(0, 100)) => {
      const preview = repository.previewRestore(text)
      if (preview.ok) {
        accepted.push(label)
        await repository.applyRestore(preview.value, EXPORTED)
      }
    }
    const mutations = fc.sample(fc.tuple(fc.nat(9), fc.nat(), fc.nat(1000)), { numRuns: cases(1200), seed: 4 })
    for (const [kind, n, m] of mutations) await tryRestore(mutate(kind, n, m), `${kind}:${n}:${m}`)
    const randomJson = fc.sample(
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? 'null'),
      { numRuns: cases(300), seed: 5 }
    )
    const randomText = fc.sample(fc.string({ maxLength: 200 }), { numRuns: cases(100), seed: 6 })
    for (const text of [...randomJson, ...randomText]) await tryRestore(text)
    expect(accepted).toEqual([])
    expect(await dumpAll(db)).toEqual(before)
  })
})
