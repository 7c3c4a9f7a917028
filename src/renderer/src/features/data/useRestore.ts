// The restore flow: read a file or a kept backup, preview it, and apply it only when the learner confirms.
import { useCallback, useState } from 'react'
import type { ValidBackup } from '../../../../shared/backup/backupFile'
import { useRepositories, useStorageStatus } from '../../db/DatabaseContext'
import { usePlatform } from '../../platform/PlatformContext'

export type RestoreState =
  | { readonly step: 'idle' }
  | { readonly step: 'preview'; readonly source: string; readonly backup: ValidBackup }
  | { readonly step: 'applying'; readonly source: string; readonly backup: ValidBackup }
  | { readonly step: 'done'; readonly message: string }
  | { readonly step: 'error'; readonly message: string }

/** Restore state and actions; nothing changes in the database before `confirm`. */
export function useRestore() {
  const repos = useRepositories()
  const platform = usePlatform()
  const storage = useStorageStatus()
  const [state, setState] = useState<RestoreState>({ step: 'idle' })

  const previewText = useCallback(
    (source: string, text: string) => {
      if (!repos) return
      const result = repos.backup.previewRestore(text)
      setState(result.ok ? { step: 'preview', source, backup: result.value } : { step: 'error', message: `${source} cannot be restored: ${result.error.where}: ${result.error.message}` })
    },
    [repos]
  )

  const previewFile = useCallback(async (file: File) => previewText(`"${file.name}"`, await file.text()), [previewText])

  const previewKept = useCallback(
    async (name: string) => {
      const read = await platform.readBackup(name)
      if (read.ok) previewText(`"${name}"`, read.text)
      else setState({ step: 'error', message: `The backup "${name}" could not be read (${read.error}).` })
    },
    [platform, previewText]
  )

  const confirm = useCallback(async () => {
    if (!repos || state.step !== 'preview') return
    setState({ step: 'applying', source: state.source, backup: state.backup })
    try {
      const snapshot = await repos.backup.applyRestore(state.backup, Date.now())
      // On the desktop the replaced data also goes to the backups folder; in a browser it stays in the database only,
      // so a restore never triggers a surprise download.
      if (platform.kind === 'electron') await platform.saveBackup('pre-restore', snapshot)
      storage.refreshRestoreOffer()
      setState({ step: 'done', message: `Restored ${state.source}. The data it replaced was kept as a snapshot.` })
    } catch (error) {
      setState({ step: 'error', message: `Nothing was changed: the restore failed (${error instanceof Error ? error.message : String(error)}).` })
    }
  }, [repos, platform, state, storage])

  const cancel = useCallback(() => setState({ step: 'idle' }), [])
  return { state, previewFile, previewKept, confirm, cancel }
}
