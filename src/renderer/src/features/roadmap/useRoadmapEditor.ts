// Applies roadmap edits and track choices to the current plan, refusing broken ones, with a one-step undo.
import { useCallback, useState } from 'react'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import type { PlanSettings } from '../../../../shared/domain/plan'
import { useRepositories } from '../../db/DatabaseContext'
import type { PlanRecord } from '../../db/PlannerDB'
import { checkEdit } from './roadmapEdits'

/** What Undo reverts: a roadmap edit (re-applied from the roadmap before it) or a plan change (the plan's own undo). */
type UndoStep = { readonly label: string } & ({ readonly kind: 'roadmap'; readonly previous: Roadmap } | { readonly kind: 'plan' })

export interface RoadmapEditor {
  /** The last refusal or failure, shown inline; null after a successful operation. */
  readonly problem: string | null
  readonly undoLabel: string | null
  /**
   * Validates and stores `edited` (which re-plans). Resolves null when saved, else the refusal; `inline` leaves showing
   * it to the caller (a form shows it next to its fields) instead of the screen's banner.
   */
  apply(edited: Roadmap, label: string, inline?: boolean): Promise<string | null>
  chooseTrack(stageId: string, trackId: string): Promise<boolean>
  undo(): Promise<void>
  report(problem: string | null): void
}

export function useRoadmapEditor(plan: PlanRecord, roadmap: Roadmap): RoadmapEditor {
  const repos = useRepositories()!
  const [problem, setProblem] = useState<string | null>(null)
  const [step, setStep] = useState<UndoStep | null>(null)

  const apply = useCallback(
    async (edited: Roadmap, label: string, inline = false) => {
      const checked = checkEdit(edited, roadmap)
      const result = checked.ok ? await repos.roadmaps.editRoadmap(checked.roadmap, Date.now()) : null
      const refusal = !checked.ok ? checked.message : result && !result.ok ? `Not saved: ${result.error.message}` : null
      setProblem(inline ? null : refusal)
      if (refusal === null) setStep({ kind: 'roadmap', label, previous: roadmap })
      return refusal
    },
    [repos, roadmap]
  )

  const chooseTrack = useCallback(
    async (stageId: string, trackId: string) => {
      const settings: PlanSettings = { ...plan.settings, trackChoices: { ...plan.settings.trackChoices, [stageId]: trackId } }
      const result = await repos.plans.updatePlan(plan.id, { settings }, Date.now())
      setProblem(result.ok ? null : `Not changed: ${result.error.message}`)
      if (result.ok) setStep({ kind: 'plan', label: 'track choice' })
      return result.ok
    },
    [repos, plan]
  )

  const undo = useCallback(async () => {
    if (!step) return
    const result = step.kind === 'roadmap' ? await repos.roadmaps.editRoadmap(step.previous, Date.now()) : await repos.sessions.undo(plan.id)
    setProblem(result.ok ? null : `Could not undo: ${result.error.message}`)
    if (result.ok) setStep(null)
  }, [repos, plan.id, step])

  return { problem, undoLabel: step?.label ?? null, apply, chooseTrack, undo, report: setProblem }
}
