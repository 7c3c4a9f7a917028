// Notices planned sessions that ended without being done, previews the engine's options, and applies the chosen one.
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { LocalDate } from '../../../../shared/domain/time'
import type { MissedOptionPreview } from '../../../../shared/scheduling/missed'
import { useRepositories } from '../../db/DatabaseContext'
import type { PlanRecord, SessionRecord } from '../../db/PlannerDB'
import { isMissed } from '../../db/planRepository'
import type { OperationResult } from '../../db/operationResult'
import { localDateOf } from '../../../../shared/scheduling/zonedDates'

export interface MissedPrompt {
  readonly missedCount: number
  readonly options: readonly MissedOptionPreview[]
  readonly today: LocalDate
}

export interface MissedSessions {
  /** The prompt to show, or null when nothing was missed (or the learner said "not now"). */
  readonly prompt: MissedPrompt | null
  apply(option: MissedOptionPreview): Promise<OperationResult<unknown>>
  dismiss(): void
}

export function useMissedSessions(plan: PlanRecord, sessions: readonly SessionRecord[] | undefined, now: number): MissedSessions {
  const repos = useRepositories()!
  // Only sessions that ended count as missed; the ids change whenever a re-plan removes or adds one.
  const missedIds = useMemo(
    () => (sessions ?? []).filter((session) => isMissed(session, now)).map((session) => session.id).join('\n'),
    [sessions, now]
  )
  // Previews are kept with the missed ids they were made for, so a stale preview is never shown for other sessions.
  const [preview, setPreview] = useState<{ forIds: string; options: readonly MissedOptionPreview[] } | null>(null)
  const [dismissedFor, setDismissedFor] = useState<string | null>(null)

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

  const apply = useCallback((option: MissedOptionPreview) => repos.plans.applyMissedOption(plan.id, option, Date.now()), [repos, plan.id])
  const dismiss = useCallback(() => setDismissedFor(missedIds), [missedIds])

  const prompt =
    missedIds !== '' && preview?.forIds === missedIds && dismissedFor !== missedIds
      ? { missedCount: missedIds.split('\n').length, options: preview.options, today: localDateOf(now, plan.settings.timeZone) }
      : null
  return { prompt, apply, dismiss }
}
