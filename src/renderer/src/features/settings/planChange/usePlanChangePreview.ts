// The previewed effect of the plan section's change, re-planned (without storing) once the learner pauses.
import { useEffect, useState } from 'react'
import { useRepositories } from '../../../db/DatabaseContext'
import type { PlanChangePreview, PlanEdit } from '../../../db/planRepository'
import { useDebouncedValue } from '../../../components/useDebouncedValue'
import type { ProblemMessage } from '../../../../../shared/validation/problemText'

/** Where the preview of a change stands. */
export type PlanChangePreviewState =
  | { readonly status: 'unchanged' }
  | { readonly status: 'updating' }
  | { readonly status: 'ready'; readonly preview: PlanChangePreview }
  | { readonly status: 'refused'; readonly message: ProblemMessage; readonly where?: string }

type Settled = Exclude<PlanChangePreviewState, { status: 'unchanged' | 'updating' }>

/**
 * The preview of applying `change` (null: nothing changed) to the plan at `now`. It follows the change after `delayMs`
 * of quiet and is redone when the stored plan moves on (`planVersion`, e.g. after an undo elsewhere).
 */
export function usePlanChangePreview(
  planId: string,
  planVersion: number,
  change: PlanEdit | null,
  now: number,
  delayMs = 150
): PlanChangePreviewState {
  const repos = useRepositories()
  const changeKey = change === null ? null : JSON.stringify(change)
  const settledKey = useDebouncedValue(changeKey, delayMs)
  const [result, setResult] = useState<{ readonly key: string; readonly state: Settled } | null>(null)

  // No change now (e.g. just applied, so the draft is the stored plan): no preview, even while the debounce catches up.
  const idle = changeKey === null
  useEffect(() => {
    if (settledKey === null || idle) return
    let current = true
    void repos.plans.previewPlanChange(planId, JSON.parse(settledKey) as PlanEdit, now).then((outcome) => {
      if (!current) return
      const state: Settled = outcome.ok
        ? { status: 'ready', preview: outcome.value }
        : outcome.error.where === undefined
          ? { status: 'refused', message: outcome.error.ref ?? outcome.error.message }
          : { status: 'refused', message: outcome.error.ref ?? outcome.error.message, where: outcome.error.where }
      setResult({ key: `${planVersion}:${settledKey}`, state })
    })
    return () => {
      current = false
    }
  }, [repos, planId, planVersion, settledKey, now, idle])

  if (changeKey === null) return { status: 'unchanged' }
  return result?.key === `${planVersion}:${changeKey}` ? result.state : { status: 'updating' }
}
