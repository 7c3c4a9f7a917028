// Crash-safe file writes: a reader sees either the old file or the complete new one, never a torn mix.
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Suffix of the temporary files a write leaves behind only if the process dies mid-write. */
export const TEMP_SUFFIX = '.tmp'

/**
 * Writes `content` to `path` atomically: write a temporary file in the same directory, fsync it, rename it over the
 * target, then fsync the directory so the rename itself survives a power cut.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path)
  const tempPath = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
  try {
    const handle = await open(tempPath, 'wx', 0o600)
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tempPath, path)
  } catch (error) {
    await rm(tempPath, { force: true }).catch(() => undefined)
    throw error
  }
  await syncDirectory(dir)
}

/** Whether a file name is one of our temporary files (left over from a crash), which readers must skip. */
export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX)
}

// Windows cannot open a directory for fsync (EPERM/EISDIR); there the rename is already durable enough.
async function syncDirectory(dir: string): Promise<void> {
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (error) {
    if (!isUnsupportedDirSync(error)) throw error
  } finally {
    await handle?.close()
  }
}

function isUnsupportedDirSync(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'EPERM' || code === 'EISDIR' || code === 'EINVAL' || code === 'EACCES'
}
