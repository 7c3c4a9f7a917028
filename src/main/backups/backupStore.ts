// Backup snapshots on disk in <userData>/backups: atomic writes, retention, listing and reading for a restore.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../fs/atomicFile'
import type { Clock, Logger } from '../reminders/ports'
import { backupEnvelopeSchema, parseBackupText, type BackupEnvelope } from './backupEnvelope'
import { backupFileName, BACKUP_REASONS, parseBackupFileName, type BackupName, type BackupReason } from './backupNames'

/** How many daily backups are kept; the others (pre-upgrade, pre-restore, manual) are never pruned. */
export const KEEP_DAILY = 14
/** Largest backup accepted, in bytes of JSON: far above a plan's size, small enough to never exhaust memory. */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024

/** A valid backup on disk. */
export interface BackupInfo {
  readonly name: string
  readonly reason: BackupReason
  /** When main wrote it, epoch ms (from the file name). */
  readonly createdAt: number
  readonly sizeBytes: number
  readonly format: string
  readonly version: number
}

/** The outcome of saving a backup. */
export type SaveBackupResult = { readonly ok: true; readonly backup: BackupInfo } | { readonly ok: false; readonly error: string }

/** The outcome of reading a backup for a restore. */
export type ReadBackupResult =
  | { readonly ok: true; readonly backup: BackupEnvelope; readonly text: string }
  | { readonly ok: false; readonly error: 'invalid-name' | 'not-found' | 'corrupt' }

/** The backups folder. Every method logs its failures and resolves; none throws. */
export interface BackupStore {
  /** Checks the envelope of `backup` (an object or its JSON text), writes it atomically, then prunes old dailies. */
  save(backup: unknown, reason: BackupReason): Promise<SaveBackupResult>
  /** Valid backups, newest first; corrupt files are skipped and logged. */
  list(): Promise<BackupInfo[]>
  /**
   * Reads one backup by the name {@link list} gave, as parsed envelope and exact file text; the name is checked, so
   * no path can escape the folder.
   */
  read(name: string): Promise<ReadBackupResult>
  /** Deletes daily backups beyond the newest {@link KEEP_DAILY} (future-dated ones count as oldest); returns the names deleted. */
  prune(): Promise<string[]>
}

/** Options: `dir` is `join(app.getPath('userData'), 'backups')` in the app. */
export interface BackupStoreOptions {
  readonly dir: string
  readonly clock: Clock
  readonly logger: Logger
  readonly keepDaily?: number
}

function toText(backup: unknown): { ok: true; text: string } | { ok: false; error: string } {
  const json = typeof backup === 'string' ? parseBackupText(backup) : checkObject(backup)
  if (!json.ok) return { ok: false, error: json.reason }
  const text = typeof backup === 'string' ? backup : JSON.stringify(json.backup)
  return Buffer.byteLength(text) > MAX_BACKUP_BYTES ? { ok: false, error: 'backup too large' } : { ok: true, text }
}

function checkObject(backup: unknown): { ok: true; backup: BackupEnvelope } | { ok: false; reason: string } {
  const parsed = backupEnvelopeSchema.safeParse(backup)
  return parsed.success ? { ok: true, backup: parsed.data } : { ok: false, reason: 'bad envelope' }
}

/** Creates the store; the folder is made on first save. */
export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const { dir, clock, logger } = options
  const keepDaily = options.keepDaily ?? KEEP_DAILY
  let queue: Promise<unknown> = Promise.resolve()

  // Saves and prunes run one at a time so two saves in the same millisecond get distinct names.
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task)
    queue = result.catch(() => undefined)
    return result
  }

  async function names(): Promise<string[]> {
    try {
      return await readdir(dir)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logger.error('backups: cannot list folder', dir, error)
      return []
    }
  }

  async function freeName(createdAt: number, reason: BackupReason): Promise<string> {
    const existing = new Set(await names())
    let counter = 0
    while (existing.has(backupFileName(createdAt, reason, counter))) counter += 1
    return backupFileName(createdAt, reason, counter)
  }

  async function save(backup: unknown, reason: BackupReason): Promise<SaveBackupResult> {
    if (!BACKUP_REASONS.includes(reason)) return { ok: false, error: 'unknown reason' }
    const checked = toText(backup)
    if (!checked.ok) {
      logger.warn('backups: refused to save', checked.error)
      return checked
    }
    try {
      const saved = await serial(async () => {
        await mkdir(dir, { recursive: true })
        const name = await freeName(clock.now(), reason)
        await writeFileAtomic(join(dir, name), checked.text)
        return name
      })
      await pruneDailies(saved)
      const info = await describe(saved)
      return info ? { ok: true, backup: info } : { ok: false, error: 'written backup unreadable' }
    } catch (error) {
      logger.error('backups: save failed', error)
      return { ok: false, error: 'save failed' }
    }
  }

  async function readValid(name: string): Promise<{ backup: BackupEnvelope; text: string; sizeBytes: number } | 'not-found' | 'corrupt'> {
    let text: string
    try {
      text = await readFile(join(dir, name), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'not-found'
      logger.error('backups: cannot read', name, error)
      return 'corrupt'
    }
    const parsed = parseBackupText(text)
    if (parsed.ok) return { backup: parsed.backup, text, sizeBytes: Buffer.byteLength(text) }
    logger.warn('backups: skipping corrupt backup', name, parsed.reason)
    return 'corrupt'
  }

  async function describe(name: string): Promise<BackupInfo | null> {
    const parsedName = parseBackupFileName(name)
    if (!parsedName) return null
    const result = await readValid(name)
    if (typeof result === 'string') return null
    const { format, version } = result.backup
    return { name, reason: parsedName.reason, createdAt: parsedName.createdAt, sizeBytes: result.sizeBytes, format, version }
  }

  async function list(): Promise<BackupInfo[]> {
    const candidates = (await names()).filter((name) => parseBackupFileName(name) !== null)
    const infos = await Promise.all(candidates.map(describe))
    return infos.filter((info): info is BackupInfo => info !== null).sort(newestFirst)
  }

  async function read(name: string): Promise<ReadBackupResult> {
    if (typeof name !== 'string' || parseBackupFileName(name) === null) return { ok: false, error: 'invalid-name' }
    const result = await readValid(name)
    return typeof result === 'string' ? { ok: false, error: result } : { ok: true, backup: result.backup, text: result.text }
  }

  /**
   * Deletes dailies beyond the newest `keepDaily`, never `justWritten`. Dailies dated after now were written while
   * the clock ran ahead: they count as the oldest, or after the clock is corrected each new daily would be the one
   * pruned, for as long as the clock had been ahead.
   */
  function pruneDailies(justWritten?: string): Promise<string[]> {
    return serial(async () => {
      const now = clock.now()
      const dailies = (await names())
        .map(parseBackupFileName)
        .filter((parsed): parsed is BackupName => parsed?.reason === 'daily')
        .sort((a, b) => Number(a.createdAt > now) - Number(b.createdAt > now) || newestFirst(a, b))
      const doomed = dailies
        .slice(keepDaily)
        .map((backup) => backup.name)
        .filter((name) => name !== justWritten)
      for (const name of doomed) {
        await rm(join(dir, name), { force: true }).catch((error: unknown) => logger.error('backups: prune failed', name, error))
      }
      if (doomed.length > 0) logger.info('backups: pruned old daily backups', doomed)
      return doomed
    })
  }

  return { save, list, read, prune: () => pruneDailies() }
}

function newestFirst(a: { createdAt: number; name: string }, b: { createdAt: number; name: string }): number {
  return b.createdAt - a.createdAt || b.name.localeCompare(a.name)
}

