// Settings → Your data: when the last backup was made, whether the daily one failed and why, and which backups are kept.
import { KEEP_PER_KIND } from '../../../../../shared/backup/retention'
import type { BackupReason, BackupSummary } from '../../../../../shared/ipc/contract'
import { nextDailyTryAt, type DailyBackupStatus } from '../../../db/dailyBackup'

/** Why a backup was made, as the list of kept backups says it. */
export const REASON_TEXT: Readonly<Record<BackupReason, string>> = {
  daily: 'daily',
  'pre-upgrade': 'before an update',
  'pre-restore': 'before a restore',
  'pre-delete': 'before a plan was deleted',
  manual: 'backed up by you'
}

const when = (at: number) => new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** The newest backup we know of: the newest kept on disk, or the last daily one handed over (a download in a browser). */
function lastBackupText(kept: readonly BackupSummary[], status: DailyBackupStatus): string {
  const newest = kept.reduce<BackupSummary | null>(
    (best, backup) => (best && best.createdAt >= backup.createdAt ? best : backup),
    null
  )
  if (newest && newest.createdAt >= (status.lastSuccessAt ?? -Infinity))
    return `${when(newest.createdAt)} (${REASON_TEXT[newest.reason]})`
  return status.lastSuccessAt === null ? 'None yet.' : `${when(status.lastSuccessAt)} (daily)`
}

function dailyText(status: DailyBackupStatus): string {
  const { failure } = status
  if (failure) {
    const tries = failure.attempts > 1 ? ` (${failure.attempts} tries in a row)` : ''
    const next = nextDailyTryAt(status)
    return `Failed ${when(failure.at)}${tries}. ${failure.message} The app tries again after ${when(next ?? failure.at)}; Back up now tries at once.`
  }
  if (status.lastSuccessAt !== null) return `Made ${when(status.lastSuccessAt)}.`
  return 'Not made yet: the app makes one a day while it is open and holds study data.'
}

const POLICY_TEXT =
  `The app keeps the newest ${KEEP_PER_KIND.daily} daily backups, ${KEEP_PER_KIND.manual} of yours, ${KEEP_PER_KIND['pre-delete']} from before a plan was deleted, ` +
  `${KEEP_PER_KIND['pre-restore']} from before a restore and ${KEEP_PER_KIND['pre-upgrade']} from before an update, and deletes older ones. ` +
  'The newest of each kind is never deleted.'

/** Backup facts; `kept` is what the platform keeps (empty in a browser), `showPolicy` where the app keeps backups itself. */
export function BackupStatus({
  kept,
  status,
  showPolicy
}: {
  kept: readonly BackupSummary[]
  status: DailyBackupStatus | undefined
  showPolicy: boolean
}) {
  if (!status) return null
  return (
    <dl className="facts" aria-label="Backups">
      <dt>Last backup</dt>
      <dd data-testid="last-backup">{lastBackupText(kept, status)}</dd>
      <dt>Daily backup</dt>
      <dd data-testid="daily-backup" className={status.failure ? 'banner banner-warning' : undefined}>
        {dailyText(status)}
      </dd>
      {showPolicy ? (
        <>
          <dt>Kept backups</dt>
          <dd data-testid="backup-policy">{POLICY_TEXT}</dd>
        </>
      ) : null}
    </dl>
  )
}
