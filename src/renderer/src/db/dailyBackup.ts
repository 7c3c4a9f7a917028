// The daily backup: one a local day, its outcome kept for Settings, and a failing one tried again after growing waits.
import { MAX_BACKUP_TEXT_LENGTH, SAVE_BACKUP_ERRORS } from '../../../shared/ipc/contract'
import { HOUR_MS, hostTimeZone, localDateOf } from '../../../shared/time'
import type { BackupRepository } from './backupRepository'
import type { SettingsRepository } from './settingsRepository'
import type { BackupPlatform } from './storageSafety'
import { dbText } from './dbText'
import { currentTranslations } from '../i18n/translations'

/** Settings key of the local date of the last daily backup. */
export const LAST_DAILY_BACKUP_KEY = 'backup.lastDailyDate'
/** Settings key of the daily backup's last outcome (see {@link DailyBackupStatus}). */
export const DAILY_BACKUP_STATUS_KEY = 'backup.dailyStatus'

/** The daily backup's last outcome, for Settings. */
export interface DailyBackupStatus {
  /** When a daily backup was last saved, epoch ms; null if never (or not since this was recorded). */
  readonly lastSuccessAt: number | null
  /** The failures since that success: the latest one, in plain words, and how many in a row; null after a success. */
  readonly failure: { readonly at: number; readonly message: string; readonly attempts: number } | null
}

export const NO_DAILY_BACKUP_STATUS: DailyBackupStatus = { lastSuccessAt: null, failure: null }

/**
 * How long after its latest failure the daily backup is tried again: 1 hour after the first, then 2, 4, 8 and 16,
 * then once a day. A backup too large today is usually too large an hour later, and each try exports everything.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(24 * HOUR_MS, HOUR_MS * 2 ** Math.max(0, attempts - 1))
}

/** When a failed daily backup is tried next, epoch ms; null when none failed. */
export function nextDailyTryAt(status: DailyBackupStatus): number | null {
  return status.failure ? status.failure.at + retryDelayMs(status.failure.attempts) : null
}

const MB = 1024 * 1024

/** Why a backup was not saved, in the learner's words, from the platform's error (and the backup's size when known). */
export function backupFailureText(error: string, textLength?: number): string {
  const t = dbText()
  if (error === SAVE_BACKUP_ERRORS.tooLarge) {
    const max = String(MAX_BACKUP_TEXT_LENGTH / MB)
    if (textLength === undefined) return t('common.backup.tooLarge', { max })
    const size = (textLength / MB).toLocaleString(currentTranslations().locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1
    })
    return t('common.backup.tooLargeSized', { size, max })
  }
  if (error === SAVE_BACKUP_ERRORS.notWritten) return t('common.backup.notWritten')
  return t('common.backup.refused', { error })
}

const isDate = (value: unknown): value is string => typeof value === 'string'

function isStatus(value: unknown): value is DailyBackupStatus {
  if (typeof value !== 'object' || value === null) return false
  const { lastSuccessAt, failure } = value as Record<string, unknown>
  const failureOk =
    failure === null ||
    (typeof failure === 'object' &&
      typeof (failure as Record<string, unknown>)['at'] === 'number' &&
      typeof (failure as Record<string, unknown>)['message'] === 'string' &&
      typeof (failure as Record<string, unknown>)['attempts'] === 'number')
  return (lastSuccessAt === null || typeof lastSuccessAt === 'number') && failureOk
}

/** The daily backup's stored outcome (none recorded yet reads as {@link NO_DAILY_BACKUP_STATUS}). */
export function readDailyBackupStatus(settings: SettingsRepository): Promise<DailyBackupStatus> {
  return settings.get(DAILY_BACKUP_STATUS_KEY, isStatus, NO_DAILY_BACKUP_STATUS)
}

/**
 * Hands the platform one backup a day (reason 'daily') when there is study data and none was made today, and records
 * the outcome for Settings. After a failure it waits {@link retryDelayMs} before trying again, so a backup that cannot
 * succeed is not retried every hour in silence. Resolves true when a backup was saved now.
 */
export async function dailyBackupIfDue(
  backup: BackupRepository,
  settings: SettingsRepository,
  platform: BackupPlatform,
  now: number
): Promise<boolean> {
  // The learner's own day, where the computer is: a daily backup follows the clock on the wall, not a plan's zone.
  const today = localDateOf(now, hostTimeZone())
  if ((await settings.get(LAST_DAILY_BACKUP_KEY, isDate, '')) === today) return false
  const status = await readDailyBackupStatus(settings)
  const retryAt = nextDailyTryAt(status)
  if (retryAt !== null && now < retryAt) return false
  if (await backup.holdsNoStudyData()) return false
  let message: string | null
  try {
    const text = await backup.exportBackup(now)
    const saved = await platform.saveBackup('daily', text)
    message = saved.ok ? null : backupFailureText(saved.error, text.length)
  } catch (error) {
    message = dbText()('common.backup.notPrepared', {
      detail: error instanceof Error ? error.message : String(error)
    })
  }
  if (message === null) {
    await settings.set(LAST_DAILY_BACKUP_KEY, today)
    await settings.set(DAILY_BACKUP_STATUS_KEY, { lastSuccessAt: now, failure: null } satisfies DailyBackupStatus)
    return true
  }
  const failure = { at: now, message, attempts: (status.failure?.attempts ?? 0) + 1 }
  await settings.set(DAILY_BACKUP_STATUS_KEY, {
    lastSuccessAt: status.lastSuccessAt,
    failure
  } satisfies DailyBackupStatus)
  return false
}
