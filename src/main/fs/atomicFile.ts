// Crash-safe file writes: a reader sees either the old file or the complete new one, never a torn mix.
import { randomBytes } from 'node:crypto'
import { open, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Suffix of the temporary files a write leaves behind only if the process dies mid-write. */
export const TEMP_SUFFIX = '.tmp'

/** The part of an open file the writer uses (node's FileHandle fits). */
export interface AtomicFileHandle {
  writeFile(content: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/** The file-system calls the writer makes; node:fs/promises by default, injectable so tests can make one fail. */
export interface AtomicFileSystem {
  open(path: string, flags: string, mode?: number): Promise<AtomicFileHandle>
  rename(from: string, to: string): Promise<void>
  /** Removes a file; a missing one is not an error. */
  remove(path: string): Promise<void>
  /** Names of the regular files in `dir` (not directories or links). */
  listFiles(dir: string): Promise<string[]>
}

export const nodeFileSystem: AtomicFileSystem = {
  open: (path, flags, mode) => open(path, flags, mode),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  listFiles: async (dir) =>
    (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name)
}

/**
 * Waits between rename attempts. On Windows an antivirus scanner, the search indexer or a reader holding the target
 * open makes rename fail with EPERM/EBUSY/EACCES for a moment; about 1.5 s in all covers them (graceful-fs waits longer).
 */
export const RENAME_RETRY_DELAYS_MS: readonly number[] = [20, 50, 100, 200, 400, 800]

export interface AtomicWriteOptions {
  readonly fs?: AtomicFileSystem
  readonly renameRetryDelaysMs?: readonly number[]
  readonly sleep?: (ms: number) => Promise<void>
}

const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES'])
// Exactly what writeFileAtomic names its temporary files, so start-up tidying never touches anyone else's '.tmp'.
const OWN_TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/
// Temp files of writes still running in this process: tidying must not pull one from under its rename.
const inFlight = new Set<string>()

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

function errorCode(error: unknown): unknown {
  return (error as NodeJS.ErrnoException | null | undefined)?.code
}

/**
 * Writes `content` to `path` atomically: write a temporary file in the same directory, fsync it, rename it over the
 * target (retrying briefly when Windows holds the target), then fsync the directory so the rename survives a power cut.
 * Resolves once the new content is what the file holds; rejects only when the file still holds the old content.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  options: AtomicWriteOptions = {}
): Promise<void> {
  const fs = options.fs ?? nodeFileSystem
  const dir = dirname(path)
  const tempPath = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
  inFlight.add(tempPath)
  try {
    await writeTemp(fs, tempPath, content)
    await renameWithRetry(
      fs,
      tempPath,
      path,
      options.renameRetryDelaysMs ?? RENAME_RETRY_DELAYS_MS,
      options.sleep ?? defaultSleep
    )
  } catch (error) {
    await fs.remove(tempPath).catch(() => undefined)
    throw error
  } finally {
    inFlight.delete(tempPath)
  }
  // The rename happened: readers now see the new content, so failing here would tell the caller the opposite of what
  // is on disk (preferences kept in memory would then disagree with the file). A failed directory fsync only weakens
  // durability across a power cut, which the caller cannot repair anyway.
  await syncDirectory(fs, dir)
}

// The first failure wins: a close() that fails after a failed write (as it often does on a full disk) must not hide
// the ENOSPC that explains it.
async function writeTemp(fs: AtomicFileSystem, tempPath: string, content: string | Uint8Array): Promise<void> {
  const handle = await fs.open(tempPath, 'wx', 0o600)
  let failure: { error: unknown } | undefined
  try {
    await handle.writeFile(content)
    await handle.sync()
  } catch (error) {
    failure = { error }
  }
  try {
    await handle.close()
  } catch (error) {
    failure ??= { error }
  }
  if (failure) throw failure.error
}

async function renameWithRetry(
  fs: AtomicFileSystem,
  from: string,
  to: string,
  delays: readonly number[],
  sleep: (ms: number) => Promise<void>
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const delay = delays[attempt]
      if (delay === undefined || !TRANSIENT_RENAME_CODES.has(errorCode(error) as string)) throw error
      await sleep(delay)
    }
  }
}

/** Whether a file name is one of our temporary files (left over from a crash), which readers must skip. */
export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX)
}

/**
 * Deletes the temporary files that writes interrupted by a crash or power cut left in `dir` (only names this module
 * makes, only regular files, never one a write in this process is still using). A missing directory has none.
 * Returns the names removed.
 */
export async function removeOrphanTempFiles(dir: string, fs: AtomicFileSystem = nodeFileSystem): Promise<string[]> {
  let names: string[]
  try {
    names = await fs.listFiles(dir)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
  const orphans = names.filter((name) => OWN_TEMP_NAME.test(name) && !inFlight.has(join(dir, name)))
  const removed: string[] = []
  for (const name of orphans) {
    try {
      await fs.remove(join(dir, name))
      removed.push(name)
    } catch {
      // One undeletable leftover (a read-only file, a virus scanner's lock) must not stop the others or the start.
    }
  }
  return removed
}

// Best effort: Windows cannot open a directory for fsync at all (EPERM/EISDIR; there the rename is durable enough),
// and elsewhere a failure here comes after the rename, when the new content is already what readers see.
async function syncDirectory(fs: AtomicFileSystem, dir: string): Promise<void> {
  let handle: AtomicFileHandle | undefined
  try {
    handle = await fs.open(dir, 'r')
    await handle.sync()
  } catch {
    // See above: nothing the caller could do, and nothing that changes what the file holds.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
