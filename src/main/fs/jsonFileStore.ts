// One JSON file of main's own state in userData: read and checked against its schema, written atomically, in order.
import { mkdir, readFile, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { z } from 'zod'
import { firstIssueMessage, issueLine } from '../../shared/validation/issueMessages'
import { writeFileAtomic } from './atomicFile'

/** The file-system calls a JSON file store makes; node's by default, injectable so a test can make one fail. */
export interface JsonFileSystem {
  /** The file's text; rejects with code ENOENT when there is no file. */
  readText(path: string): Promise<string>
  /** Replaces the file so a reader sees the old or the new text, never a mix (see atomicFile.ts). */
  writeAtomic(path: string, text: string): Promise<void>
  /** Creates a directory and its parents; an existing one is fine. */
  makeDir(dir: string): Promise<void>
  rename(from: string, to: string): Promise<void>
}

/** The real file system. */
export const nodeJsonFileSystem: JsonFileSystem = {
  readText: (path) => readFile(path, 'utf8'),
  writeAtomic: (path, text) => writeFileAtomic(path, text),
  makeDir: async (dir) => void (await mkdir(dir, { recursive: true })),
  rename: (from, to) => rename(from, to)
}

/** Text checked as JSON of a schema: its value, or why it is unusable ('not JSON: …', 'invalid: where: what'). */
export type JsonTextCheck<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: string }

/**
 * How reading a JSON file went. 'corrupt' means the file exists but cannot be used: it could not be read
 * (`readError` says why), it is not JSON (a torn or truncated write, binary garbage), or its JSON does not match the
 * schema (the wrong shape, or a file a newer version wrote in a format this one does not know).
 */
export type JsonFileRead<T> =
  | { readonly status: 'loaded'; readonly value: T; readonly text: string }
  | { readonly status: 'missing' }
  | { readonly status: 'corrupt'; readonly reason: string; readonly readError?: unknown }

/** Parses `text` as JSON and checks it against `schema` (whose output may be a richer value, through a transform). */
export function parseJsonText<T>(text: string, schema: z.ZodType<T>): JsonTextCheck<T> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, reason: `not JSON: ${(error as Error).message}` }
  }
  const parsed = schema.safeParse(json)
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, reason: `invalid: ${issueLine(firstIssueMessage(parsed.error, { root: '(file)' }))}` }
}

/** Reads `path` and checks it against `schema`. Never throws: only a missing file (ENOENT) is 'missing'. */
export async function readJsonFile<T>(
  path: string,
  schema: z.ZodType<T>,
  fs: JsonFileSystem = nodeJsonFileSystem
): Promise<JsonFileRead<T>> {
  let text: string
  try {
    text = await fs.readText(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return { status: 'missing' }
    return {
      status: 'corrupt',
      reason: `cannot read: ${(error as Error | null)?.message ?? String(error)}`,
      readError: error
    }
  }
  const checked = parseJsonText(text, schema)
  return checked.ok ? { status: 'loaded', value: checked.value, text } : { status: 'corrupt', reason: checked.reason }
}

/** What a store's load found, with the value to use: the file's, or the fallback when it is missing or corrupt. */
export interface JsonFileLoad<T> {
  readonly status: 'loaded' | 'missing' | 'corrupt'
  readonly value: T
}

/** A store over one JSON file. */
export interface JsonFileStore<T> {
  /** Reads the file; never throws, and never changes the file. */
  load(): Promise<JsonFileLoad<T>>
  /**
   * Writes `value` atomically after every save before it (the dir is made if needed). Rejects when the write failed,
   * and then the file still holds what it held before; rejects without writing when `value` fails the schema (unless
   * the store has its own `encode`). Resolves false, writing nothing, while a corrupt file is kept (see
   * {@link JsonFileStoreOptions.keepCorrupt}) and the save does not say `replaceCorrupt`.
   */
  save(value: T, options?: { readonly replaceCorrupt?: boolean }): Promise<boolean>
  /** Resolves when every save queued so far has finished. */
  flush(): Promise<void>
}

/** What a store needs to know; only `path`, `schema` and `fallback` are required. */
export interface JsonFileStoreOptions<T> {
  readonly path: string
  /** Checks the file's JSON; a transform may turn it into a richer value (Maps, say), with `encode` as its inverse. */
  readonly schema: z.ZodType<T>
  /** The value while the file is missing or corrupt. */
  readonly fallback: T
  /**
   * Turns a value into the file's JSON when it differs from what the schema reads (a transform). Without it, a save
   * writes the value as the schema parses it, so nothing the loader would refuse is ever written.
   */
  readonly encode?: (value: T) => unknown
  /** Told when the file exists but is unusable, with why (each store logs it in its own words, or not at all). */
  readonly onCorrupt?: (problem: { readonly reason: string; readonly readError?: unknown }) => void
  /**
   * Keep a corrupt file instead of letting the next save replace it: until a save says `replaceCorrupt`, saves write
   * nothing, and that save first renames the corrupt file to `asidePath()` (kept for diagnosis). For state that a guess
   * must not destroy, such as reminders (the renderer's next valid sync is what may replace it). Without this option a
   * save replaces a corrupt file like any other: a preference the user just chose is worth more than a file nobody
   * could read.
   */
  readonly keepCorrupt?: { readonly asidePath: () => string; readonly onMovedAside?: (asidePath: string) => void }
  readonly fs?: JsonFileSystem
}

/** Creates a store over one JSON file. Nothing is read until {@link JsonFileStore.load}. */
export function createJsonFileStore<T>(options: JsonFileStoreOptions<T>): JsonFileStore<T> {
  const { path, schema, fallback, keepCorrupt } = options
  const fs = options.fs ?? nodeJsonFileSystem
  let corruptOnDisk = false
  let queue: Promise<unknown> = Promise.resolve()

  async function load(): Promise<JsonFileLoad<T>> {
    const read = await readJsonFile(path, schema, fs)
    if (read.status === 'loaded') return { status: 'loaded', value: read.value }
    if (read.status === 'missing') return { status: 'missing', value: fallback }
    corruptOnDisk = keepCorrupt !== undefined
    options.onCorrupt?.({ reason: read.reason, readError: read.readError })
    return { status: 'corrupt', value: fallback }
  }

  async function write(text: string, replaceCorrupt: boolean): Promise<boolean> {
    if (corruptOnDisk && keepCorrupt) {
      if (!replaceCorrupt) return false
      const aside = keepCorrupt.asidePath()
      await fs.rename(path, aside).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      })
      keepCorrupt.onMovedAside?.(aside)
      corruptOnDisk = false
    }
    await fs.makeDir(dirname(path))
    await fs.writeAtomic(path, text)
    return true
  }

  function save(value: T, saveOptions: { readonly replaceCorrupt?: boolean } = {}): Promise<boolean> {
    let text: string
    try {
      // Encoded now, not when the queue reaches it: the caller may change its value in place right after.
      text = JSON.stringify(options.encode ? options.encode(value) : schema.parse(value))
    } catch (error) {
      return Promise.reject(error)
    }
    const result = queue.then(() => write(text, saveOptions.replaceCorrupt ?? false))
    queue = result.catch(() => undefined)
    return result
  }

  return { load, save, flush: () => queue.then(() => undefined) }
}
