// Which backups to delete: the retention policy for every kind of backup, decided from file names alone.
import { KEEP_PER_KIND } from '../../shared/backup/retention'
import type { BackupName, BackupReason } from './backupNames'

/**
 * The policy is {@link KEEP_PER_KIND} (src/shared/backup/retention.ts, so Settings states the same numbers). Never
 * deleted, whatever the numbers: the newest backup of each kind and the backup just written. A backup dated after now
 * was written while the clock ran ahead: it ranks as the oldest of its kind, or after the clock is corrected each new
 * backup would be the one deleted, for as long as the clock had been ahead.
 */
export { KEEP_PER_KIND }

/**
 * The backups to delete under `keep` (per kind; at least 1 is kept whatever it says), ranking each kind newest first
 * with future-dated backups last; `justWritten` is never among them.
 */
export function backupsToPrune(
  backups: readonly BackupName[],
  now: number,
  keep: Readonly<Record<BackupReason, number>>,
  justWritten?: string
): string[] {
  const byKind = new Map<BackupReason, BackupName[]>()
  for (const backup of backups) byKind.set(backup.reason, [...(byKind.get(backup.reason) ?? []), backup])
  const doomed: string[] = []
  for (const [kind, ofKind] of byKind) {
    const ranked = [...ofKind].sort(
      (a, b) =>
        Number(a.createdAt > now) - Number(b.createdAt > now) ||
        b.createdAt - a.createdAt ||
        b.name.localeCompare(a.name)
    )
    const kept = Math.max(1, Math.floor(keep[kind])) || 1
    doomed.push(
      ...ranked
        .slice(kept)
        .map((backup) => backup.name)
        .filter((name) => name !== justWritten)
    )
  }
  return doomed
}
