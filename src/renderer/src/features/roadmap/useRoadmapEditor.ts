// Applies roadmap edits, track choices and known topics to the current plan, refusing broken ones, with undo.
import { useCallback, useState } from 'react'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import type { PlanSettings } from '../../../../shared/domain/plan'
import { useRepositories } from '../../db/DatabaseContext'
import type { PlanRecord } from '../../db/PlannerDB'
import { checkEdit } from './roadmapEdits'
import { popUndo, pushUndo, useUndoHistory } from './undoHistory'

export interface RoadmapEditor {
  /** The last refusal or failure, shown inline; null after a successful operation. */
  readonly problem: string | null
  /** What Undo would revert next, or null when there is nothing to undo. */
  readonly undoLabel: string | null
  /**
   * Validates and stores `edited` (which re-plans). Resolves null when saved, else the refusal; `inline` leaves showing
   * it to the caller (a form shows it next to its fields) instead of the screen's banner.
   */
  apply(edited: Roadmap, label: string, inline?: boolean): Promise<string | null>
  chooseTrack(stageId: string, trackId: string): Promise<boolean>
  /** Marks a topic as already known (its work is not planned) or takes the mark away. */
  setKnown(topicId: string, known: boolean, title: string): Promise<boolean>
  undo(): Promise<void>
  report(problem: string | null): void
}

export function useRoadmapEditor(plan: PlanRecord, roadmap: Roadmap): RoadmapEditor {
  const repos = useRepositories()!
  const [problem, setProblem] = useState<string | null>(null)
  const history = useUndoHistory(plan.id)
  const lastStep = history.at(-1)

  const apply = useCallback(
    async (edited: Roadmap, label: string, inline = false) => {
      const checked = checkEdit(edited, roadmap)
      const result = checked.ok ? await repos.roadmaps.editRoadmap(checked.roadmap, Date.now()) : null
      const refusal = !checked.ok ? checked.message : result && !result.ok ? `Not saved: ${result.error.message}` : null
      setProblem(inline ? null : refusal)
      if (refusal === null) pushUndo(plan.id, { kind: 'roadmap', label, previous: roadmap })
      return refusal
    },
    [repos, roadmap, plan.id]
  )

  const changeSettings = useCallback(
    async (settings: PlanSettings, label: string) => {
      const result = await repos.plans.updatePlan(plan.id, { settings }, Date.now())
      setProblem(result.ok ? null : `Not changed: ${result.error.message}`)
      if (result.ok) pushUndo(plan.id, { kind: 'settings', label, previous: plan.settings })
      return result.ok
    },
    [repos, plan]
  )

  const chooseTrack = useCallback(
    (stageId: string, trackId: string) => changeSettings({ ...plan.settings, trackChoices: { ...plan.settings.trackChoices, [stageId]: trackId } }, 'track choice'),
    [changeSettings, plan.settings]
  )

  const setKnown = useCallback(
    (topicId: string, known: boolean, title: string) => {
      const others = (plan.settings.knownTopics ?? []).filter((id) => id !== topicId)
      const knownTopics = known ? [...others, topicId] : others
      return changeSettings({ ...plan.settings, knownTopics }, `${known ? 'mark' : 'unmark'} of ${title} as known`)
    },
    [changeSettings, plan.settings]
  )

  const undo = useCallback(async () => {
    if (!lastStep) return
    const now = Date.now()
    const result = lastStep.kind === 'roadmap' ? await repos.roadmaps.editRoadmap(lastStep.previous, now) : await repos.plans.updatePlan(plan.id, { settings: lastStep.previous }, now)
    setProblem(result.ok ? null : `Could not undo: ${result.error.message}`)
    if (result.ok) popUndo(plan.id)
  }, [repos, plan.id, lastStep])

  return { problem, undoLabel: lastStep?.label ?? null, apply, chooseTrack, setKnown, undo, report: setProblem }
}
