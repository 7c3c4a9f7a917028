// "Your data" in Settings: back up, restore (from a file or a kept backup), calendar files and storage status.
import { useEffect, useState } from 'react'
import type { BackupSummary as KeptBackup } from '../../../../../shared/ipc/contract'
import { useRepositories, useStorageStatus } from '../../../db/DatabaseContext'
import { useDailyBackupStatus, useDataCounts } from '../../../db/hooks'
import { dataCountsText } from './dataCountsText'
import { usePlatform } from '../../../platform/PlatformContext'
import { backupFailureText } from '../../../db/dailyBackup'
import { BackupStatus, reasonText } from './BackupStatus'
import { CalendarFiles, Message } from './CalendarFiles'
import { FileButton } from '../../../components/FileButton'
import { useDisplayLocale } from '../../../components/useDisplayLocale'
import { RestorePreview } from './RestorePreview'
import { useRestore } from './useRestore'
import { useT } from '../../../i18n/translations'

const PERSISTENCE_KEYS = {
  granted: 'settings.data.persistence.granted',
  denied: 'settings.data.persistence.denied',
  unsupported: 'settings.data.persistence.unsupported'
} as const

export function DataSection() {
  const locale = useDisplayLocale()
  const t = useT()
  const repos = useRepositories()
  const platform = usePlatform()
  const storage = useStorageStatus()
  const counts = useDataCounts()
  const restore = useRestore()
  const daily = useDailyBackupStatus()
  const [backupMessage, setBackupMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [kept, setKept] = useState<KeptBackup[] | null>(null)

  useEffect(() => {
    let cancelled = false
    void platform.listBackups().then(
      (list) => !cancelled && setKept(list),
      () => !cancelled && setKept([])
    )
    return () => {
      cancelled = true
    }
  }, [platform])
  // Listed again when the number of plans changes: deleting a plan (in All plans above) keeps a backup first, and its
  // confirmation tells the learner to find that backup here. Likewise when a daily backup was made.
  const planCount = counts?.plans
  const lastDaily = daily?.lastSuccessAt
  useEffect(() => {
    if (planCount === undefined || lastDaily === undefined) return
    let cancelled = false
    void platform.listBackups().then(
      (list) => !cancelled && setKept(list),
      () => !cancelled && setKept([])
    )
    return () => {
      cancelled = true
    }
  }, [platform, planCount, lastDaily])

  const backUpNow = async () => {
    const text = await repos.backup.exportBackup(Date.now())
    const saved = await platform.saveBackup('manual', text)
    void platform.listBackups().then(setKept, () => setKept([]))
    setBackupMessage(
      saved.ok
        ? { text: t('settings.data.backupSaved', { name: saved.backup.name }), error: false }
        : {
            text: t('settings.data.backupNotSaved', { reason: backupFailureText(saved.error, text.length) }),
            error: true
          }
    )
  }

  const onFile = (file: File) => void restore.previewFile(file)

  const { state } = restore
  return (
    <section aria-labelledby="data-title" className="settings-section">
      <h2 id="data-title">{t('settings.data.heading')}</h2>
      {storage.restoreOffer.length > 0 ? (
        <p role="alert" className="banner banner-warning">
          {t('settings.data.restoreOffer')}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t('settings.data.storage')}</dt>
        <dd data-testid="persistence">
          {storage.persistence ? t(PERSISTENCE_KEYS[storage.persistence]) : t('settings.data.checking')}
        </dd>
        <dt>{t('settings.data.onDevice')}</dt>
        <dd data-testid="data-counts" aria-live="polite">
          {counts ? dataCountsText(counts, t) : t('settings.data.counting')}
        </dd>
      </dl>

      <div className="pause-row">
        <button type="button" onClick={() => void backUpNow()}>
          {t('settings.data.backUpNow')}
        </button>
        <FileButton label={t('settings.data.restoreFromFile')} accept=".json,application/json" onFile={onFile} />
        <Message message={backupMessage} />
      </div>
      <BackupStatus kept={kept ?? []} status={daily} showPolicy={platform.kind === 'electron'} />

      {state.step === 'preview' || state.step === 'applying' ? (
        <RestorePreview
          source={state.source}
          summary={state.backup.summary}
          busy={state.step === 'applying'}
          onConfirm={() => void restore.confirm()}
          onCancel={restore.cancel}
        />
      ) : null}
      {state.step === 'error' ? (
        <p role="alert" className="banner banner-error">
          {state.message}
        </p>
      ) : null}
      {state.step === 'done' && state.warning ? (
        <p role="alert" className="banner banner-warning">
          {state.message}
        </p>
      ) : null}
      {state.step === 'done' && !state.warning ? <p aria-live="polite">{state.message}</p> : null}

      {kept && kept.length > 0 ? (
        <>
          <h3>{t('settings.data.kept.heading')}</h3>
          <ul aria-label={t('settings.data.kept.heading')}>
            {kept.map((backup) => (
              <li key={backup.name}>
                {t('settings.data.kept.entry', {
                  when: new Date(backup.createdAt).toLocaleString(locale),
                  reason: reasonText(t, backup.reason)
                })}{' '}
                <button
                  type="button"
                  onClick={() => void restore.previewKept(backup.name)}
                  aria-label={t('settings.data.kept.restoreLabel', {
                    when: new Date(backup.createdAt).toLocaleString(locale)
                  })}
                >
                  {t('settings.data.kept.restore')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <CalendarFiles />
    </section>
  )
}
