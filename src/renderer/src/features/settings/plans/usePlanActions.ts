// Rename, archive and delete a plan from Settings; delete hands the platform a backup of everything before it deletes.
import { useCallback, useState } from 'react'
import { backupFailureText } from '../../../db/dailyBackup'
import { useRepositories } from '../../../db/DatabaseContext'
import type { PlanRecord } from '../../../db/PlannerDB'
import { usePlatform } from '../../../platform/PlatformContext'
import { useT } from '../../../i18n/translations'
import { errorText } from '../../../../../shared/validation/problemText'

/** What the last action said: shown under the list, as an alert when it failed. */
export interface PlanActionMessage {
  readonly text: string
  readonly error: boolean
}

export function usePlanActions() {
  const repos = useRepositories()
  const platform = usePlatform()
  const t = useT()
  const [message, setMessage] = useState<PlanActionMessage | null>(null)

  const rename = useCallback(
    async (plan: PlanRecord, title: string): Promise<boolean> => {
      const result = await repos.plans.renamePlan(plan.id, title, Date.now())
      setMessage(
        result.ok
          ? { text: t('settings.plans.renamed', { from: plan.title, to: title.trim() }), error: false }
          : { text: t('settings.plans.notRenamed', { reason: errorText(t, result.error) }), error: true }
      )
      return result.ok
    },
    [repos, t]
  )

  const setArchived = useCallback(
    async (plan: PlanRecord, archived: boolean) => {
      const result = await repos.plans.setArchived(plan.id, archived, Date.now())
      if (!result.ok)
        return setMessage({
          text: t('settings.plans.notChanged', { reason: errorText(t, result.error) }),
          error: true
        })
      setMessage({
        text: archived
          ? t('settings.plans.archivedMessage', { title: plan.title })
          : t('settings.plans.broughtBack', { title: plan.title }),
        error: false
      })
    },
    [repos, t]
  )

  /** Keeps a backup through the platform first; deletes nothing when that fails. */
  const remove = useCallback(
    async (plan: PlanRecord) => {
      const now = Date.now()
      const text = await repos.backup.exportBackup(now)
      const saved = await platform.saveBackup('pre-delete', text)
      if (!saved.ok)
        return setMessage({
          text: t('settings.plans.notBackedUp', { reason: backupFailureText(saved.error, text.length) }),
          error: true
        })
      const result = await repos.plans.deletePlan(plan.id, now)
      setMessage(
        result.ok
          ? { text: t('settings.plans.deleted', { title: plan.title, file: saved.backup.name }), error: false }
          : { text: t('settings.plans.notDeleted', { reason: errorText(t, result.error) }), error: true }
      )
    },
    [repos, platform, t]
  )

  return {
    message,
    rename,
    setArchived,
    remove,
    where: platform.kind === 'electron' ? ('app' as const) : ('download' as const)
  }
}
