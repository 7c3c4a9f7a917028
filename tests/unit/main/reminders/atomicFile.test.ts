// Atomic writes: the target holds either the old or the new content, and no temporary file is left behind.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isTempFileName, writeFileAtomic } from '../../../../src/main/fs/atomicFile'

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
