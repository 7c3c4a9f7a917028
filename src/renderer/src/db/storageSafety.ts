// Keeping data safe around opening the database: a backup before a schema upgrade, persistence, restore offers (daily backups: dailyBackup.ts).
import { Dexie } from 'dexie'
import { serializeBackup } from '../../../shared/backup/backupFile'
import { BACKUP_TABLES, type BackupData } from '../../../shared/backup/records'
import type { BackupReason, BackupSummary, SaveBackupResult } from '../../../shared/ipc/contract'
import type { BackupRepository } from './backupRepository'
import { CURRENT_SCHEMA_VERSION, type PlannerDB, type WeekBucket } from './PlannerDB'
import { flattenById } from './planRows'

/** The part of the Platform storage safety needs. */
export interface BackupPlatform {
  saveBackup(reason: BackupReason, text: string): Promise<SaveBackupResult>
  listBackups(): Promise<BackupSummary[]>
}

/** Whether the browser promised to keep this origin's storage under pressure. */
export type PersistenceStatus = 'granted' | 'denied' | 'unsupported'

/** Outcome of the pre-upgrade backup: none was needed, it was handed to the platform, or that failed. */
export type PreUpgradeBackup =
  | { readonly status: 'not-needed' }
  | { readonly status: 'saved' }
  | { readonly status: 'failed'; readonly message: string }

/**
 * The schema version stored on disk (Dexie's version: IndexedDB's divided by 10), or 0 when there is no database.
 * Opening without a version never upgrades; a database that does not exist yet is not created.
 */
export function storedSchemaVersion(name: string, factory: IDBFactory): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name)
    request.addEventListener('upgradeneeded', () => request.transaction?.abort())
    request.addEventListener('success', () => {
      const version = request.result.version
      request.result.close()
      resolve(version / 10)
    })
    request.addEventListener('error', (event) => {
      // An aborted creation means there was no database: that is an answer, not a failure.
      if (request.error?.name === 'AbortError') {
        event.preventDefault()
        resolve(0)
      } else reject(request.error)
    })
  })
}

/** The open's failure when the database on disk was written by a newer version of the app. */
export class NewerDatabaseError extends Error {
  constructor(readonly storedVersion: number) {
    super(`The database is at schema version ${storedVersion}; this app knows up to ${CURRENT_SCHEMA_VERSION}.`)
    this.name = 'NewerDatabaseError'
  }
}

/**
 * Refuses, before Dexie touches it, a database a newer build wrote. Dexie 4 would open it anyway: it re-creates the
 * tables the newer schema dropped and raises the stored version, so the newer build later finds its data changed and
 * its own pre-upgrade backup skipped. Dexie may itself raise a version by one (31 for our 3), so only a higher whole
 * version is a newer build's.
 */
export async function refuseNewerDatabase(db: PlannerDB): Promise<void> {
  if (!db.idbFactory) return
  const stored = Math.floor(await storedSchemaVersion(db.name, db.idbFactory))
  if (stored > CURRENT_SCHEMA_VERSION) throw new NewerDatabaseError(stored)
}

/** Where a schema keeps a backup table's records in week buckets (see planRows.ts), by backup table name. */
const WEEK_BUCKET_TABLES: Partial<Record<(typeof BACKUP_TABLES)[number], string>> = {
  sessions: 'sessionWeeks',
  studyLog: 'studyLogWeeks',
  reviews: 'reviewWeeks'
}

/** Records of one backup table as `old` stores them: one per row, or in week buckets; none when it lacks both. */
async function storedRecords(old: Dexie, table: (typeof BACKUP_TABLES)[number]): Promise<unknown[]> {
  const names = new Set(old.tables.map((stored) => stored.name))
  if (names.has(table)) return old.table(table).toArray()
  const buckets = WEEK_BUCKET_TABLES[table]
  if (!buckets || !names.has(buckets)) return []
  return flattenById((await old.table<WeekBucket<{ id: string }>>(buckets).toArray()).map((bucket) => bucket.rows))
}

/** Reads every backup table an older schema has, without upgrading it (tables it lacks come back empty). */
export async function dumpStoredDatabase(db: PlannerDB): Promise<BackupData> {
  const old = new Dexie(db.name, { indexedDB: db.idbFactory, IDBKeyRange: db.idbKeyRange })
  try {
    await old.open()
    const entries = await Promise.all(
      BACKUP_TABLES.map(async (table) => [table, await storedRecords(old, table)] as const)
    )
    return Object.fromEntries(entries) as unknown as BackupData
  } finally {
    old.close()
  }
}

/**
 * Before opening `db`: when the stored schema is older than this app's, hands the platform a backup of all of it
 * (reason 'pre-upgrade'). Never throws; a failure is reported and opening goes on, since the upgrade itself is atomic.
 */
export async function backUpBeforeUpgrade(
  db: PlannerDB,
  platform: BackupPlatform,
  now: number
): Promise<PreUpgradeBackup> {
  try {
    if (!db.idbFactory) return { status: 'not-needed' }
    const stored = await storedSchemaVersion(db.name, db.idbFactory)
    if (stored === 0 || stored >= CURRENT_SCHEMA_VERSION) return { status: 'not-needed' }
    const saved = await platform.saveBackup('pre-upgrade', serializeBackup(await dumpStoredDatabase(db), now))
    return saved.ok ? { status: 'saved' } : { status: 'failed', message: saved.error }
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) }
  }
}

/** Asks the browser to keep this origin's data under storage pressure, and says whether it agreed. */
export async function requestPersistence(storage: StorageManager | undefined): Promise<PersistenceStatus> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported'
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted'
    return (await storage.persist()) ? 'granted' : 'denied'
  } catch {
    return 'unsupported'
  }
}

/** Backups to offer when the database holds no study data but the platform kept backups; empty otherwise. */
export async function restoreOffer(backup: BackupRepository, platform: BackupPlatform): Promise<BackupSummary[]> {
  if (!(await backup.holdsNoStudyData())) return []
  try {
    return await platform.listBackups()
  } catch {
    return []
  }
}
