// Atomic writes: the target holds either the old or the new content, the result says which, and no temporary file stays.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  isTempFileName,
  nodeFileSystem,
  removeOrphanTempFiles,
  RENAME_RETRY_DELAYS_MS,
  writeFileAtomic,
  type AtomicFileHandle,
  type AtomicFileSystem
} from '../../../../src/main/fs/atomicFile'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('creates and then replaces a file, leaving only the target behind', async () => {
    const path = join(dir, 'state.json')
    await writeFileAtomic(path, 'one')
    await writeFileAtomic(path, 'two')
    expect(readFileSync(path, 'utf8')).toBe('two')
    expect(readdirSync(dir)).toEqual(['state.json'])
  })

  it('under 50 concurrent writes, the file always ends as one complete write', async () => {
    const path = join(dir, 'state.json')
    const contents = Array.from({ length: 50 }, (_, i) => JSON.stringify({ i, pad: 'x'.repeat(10_000 + i) }))
    await Promise.all(contents.map((content) => writeFileAtomic(path, content)))
    expect(contents).toContain(readFileSync(path, 'utf8'))
    expect(readdirSync(dir)).toEqual(['state.json'])
  })

  it('a failed write leaves the old content and no temporary file', async () => {
    const path = join(dir, 'state.json')
    writeFileSync(path, 'old')
    const bad = { toString: () => 'never' } as unknown as string // not a string or bytes: the write itself throws
    await expect(writeFileAtomic(path, bad)).rejects.toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' })
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['state.json'])
  })

  it('recognises its own temporary files so readers can skip them', () => {
    expect(isTempFileName('.state.json.a1b2c3d4e5f6.tmp')).toBe(true)
    expect(isTempFileName('state.json')).toBe(false)
  })
})

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })

/** The real file system, with `override` replacing some calls (each gets the real one to delegate to). */
function fsWith(override: Partial<AtomicFileSystem>): AtomicFileSystem {
  return { ...nodeFileSystem, ...override }
}

/** Wraps a real handle, replacing some of its calls. */
function handleWith(handle: AtomicFileHandle, override: Partial<AtomicFileHandle>): AtomicFileHandle {
  return {
    writeFile: (content) => handle.writeFile(content),
    sync: () => handle.sync(),
    close: () => handle.close(),
    ...override
  }
}

const noWait = async () => undefined

/** A promise the test opens by hand. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { opened, open }
}

describe('what a write reports matches what is on disk', () => {
  it('a directory fsync that fails after the rename still reports success, and the file holds the new content', async () => {
    const path = join(dir, 'prefs.json')
    writeFileSync(path, 'old')
    let dirSyncs = 0
    const fs = fsWith({
      open: async (target, flags, mode) => {
        const handle = await nodeFileSystem.open(target, flags, mode)
        if (target !== dir) return handle
        return handleWith(handle, {
          sync: async () => {
            dirSyncs += 1
            throw errno('EIO')
          }
        })
      }
    })
    await expect(writeFileAtomic(path, 'new', { fs })).resolves.toBeUndefined()
    expect(dirSyncs).toBe(1)
    expect(readFileSync(path, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['prefs.json'])
  })

  it('a directory that cannot even be opened for fsync still reports success', async () => {
    const path = join(dir, 'prefs.json')
    const fs = fsWith({
      open: async (target, flags, mode) =>
        target === dir ? Promise.reject(errno('EMFILE')) : nodeFileSystem.open(target, flags, mode)
    })
    await expect(writeFileAtomic(path, 'new', { fs })).resolves.toBeUndefined()
    expect(readFileSync(path, 'utf8')).toBe('new')
  })

  it('an fsync of the new content that fails before the rename reports failure, and the old content stays', async () => {
    const path = join(dir, 'prefs.json')
    writeFileSync(path, 'old')
    const fs = fsWith({
      open: async (target, flags, mode) => {
        const handle = await nodeFileSystem.open(target, flags, mode)
        return target === dir ? handle : handleWith(handle, { sync: () => Promise.reject(errno('EIO')) })
      }
    })
    await expect(writeFileAtomic(path, 'new', { fs })).rejects.toMatchObject({ code: 'EIO' })
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['prefs.json'])
  })

  it('a full disk is reported as ENOSPC even when close() then fails too', async () => {
    const path = join(dir, 'prefs.json')
    writeFileSync(path, 'old')
    const fs = fsWith({
      open: async (target, flags, mode) => {
        const handle = await nodeFileSystem.open(target, flags, mode)
        if (target === dir) return handle
        return handleWith(handle, {
          writeFile: () => Promise.reject(errno('ENOSPC')),
          close: async () => {
            await handle.close()
            throw errno('EIO')
          }
        })
      }
    })
    await expect(writeFileAtomic(path, 'new', { fs })).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['prefs.json'])
  })

  it('a close() that fails after a good write is still a failed write, with the old content kept', async () => {
    const path = join(dir, 'prefs.json')
    writeFileSync(path, 'old')
    const fs = fsWith({
      open: async (target, flags, mode) => {
        const handle = await nodeFileSystem.open(target, flags, mode)
        if (target === dir) return handle
        return handleWith(handle, {
          close: async () => {
            await handle.close()
            throw errno('EIO')
          }
        })
      }
    })
    await expect(writeFileAtomic(path, 'new', { fs })).rejects.toMatchObject({ code: 'EIO' })
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['prefs.json'])
  })
})

describe('rename retries while Windows holds the file', () => {
  it.each(['EPERM', 'EBUSY', 'EACCES'])('retries a rename refused with %s and then writes', async (code) => {
    const path = join(dir, 'state.json')
    writeFileSync(path, 'old')
    let attempts = 0
    const waits: number[] = []
    const fs = fsWith({
      rename: async (from, to) => {
        attempts += 1
        if (attempts <= 2) throw errno(code)
        await nodeFileSystem.rename(from, to)
      }
    })
    await writeFileAtomic(path, 'new', {
      fs,
      renameRetryDelaysMs: [5, 10, 20],
      sleep: async (ms) => void waits.push(ms)
    })
    expect(attempts).toBe(3)
    expect(waits).toEqual([5, 10])
    expect(readFileSync(path, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['state.json'])
  })

  it('gives up after the last delay, keeping the old content and no temporary file', async () => {
    const path = join(dir, 'state.json')
    writeFileSync(path, 'old')
    let attempts = 0
    const fs = fsWith({
      rename: async () => {
        attempts += 1
        throw errno('EBUSY')
      }
    })
    await expect(
      writeFileAtomic(path, 'new', { fs, renameRetryDelaysMs: [1, 1, 1], sleep: noWait })
    ).rejects.toMatchObject({ code: 'EBUSY' })
    expect(attempts).toBe(4)
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['state.json'])
  })

  it('does not retry an error that waiting cannot fix', async () => {
    let attempts = 0
    const fs = fsWith({
      rename: async () => {
        attempts += 1
        throw errno('EXDEV')
      }
    })
    await expect(writeFileAtomic(join(dir, 'state.json'), 'new', { fs, sleep: noWait })).rejects.toMatchObject({
      code: 'EXDEV'
    })
    expect(attempts).toBe(1)
  })

  it('waits about a second and a half in all by default', () => {
    const total = RENAME_RETRY_DELAYS_MS.reduce((sum, ms) => sum + ms, 0)
    expect(total).toBeGreaterThanOrEqual(1000)
    expect(total).toBeLessThanOrEqual(3000)
  })
})

describe('removing orphan temporary files at start', () => {
  it('removes the temporary files a crash left behind, and nothing else', async () => {
    writeFileSync(join(dir, 'prefs.json'), 'kept')
    writeFileSync(join(dir, '.prefs.json.0123456789ab.tmp'), 'half a write')
    writeFileSync(join(dir, '.backup-2026-12-07.json.a1b2c3d4e5f6.tmp'), 'half a backup')
    writeFileSync(join(dir, '.someone-elses.tmp'), 'not ours')
    writeFileSync(join(dir, 'notes.tmp'), 'not ours either')
    mkdirSync(join(dir, '.folder.0123456789ab.tmp'))
    const removed = await removeOrphanTempFiles(dir)
    expect(removed.sort()).toEqual(['.backup-2026-12-07.json.a1b2c3d4e5f6.tmp', '.prefs.json.0123456789ab.tmp'])
    expect(readdirSync(dir).sort()).toEqual([
      '.folder.0123456789ab.tmp',
      '.someone-elses.tmp',
      'notes.tmp',
      'prefs.json'
    ])
  })

  it('finds nothing to remove in a directory that does not exist yet', async () => {
    await expect(removeOrphanTempFiles(join(dir, 'missing'))).resolves.toEqual([])
  })

  it('leaves the temporary file of a write still under way', async () => {
    const path = join(dir, 'state.json')
    const renameStarted = gate()
    const releaseRename = gate()
    const fs = fsWith({
      rename: async (from, to) => {
        renameStarted.open()
        await releaseRename.opened
        await nodeFileSystem.rename(from, to)
      }
    })
    const writing = writeFileAtomic(path, 'new', { fs })
    await renameStarted.opened
    expect(await removeOrphanTempFiles(dir)).toEqual([])
    releaseRename.open()
    await writing
    expect(readFileSync(path, 'utf8')).toBe('new')
  })

  it('keeps going past a leftover it cannot delete', async () => {
    writeFileSync(join(dir, '.a.json.0123456789ab.tmp'), 'x')
    writeFileSync(join(dir, '.b.json.0123456789ab.tmp'), 'x')
    const fs = fsWith({
      remove: async (target) =>
        target.includes('.a.json') ? Promise.reject(errno('EPERM')) : nodeFileSystem.remove(target)
    })
    expect(await removeOrphanTempFiles(dir, fs)).toEqual(['.b.json.0123456789ab.tmp'])
  })
})
