// The JSON file store main's state files share: what a missing, damaged or foreign file reads as, and what a save does.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { nodeFileSystem, writeFileAtomic } from '../../../../src/main/fs/atomicFile'
import {
  createJsonFileStore,
  nodeJsonFileSystem,
  readJsonFile,
  type JsonFileStoreOptions
} from '../../../../src/main/fs/jsonFileStore'

const settingsSchema = z.strictObject({
  format: z.literal('test-settings'),
  version: z.literal(1),
  volume: z.number().int().min(0).max(10)
})
type Settings = z.output<typeof settingsSchema>
const FALLBACK: Settings = { format: 'test-settings', version: 1, volume: 5 }
const good = (volume: number): Settings => ({ format: 'test-settings', version: 1, volume })

let dir: string
let path: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'json-store-'))
  path = join(dir, 'settings.json')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function store(options: Partial<JsonFileStoreOptions<Settings>> = {}) {
  const problems: { reason: string; readError?: unknown }[] = []
  const created = createJsonFileStore<Settings>({
    path,
    schema: settingsSchema,
    fallback: FALLBACK,
    onCorrupt: (problem) => problems.push(problem),
    ...options
  })
  return { store: created, problems }
}

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })

const damaged: [string, string, RegExp][] = [
  ['binary garbage', '\u0000\u00ff\u0013garbage', /^not JSON: /],
  ['a torn write (truncated JSON)', '{"format":"test-settings","version":1,"vol', /^not JSON: /],
  ['an empty file', '', /^not JSON: /],
  ['valid JSON of the wrong shape', '[1, 2, 3]', /^invalid: \(file\): /],
  ['a value out of bounds', '{"format":"test-settings","version":1,"volume":11}', /^invalid: volume: Too big/],
  [
    'a field the schema does not know',
    '{"format":"test-settings","version":1,"volume":3,"extra":true}',
    /^invalid: \(file\): unexpected field "extra"/
  ],
  ['a file from a newer version', '{"format":"test-settings","version":2,"volume":3}', /^invalid: version: /]
]

describe('load', () => {
  it('reads back what a save wrote', async () => {
    await store().store.save(good(7))
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(good(7))
    await expect(store().store.load()).resolves.toEqual({ status: 'loaded', value: good(7) })
  })

  it('a missing file is the fallback, reported as missing, not as a problem, and load creates nothing', async () => {
    const { store: missing, problems } = store()
    await expect(missing.load()).resolves.toEqual({ status: 'missing', value: FALLBACK })
    expect(problems).toEqual([])
    expect(existsSync(path)).toBe(false)
  })

  for (const [label, content, reason] of damaged) {
    it(`${label}: the fallback, reported with why, and the file left as it was`, async () => {
      writeFileSync(path, content)
      const { store: damagedStore, problems } = store()
      await expect(damagedStore.load()).resolves.toEqual({ status: 'corrupt', value: FALLBACK })
      expect(problems).toEqual([{ reason: expect.stringMatching(reason), readError: undefined }])
      expect(readFileSync(path, 'utf8')).toBe(content)
    })
  }

  it('a file that cannot be read at all is corrupt too, with the read error (only ENOENT means missing)', async () => {
    mkdirSync(path) // EISDIR on read
    const { store: unreadable, problems } = store()
    await expect(unreadable.load()).resolves.toEqual({ status: 'corrupt', value: FALLBACK })
    expect(problems).toEqual([
      { reason: expect.stringMatching(/^cannot read: /), readError: expect.objectContaining({ code: 'EISDIR' }) }
    ])
  })

  it('readJsonFile hands back the exact text of a loaded file', async () => {
    const text = '{ "format": "test-settings", "version": 1, "volume": 2 }'
    writeFileSync(path, text)
    await expect(readJsonFile(path, settingsSchema)).resolves.toEqual({ status: 'loaded', value: good(2), text })
  })
})

describe('save', () => {
  it('makes the folder when it is missing', async () => {
    path = join(dir, 'nested', 'deeper', 'settings.json')
    await expect(store().store.save(good(1))).resolves.toBe(true)
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(good(1))
  })

  it('refuses a value the loader would refuse, writing nothing', async () => {
    writeFileSync(path, JSON.stringify(good(3)))
    await expect(store().store.save(good(99))).rejects.toBeInstanceOf(z.ZodError)
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(good(3))
  })

  it('a failed atomic write rejects and leaves the old file and no temporary file; later saves still run', async () => {
    writeFileSync(path, JSON.stringify(good(3)))
    let failNext = true
    const { store: failing } = store({
      fs: {
        ...nodeJsonFileSystem,
        // The real atomic writer, with the disk filling up as it renames: the step that would replace the file.
        writeAtomic: (target, text) =>
          writeFileAtomic(target, text, {
            fs: {
              ...nodeFileSystem,
              rename: async (from, to) => (failNext ? Promise.reject(errno('ENOSPC')) : nodeFileSystem.rename(from, to))
            }
          })
      }
    })
    await expect(failing.save(good(8))).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(good(3)))
    expect(readdirSync(dir)).toEqual(['settings.json'])
    failNext = false
    await expect(failing.save(good(9))).resolves.toBe(true)
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(good(9))
  })

  it('applies saves in call order, so the file ends with the last one', async () => {
    const { store: busy } = store()
    await Promise.all(Array.from({ length: 11 }, (_, volume) => busy.save(good(volume))))
    await busy.flush()
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(good(10))
  })

  it('without keepCorrupt, a save replaces a damaged file', async () => {
    writeFileSync(path, '{"torn')
    const { store: replacing } = store()
    await replacing.load()
    await expect(replacing.save(good(4))).resolves.toBe(true)
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(good(4))
  })
})

/** Where keepCorrupt moves a corrupt file once a valid value replaces it. */
const aside = () => join(dir, 'settings.corrupt-1.json')

describe('keepCorrupt', () => {
  it('writes nothing over a damaged file until a save says replaceCorrupt, which first moves the file aside', async () => {
    const content = '{"format":"test-settings","version":2,"volume":3}' // a newer version's file
    writeFileSync(path, content)
    const movedAside: string[] = []
    const { store: keeping } = store({ keepCorrupt: { asidePath: aside, onMovedAside: (to) => movedAside.push(to) } })
    expect((await keeping.load()).status).toBe('corrupt')
    await expect(keeping.save(good(6))).resolves.toBe(false)
    expect(readFileSync(path, 'utf8')).toBe(content)

    await expect(keeping.save(good(7), { replaceCorrupt: true })).resolves.toBe(true)
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(good(7))
    expect(readFileSync(aside(), 'utf8')).toBe(content)
    expect(movedAside).toEqual([aside()])
    // Once replaced, the file is the store's own again: ordinary saves write.
    await expect(keeping.save(good(8))).resolves.toBe(true)
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(good(8))
  })

  it('a healthy or missing file is written by any save', async () => {
    const { store: keeping } = store({ keepCorrupt: { asidePath: aside } })
    expect((await keeping.load()).status).toBe('missing')
    await expect(keeping.save(good(2))).resolves.toBe(true)
    expect(readdirSync(dir)).toEqual(['settings.json'])
  })
})

describe('encode', () => {
  // A richer value in memory (a Map), plain JSON on disk: the schema's transform reads it, encode writes it.
  const tagsSchema = z
    .strictObject({ tags: z.array(z.tuple([z.string(), z.number()])) })
    .transform((file) => new Map(file.tags))

  it('round-trips a value whose file shape differs, and encodes it when save is called', async () => {
    const tags = new Map([['a', 1]])
    const tagStore = createJsonFileStore<Map<string, number>>({
      path,
      schema: tagsSchema,
      fallback: new Map(),
      encode: (value) => ({ tags: [...value] })
    })
    const saved = tagStore.save(tags)
    tags.set('b', 2) // changed right after the save call: the save keeps what it was given
    await saved
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ tags: [['a', 1]] })
    await expect(tagStore.load()).resolves.toEqual({ status: 'loaded', value: new Map([['a', 1]]) })
  })
})
