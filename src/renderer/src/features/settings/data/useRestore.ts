// The restore flow: read a file or a kept backup, preview it, and apply it only when the learner confirms.
import { useCallback, useState } from 'react'
import type { ValidBackup } from '../../../../../shared/backup/backupFile'
import { SAVE_BACKUP_ERRORS } from '../../../../../shared/ipc/contract'
import { useRepositories, useStorageStatus } from '../../../db/DatabaseContext'
import { usePlatform } from '../../../platform/PlatformContext'
import { readUntrustedFile } from '../../../files/readUntrustedFile'

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
  const [state, setState] = useState<RestoreState>({ step: 'idle' })

  /** Validates backup text or a picked file in a worker with a time budget (a hostile backup cannot freeze the page). */
  const preview = useCallback(async (name: string, source: Blob | string) => {
    const read = await readUntrustedFile(name, source, { kind: 'backup' })
    if (!read.ok) return setState({ step: 'error', message: read.message })
    const result = read.value
    setState(
      result.ok
        ? { step: 'preview', source: `"${name}"`, backup: result.value }
        : { step: 'error', message: `"${name}" cannot be restored: ${result.error.where}: ${result.error.message}` }
    )
  }, [])

  const previewFile = useCallback((file: File) => preview(file.name, file), [preview])

  const previewKept = useCallback(
    async (name: string) => {
      const read = await platform.readBackup(name)
      if (read.ok) await preview(name, read.text)
      else setState({ step: 'error', message: `The backup "${name}" could not be read (${read.error}).` })
    },
    [platform, preview]
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
      setState({ step: 'error', message: `Nothing was changed: the restore failed (${errorText(error)}).` })
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
        ? { step: 'done', message: `Restored ${source}. The data it replaced was kept as a snapshot.` }
        : {
            step: 'done',
            warning: true,
            message: `Restored ${source}, but the data it replaced could not be saved to the backups folder (${snapshotFailureText(saved.error)}). A copy is kept inside the app only until the next restore.`
          }
    )
  }, [repos, platform, state, storage])

  const cancel = useCallback(() => setState({ step: 'idle' }), [])
  return { state, previewFile, previewKept, confirm, cancel }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function snapshotFailureText(error: string): string {
  if (error === SAVE_BACKUP_ERRORS.tooLarge) return 'it is too large for a backup file'
  if (error === SAVE_BACKUP_ERRORS.notWritten)
    return 'it could not be written to the disk; check that the disk has free space'
  return error
}
