// Backup file names: creation instant and reason in the name, so listing and pruning need no file reads.
import { backupReasonSchema, type BackupReason } from '../../shared/ipc/contract'

export type { BackupReason }

/** The reasons a backup may have (defined once, with the IPC contract that carries them). */
export const BACKUP_REASONS: readonly BackupReason[] = backupReasonSchema.options

/** What a backup's name says about it. */
export interface BackupName {
  readonly name: string
  readonly createdAt: number
  readonly reason: BackupReason
}

// backup-2027-03-14T13-05-09-123Z-daily.json, with an optional -N before .json when two land in the same ms.
const NAME_PATTERN = new RegExp(
  `^backup-(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${BACKUP_REASONS.join('|')})(?:-(\\d{1,3}))?\\.json$`
)

/** The file name for a backup made at `createdAt` (UTC, so names sort by time), with a collision counter. */
export function backupFileName(createdAt: number, reason: BackupReason, counter = 0): string {
  return `backup-${stampOf(createdAt)}-${reason}${counter > 0 ? `-${counter}` : ''}.json`
}

function stampOf(createdAt: number): string {
  return new Date(createdAt).toISOString().replace(/:/g, '-').replace('.', '-')
}

/** Reads a backup file name, or null if `name` is not one (which also rules out any path separator). */
export function parseBackupFileName(name: string): BackupName | null {
  const match = NAME_PATTERN.exec(name)
  if (!match) return null
  const [, year, month, day, hour, minute, second, ms, reason] = match
  const fields = [year, month, day, hour, minute, second, ms].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number
  ]
  const createdAt = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5], fields[6])
  // Date.UTC rolls 2027-02-30 over to March; a name whose stamp does not round-trip is not one we wrote.
  if (stampOf(createdAt) !== name.slice('backup-'.length, 'backup-'.length + 24)) return null
  return { name, createdAt, reason: reason as BackupReason }
}
