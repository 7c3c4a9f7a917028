// How many backups of each kind the desktop app keeps: one statement of the policy, for main's pruning and Settings' text.
import type { BackupReason } from '../ipc/contract'

/**
 * How many backups of each kind are kept; older ones are deleted after every save (src/main/backups/backupRetention.ts):
 * - daily: the newest 14 (two weeks of days to go back to);
 * - manual ("Back up now"): the newest 10;
 * - pre-delete (kept before a plan was deleted): the newest 10;
 * - pre-restore (the data a restore replaced) and pre-upgrade (the data before a schema upgrade): the newest 5.
 * Never deleted, whatever the numbers: the newest backup of each kind and the backup just written. The same policy is
 * stated in the README ("Backups") and shown in Settings → Your data.
 */
export const KEEP_PER_KIND: Readonly<Record<BackupReason, number>> = {
  daily: 14,
  manual: 10,
  'pre-delete': 10,
  'pre-restore': 5,
  'pre-upgrade': 5
}
