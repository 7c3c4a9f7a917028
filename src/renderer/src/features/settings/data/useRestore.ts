// The restore flow: read a file or a kept backup, preview it, and apply it only when the learner confirms.
import { useCallback, useState } from 'react'
import type { ValidBackup } from '../../../../../shared/backup/backupFile'
import { SAVE_BACKUP_ERRORS } from '../../../../../shared/ipc/contract'
import { useRepositories, useStorageStatus } from '../../../db/DatabaseContext'
import { usePlatform } from '../../../platform/PlatformContext'
import { readUntrustedFile } from '../../../files/readUntrustedFile'
import { useT } from '../../../i18n/translations'
import { problemText } from '../../../../../shared/validation/problemText'
import { placeText } from '../../../../../shared/validation/placeText'

export type RestoreState =
  | { readonly step: 'idle' }
  | { readonly step: 'preview'; readonly source: string; readonly backup: ValidBackup }
  | { readonly step: 'applying'; readonly source: string; readonly backup: ValidBackup }
  /** `warning`: the restore happened, but something after it did not (the message says what). */
  | { readonly step: 'done'; readonly message: string; readonly warning?: boolean }
  | { readonly step: 'error'; readonly message: string }

/** Restore state and actions; nothing changes in the database before `confirm`. */
export function useRestore() {
  const repos = useRepositories()
  const platform = usePlatform()
  const storage = useStorageStatus()
  const t = useT()
  const [state, setState] = useState<RestoreState>({ step: 'idle' })

  /** Validates backup text or a picked file in a worker with a time budget (a hostile backup cannot freeze the page). */
  const preview = useCallback(
    async (name: string, source: Blob | string) => {
      const read = await readUntrustedFile(name, source, { kind: 'backup' })
      if (!read.ok) return setState({ step: 'error', message: read.message })
      const result = read.value
      setState(
        result.ok
          ? { step: 'preview', source: name, backup: result.value }
          : {
              step: 'error',
              message: t('settings.restore.cannotRestore', {
                name,
                where: placeText(t, result.error.where),
                reason: problemText(t, result.error.ref ?? result.error.message)
              })
            }
      )
    },
    [t]
  )

  const previewFile = useCallback((file: File) => preview(file.name, file), [preview])

  const previewKept = useCallback(
    async (name: string) => {
      const read = await platform.readBackup(name)
      if (read.ok) await preview(name, read.text)
      else setState({ step: 'error', message: t('settings.restore.unreadable', { name, reason: read.error }) })
    },
    [platform, preview, t]
  )

  const confirm = useCallback(async () => {
    if (state.step !== 'preview') return
    const { source, backup } = state
    setState({ step: 'applying', source, backup })
    let snapshot: string
    try {
      snapshot = await repos.backup.applyRestore(backup, Date.now())
    } catch (error) {
      // applyRestore is one transaction: when it fails, the database is exactly as it was.
      setState({ step: 'error', message: t('settings.restore.failed', { reason: errorText(error) }) })
      return
    }
    // From here on the restore has happened, so no later failure may say that nothing changed.
    storage.refreshRestoreOffer()
    // On the desktop the replaced data also goes to the backups folder; in a browser it stays in the database only,
    // so a restore never triggers a surprise download.
    const saved =
      platform.kind === 'electron'
        ? await platform
            .saveBackup('pre-restore', snapshot)
            .catch((error: unknown) => ({ ok: false as const, error: errorText(error) }))
        : { ok: true as const }
    setState(
      saved.ok
        ? { step: 'done', message: t('settings.restore.done', { name: source }) }
        : {
            step: 'done',
            warning: true,
            message: t('settings.restore.doneWithoutSnapshot', {
              name: source,
              problem: snapshotProblem(saved.error),
              reason: saved.error
            })
          }
    )
  }, [repos, platform, state, storage, t])

  const cancel = useCallback(() => setState({ step: 'idle' }), [])
  return { state, previewFile, previewKept, confirm, cancel }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Which known reason kept the snapshot from the backups folder ('other': the platform's own words, shown as they are). */
function snapshotProblem(error: string): 'tooLarge' | 'notWritten' | 'other' {
  if (error === SAVE_BACKUP_ERRORS.tooLarge) return 'tooLarge'
  if (error === SAVE_BACKUP_ERRORS.notWritten) return 'notWritten'
  return 'other'
}
