// Rename, archive and delete a plan from Settings; delete hands the platform a backup of everything before it deletes.
import { useCallback, useState } from 'react'
import { backupFailureText } from '../../../db/dailyBackup'
import { useRepositories } from '../../../db/DatabaseContext'
import type { PlanRecord } from '../../../db/PlannerDB'
import { usePlatform } from '../../../platform/PlatformContext'

/** What the last action said: shown under the list, as an alert when it failed. */
export interface PlanActionMessage {
  readonly text: string
  readonly error: boolean
}

export function usePlanActions() {
  const repos = useRepositories()
  const platform = usePlatform()
  const [message, setMessage] = useState<PlanActionMessage | null>(null)

  const rename = useCallback(
    async (plan: PlanRecord, title: string): Promise<boolean> => {
      const result = await repos.plans.renamePlan(plan.id, title, Date.now())
      setMessage(
        result.ok
          ? { text: `Renamed “${plan.title}” to “${title.trim()}”.`, error: false }
          : { text: `Not renamed: ${result.error.message}`, error: true }
      )
      return result.ok
    },
    [repos]
  )

  const setArchived = useCallback(
    async (plan: PlanRecord, archived: boolean) => {
      const result = await repos.plans.setArchived(plan.id, archived, Date.now())
      if (!result.ok) return setMessage({ text: `Not changed: ${result.error.message}`, error: true })
      setMessage({
        text: archived
          ? `Archived “${plan.title}”. It keeps all its data and sends no reminders; bring it back here at any time.`
          : `“${plan.title}” is back under “Current plan” and sends reminders again.`,
        error: false
      })
    },
    [repos]
  )

  /** Keeps a backup through the platform first; deletes nothing when that fails. */
  const remove = useCallback(
    async (plan: PlanRecord) => {
      const now = Date.now()
      const text = await repos.backup.exportBackup(now)
      const saved = await platform.saveBackup('pre-delete', text)
      if (!saved.ok)
        return setMessage({
          text: `Not deleted: the backup could not be saved first. ${backupFailureText(saved.error, text.length)} Your plan is unchanged.`,
          error: true
        })
      const result = await repos.plans.deletePlan(plan.id, now)
      setMessage(
        result.ok
          ? { text: `Deleted “${plan.title}”. The backup kept first is ${saved.backup.name}.`, error: false }
          : { text: `Not deleted: ${result.error.message}`, error: true }
      )
    },
    [repos, platform]
  )

  return {
    message,
    rename,
    setArchived,
    remove,
    where: platform.kind === 'electron' ? ('app' as const) : ('download' as const)
  }
}
