// Which stages the learner opened or closed on the roadmap screen, kept for the session (leaving the screen and coming
// back finds them as they were); a stage the learner never toggled follows its default.
import { useReducer } from 'react'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import type { StageReport } from '../../../../shared/domain/schedule'

// Module state rather than component state: the screen unmounts when another one is opened. Keyed by plan and stage.
const choices = new Map<string, boolean>()

/**
 * The stage the learner is working through: the first one the plan studies with hours still to do (undefined when
 * every stage is done or the plan has no report yet, then the first stage).
 */
export function currentStageId(roadmap: Roadmap, stages: readonly StageReport[] | undefined): string | undefined {
  if (!stages) return roadmap.stages[0]?.id
  return roadmap.stages.find((stage) => {
    const report = stages.find((candidate) => candidate.stageId === stage.id)
    return report !== undefined && report.doneMinutes < report.totalMinutes
  })?.id
}

/**
 * Whether a stage shows its topics, and a setter that remembers the learner's choice for the session. The default is
 * taken the first time the stage is shown and then kept, so a stage does not close under the learner's hands when its
 * last topic is marked known, nor a new stage when its first topic is added.
 */
export function useStageOpen(planId: string, stageId: string, byDefault: boolean): [boolean, (open: boolean) => void] {
  const [, rerender] = useReducer((count: number) => count + 1, 0)
  const key = `${planId}\u0000${stageId}`
  let open = choices.get(key)
  if (open === undefined) choices.set(key, (open = byDefault))
  const setOpen = (next: boolean) => {
    choices.set(key, next)
    rerender()
  }
  return [open, setOpen]
}

/** Forgets every choice, as a restart does (tests start each from a fresh database whose plans reuse ids). */
export function forgetStageChoices(): void {
  choices.clear()
}

/** The id of a stage's open/close button, so focus can return to the stage (after an undo brings it back). */
export function stageToggleId(stageId: string): string {
  return `stage-toggle-${stageId.replace(/[^A-Za-z0-9_-]/g, '_')}`
}
