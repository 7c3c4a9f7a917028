// Settings → Your data: when the last backup was made, whether the daily one failed and why, and which backups are kept.
import { KEEP_PER_KIND } from '../../../../../shared/backup/retention'
import type { Translate } from '../../../../../shared/i18n/translator'
import { problemText } from '../../../../../shared/validation/problemText'
import type { BackupReason, BackupSummary } from '../../../../../shared/ipc/contract'
import { useDisplayLocale } from '../../../components/useDisplayLocale'
import { nextDailyTryAt, type DailyBackupStatus } from '../../../db/dailyBackup'
import { useT } from '../../../i18n/translations'

const REASON_KEYS = {
  daily: 'settings.data.reason.daily',
  'pre-upgrade': 'settings.data.reason.preUpgrade',
  'pre-restore': 'settings.data.reason.preRestore',
  'pre-delete': 'settings.data.reason.preDelete',
  manual: 'settings.data.reason.manual'
} as const satisfies Record<BackupReason, string>

/** Why a backup was made, as the list of kept backups says it. */
export const reasonText = (t: Translate, reason: BackupReason): string => t(REASON_KEYS[reason])

/** A backup's date and time as the learner's language writes it. */
export const backupTime = (at: number, locale: string): string =>
  new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })

/** The newest backup we know of: the newest kept on disk, or the last daily one handed over (a download in a browser). */
function lastBackupText(
  kept: readonly BackupSummary[],
  status: DailyBackupStatus,
  t: Translate,
  locale: string
): string {
  const newest = kept.reduce<BackupSummary | null>(
    (best, backup) => (best && best.createdAt >= backup.createdAt ? best : backup),
    null
  )
  if (newest && newest.createdAt >= (status.lastSuccessAt ?? -Infinity))
    return t('settings.data.kept.entry', {
      when: backupTime(newest.createdAt, locale),
      reason: reasonText(t, newest.reason)
    })
  return status.lastSuccessAt === null
    ? t('settings.backups.noneYet')
    : t('settings.data.kept.entry', { when: backupTime(status.lastSuccessAt, locale), reason: reasonText(t, 'daily') })
}

function dailyText(status: DailyBackupStatus, t: Translate, locale: string): string {
  const { failure } = status
  if (failure) {
    const next = nextDailyTryAt(status)
    return t('settings.backups.failed', {
      when: backupTime(failure.at, locale),
      attempts: failure.attempts,
      message: problemText(t, failure.message),
      next: backupTime(next ?? failure.at, locale)
    })
  }
  if (status.lastSuccessAt !== null)
    return t('settings.backups.made', { when: backupTime(status.lastSuccessAt, locale) })
  return t('settings.backups.notYet')
}

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
  const t = useT()
  const locale = useDisplayLocale()
  if (!status) return null
  return (
    <dl className="facts" aria-label={t('settings.backups.label')}>
      <dt>{t('settings.backups.last')}</dt>
      <dd data-testid="last-backup">{lastBackupText(kept, status, t, locale)}</dd>
      <dt>{t('settings.backups.daily')}</dt>
      <dd data-testid="daily-backup" className={status.failure ? 'banner banner-warning' : undefined}>
        {dailyText(status, t, locale)}
      </dd>
      {showPolicy ? (
        <>
          <dt>{t('settings.backups.kept')}</dt>
          <dd data-testid="backup-policy">
            {t('settings.backups.policy', {
              daily: KEEP_PER_KIND.daily,
              manual: KEEP_PER_KIND.manual,
              preDelete: KEEP_PER_KIND['pre-delete'],
              preRestore: KEEP_PER_KIND['pre-restore'],
              preUpgrade: KEEP_PER_KIND['pre-upgrade']
            })}
          </dd>
        </>
      ) : null}
    </dl>
  )
}
