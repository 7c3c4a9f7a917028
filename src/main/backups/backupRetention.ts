// Which backups to delete: the retention policy for every kind of backup, decided from file names alone.
import type { BackupName, BackupReason } from './backupNames'

/**
 * How many backups of each kind are kept; older ones are deleted after every save:
 * - daily: the newest 14 (two weeks of days to go back to);
 * - manual ("Back up now"): the newest 10;
 * - pre-delete (kept before a plan was deleted): the newest 10;
 * - pre-restore (the data a restore replaced) and pre-upgrade (the data before a schema upgrade): the newest 5.
 * Never deleted, whatever the numbers: the newest backup of each kind and the backup just written. A backup dated
 * after now was written while the clock ran ahead: it ranks as the oldest of its kind, or after the clock is
 * corrected each new backup would be the one deleted, for as long as the clock had been ahead.
 * The same policy is stated in the README ("Backups") and shown in Settings → Your data.
 */
export const KEEP_PER_KIND: Readonly<Record<BackupReason, number>> = {
  daily: 14,
  manual: 10,
  'pre-delete': 10,
  'pre-restore': 5,
  'pre-upgrade': 5
}

/**
 * The backups to delete under `keep` (per kind; at least 1 is kept whatever it says), ranking each kind newest first
 * with future-dated backups last; `justWritten` is never among them.
 */
export function backupsToPrune(backups: readonly BackupName[], now: number, keep: Readonly<Record<BackupReason, number>>, justWritten?: string): string[] {
  const byKind = new Map<BackupReason, BackupName[]>()
  for (const backup of backups) byKind.set(backup.reason, [...(byKind.get(backup.reason) ?? []), backup])
  const doomed: string[] = []
  for (const [kind, ofKind] of byKind) {
    const ranked = [...ofKind].sort((a, b) => Number(a.createdAt > now) - Number(b.createdAt > now) || b.createdAt - a.createdAt || b.name.localeCompare(a.name))
    const kept = Math.max(1, Math.floor(keep[kind])) || 1
    doomed.push(...ranked.slice(kept).map((backup) => backup.name).filter((name) => name !== justWritten))
  }
  return doomed
}
