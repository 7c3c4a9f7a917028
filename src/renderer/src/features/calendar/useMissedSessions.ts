// Counts missed sessions still waiting for an answer, previews the engine's catch-up options and applies the chosen one.
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { LocalDate } from '../../../../shared/domain/time'
import type { MissedOptionPreview } from '../../../../shared/scheduling/missed'
import { useRepositories } from '../../db/DatabaseContext'
import { isIdList, missedDismissedKey } from '../../db/preferences'
import { useStoredPreference } from '../../db/useStoredPreference'
import type { PlanRecord, SessionRecord } from '../../db/PlannerDB'
import { unresolvedMissed } from '../../db/planRepository'
import type { OperationResult } from '../../db/operationResult'
import { localDateOf } from '../../../../shared/time'

const NONE: readonly string[] = []

export interface MissedPrompt {
  readonly missedCount: number
  readonly options: readonly MissedOptionPreview[]
  readonly today: LocalDate
}

export interface MissedSessions {
  /** Missed sessions not yet logged or covered by an applied option; the header shows it while above 0. */
  readonly count: number
  /** The prompt to show, or null when nothing waits or the learner closed it ("Not now"). */
  readonly prompt: MissedPrompt | null
  /** Opens the prompt again (the header's count). */
  reopen(): void
  apply(option: MissedOptionPreview): Promise<OperationResult<unknown>>
  dismiss(): void
}

/**
 * The prompt opens by itself when a session turns missed; "Not now" closes it until another one does (logging one of
 * them, a restart or another screen do not bring it back), while the count stays in the header to reopen it.
 */
export function useMissedSessions(
  plan: PlanRecord,
  sessions: readonly SessionRecord[] | undefined,
  now: number
): MissedSessions {
  const repos = useRepositories()
  // The ids change whenever a session turns missed, is logged, or an option settles them.
  const missedIds = useMemo(
    () =>
      unresolvedMissed(plan, sessions ?? [], now)
        .map((session) => session.id)
        .join('\n'),
    [plan, sessions, now]
  )
  // Previews are kept with the missed ids they were made for, so a stale preview is never shown for other sessions.
  const [preview, setPreview] = useState<{ forIds: string; options: readonly MissedOptionPreview[] } | null>(null)
  // The missed sessions "Not now" answered, stored with the plan's settings; undefined while it is being read.
  const [dismissed, storeDismissed] = useStoredPreference(missedDismissedKey(plan.id), isIdList, NONE)
  // The header's count opens the prompt again whatever was dismissed, until the next "Not now".
  const [reopened, setReopened] = useState(false)

  useEffect(() => {
    if (missedIds === '') return
    let cancelled = false
    repos.plans.previewMissed(plan.id, Date.now()).then(
      (result) => {
        if (!cancelled && result.ok) setPreview({ forIds: missedIds, options: result.value.options })
      },
      (error: unknown) => console.error('Could not preview the missed-session options', error)
    )
    return () => {
      cancelled = true
    }
  }, [repos, plan.id, missedIds])

  const apply = useCallback(
    (option: MissedOptionPreview) => repos.plans.applyMissedOption(plan.id, option, Date.now()),
    [repos, plan.id]
  )
  const dismiss = useCallback(() => {
    setReopened(false)
    storeDismissed(missedIds === '' ? [] : missedIds.split('\n')).catch((error: unknown) =>
      console.error('Could not store the dismissed missed sessions', error)
    )
  }, [missedIds, storeDismissed])
  const reopen = useCallback(() => setReopened(true), [])

  const ids = missedIds === '' ? [] : missedIds.split('\n')
  const count = ids.length
  const answered = dismissed !== undefined && ids.every((id) => dismissed.includes(id))
  const prompt =
    count > 0 && preview?.forIds === missedIds && dismissed !== undefined && (reopened || !answered)
      ? { missedCount: count, options: preview.options, today: localDateOf(now, plan.settings.timeZone) }
      : null
  return { count, prompt, reopen, apply, dismiss }
}
