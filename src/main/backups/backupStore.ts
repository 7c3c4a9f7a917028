// Backup snapshots on disk in <userData>/backups: atomic writes, retention, listing and reading for a restore.
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_BACKUP_TEXT_LENGTH } from '../../shared/backup/limits'
import { SAVE_BACKUP_ERRORS } from '../../shared/ipc/contract'
import { writeFileAtomic } from '../fs/atomicFile'
import { readJsonFile } from '../fs/jsonFileStore'
import type { Clock, Logger } from '../reminders/ports'
import { backupEnvelopeSchema, checkEnvelope, type BackupEnvelope } from './backupEnvelope'
import { checkBackupTextOffThread } from './envelopeCheck'
import { backupFileName, BACKUP_REASONS, parseBackupFileName, type BackupName, type BackupReason } from './backupNames'
import { backupsToPrune, KEEP_PER_KIND } from './backupRetention'

export { KEEP_PER_KIND }

/**
 * A backup on disk, as listing sees it: everything comes from its file name and size, so listing never opens a file
 * (20 backups of 15 MB used to be read and parsed on the main process: a 1.8 s stall). Whether its content is a valid
 * backup is checked when it is read for a restore.
 */
export interface BackupInfo {
  readonly name: string
  readonly reason: BackupReason
  /** When main wrote it, epoch ms (from the file name). */
  readonly createdAt: number
  readonly sizeBytes: number
}

/** The outcome of saving a backup. */
export type SaveBackupResult =
  | { readonly ok: true; readonly backup: BackupInfo }
  | { readonly ok: false; readonly error: string }

/** The outcome of reading a backup for a restore. */
export type ReadBackupResult =
  | { readonly ok: true; readonly backup: BackupEnvelope; readonly text: string }
  | { readonly ok: false; readonly error: 'invalid-name' | 'not-found' | 'corrupt' }

/** The backups folder. Every method logs its failures and resolves; none throws. */
export interface BackupStore {
  /**
   * Checks the size and envelope of `backup` (an object or its JSON text), writes it atomically, then prunes every kind
   * to {@link KEEP_PER_KIND}.
   */
  save(backup: unknown, reason: BackupReason): Promise<SaveBackupResult>
  /** Backups in the folder, newest first, from their names and sizes alone (no file is opened). */
  list(): Promise<BackupInfo[]>
  /**
   * Reads one backup by the name {@link list} gave, as parsed envelope and exact file text; the name is checked, so
   * no path can escape the folder.
   */
  read(name: string): Promise<ReadBackupResult>
  /** Deletes the backups {@link KEEP_PER_KIND} does not keep; returns the names deleted. */
  prune(): Promise<string[]>
}

/** Options: `dir` is `join(app.getPath('userData'), 'backups')` in the app. */
export interface BackupStoreOptions {
  readonly dir: string
  readonly clock: Clock
  readonly logger: Logger
  /** Overrides some kinds' retention (tests); at least one of each kind is kept whatever it says. */
  readonly keep?: Partial<Record<BackupReason, number>>
}

/**
 * Main refuses what restore would refuse: the same limit, in the same unit (string length), checked before parsing.
 * Text is parsed in a worker thread (see envelopeCheck.ts), so saving a large backup does not stall the main process.
 */
async function toText(backup: unknown): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (typeof backup === 'string') {
    if (backup.length > MAX_BACKUP_TEXT_LENGTH) return { ok: false, error: SAVE_BACKUP_ERRORS.tooLarge }
    const checked = await checkBackupTextOffThread(backup)
    return checked.ok ? { ok: true, text: backup } : { ok: false, error: checked.reason }
  }
  const json = checkEnvelope(backup)
  if (!json.ok) return { ok: false, error: json.reason }
  const text = JSON.stringify(json.backup)
  return text.length > MAX_BACKUP_TEXT_LENGTH ? { ok: false, error: SAVE_BACKUP_ERRORS.tooLarge } : { ok: true, text }
}

/** Creates the store; the folder is made on first save. */
export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const { dir, clock, logger } = options
  const keep = { ...KEEP_PER_KIND, ...options.keep }
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
    const checked = await toText(backup)
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
      await prune(saved)
      const { createdAt } = parseBackupFileName(saved) as BackupName
      return { ok: true, backup: { name: saved, reason, createdAt, sizeBytes: Buffer.byteLength(checked.text) } }
    } catch (error) {
      logger.error('backups: save failed', error)
      return { ok: false, error: SAVE_BACKUP_ERRORS.notWritten }
    }
  }

  async function readValid(name: string): Promise<{ backup: BackupEnvelope; text: string } | 'not-found' | 'corrupt'> {
    const found = await readJsonFile(join(dir, name), backupEnvelopeSchema)
    if (found.status === 'loaded') return { backup: found.value, text: found.text }
    if (found.status === 'missing') return 'not-found'
    if (found.readError !== undefined) logger.error('backups: cannot read', name, found.readError)
    else logger.warn('backups: skipping corrupt backup', name, found.reason)
    return 'corrupt'
  }

  /** Name and size only: a file that vanished meanwhile (pruned, or deleted by hand) is left out. */
  async function describe(parsed: BackupName): Promise<BackupInfo | null> {
    try {
      const info = await stat(join(dir, parsed.name))
      return info.isFile()
        ? { name: parsed.name, reason: parsed.reason, createdAt: parsed.createdAt, sizeBytes: info.size }
        : null
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logger.warn('backups: cannot stat', parsed.name, error)
      return null
    }
  }

  async function list(): Promise<BackupInfo[]> {
    const candidates = (await names())
      .map(parseBackupFileName)
      .filter((parsed): parsed is BackupName => parsed !== null)
    const infos = await Promise.all(candidates.map(describe))
    return infos.filter((info): info is BackupInfo => info !== null).sort(newestFirst)
  }

  async function read(name: string): Promise<ReadBackupResult> {
    if (typeof name !== 'string' || parseBackupFileName(name) === null) return { ok: false, error: 'invalid-name' }
    const result = await readValid(name)
    return typeof result === 'string'
      ? { ok: false, error: result }
      : { ok: true, backup: result.backup, text: result.text }
  }

  /** Deletes what {@link KEEP_PER_KIND} (or `keep`) does not keep, never `justWritten`; see backupRetention.ts. */
  function prune(justWritten?: string): Promise<string[]> {
    return serial(async () => {
      const backups = (await names()).map(parseBackupFileName).filter((parsed): parsed is BackupName => parsed !== null)
      const doomed = backupsToPrune(backups, clock.now(), keep, justWritten)
      for (const name of doomed) {
        await rm(join(dir, name), { force: true }).catch((error: unknown) =>
          logger.error('backups: prune failed', name, error)
        )
      }
      if (doomed.length > 0) logger.info('backups: pruned old backups', doomed)
      return doomed
    })
  }

  return { save, list, read, prune: () => prune() }
}

function newestFirst(a: { createdAt: number; name: string }, b: { createdAt: number; name: string }): number {
  return b.createdAt - a.createdAt || b.name.localeCompare(a.name)
}
