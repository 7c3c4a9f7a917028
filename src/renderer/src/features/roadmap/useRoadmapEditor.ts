// Applies roadmap edits, track choices and known topics to the current plan, refusing broken ones, with undo.
import { useCallback, useState } from 'react'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import type { PlanSettings } from '../../../../shared/domain/plan'
import { useRepositories } from '../../db/DatabaseContext'
import { useUndoLabel } from '../../db/hooks'
import type { PlanRecord } from '../../db/PlannerDB'
import { UNDO_LABELS, type UndoLabel } from '../../db/undoLabels'
import { useT } from '../../i18n/translations'
import { errorText } from '../../../../shared/validation/problemText'
import { checkEdit } from './roadmapEdits'

export interface RoadmapEditor {
  /**
   * The roadmap to show: an edit that passed the checks shows at once, while it is stored and the plan re-planned; the
   * stored roadmap once it arrives, or again when the edit is refused.
   */
  readonly roadmap: Roadmap
  /** The last refusal or failure, shown inline; null after a successful operation. */
  readonly problem: string | null
  /** What Undo would revert next (the plan's undo history, shared with the calendar), or null when nothing. */
  readonly undoLabel: string | null
  /**
   * Validates and stores `edited` (which re-plans). Resolves null when saved, else the refusal; `inline` leaves showing
   * it to the caller (a form shows it next to its fields) instead of the screen's banner.
   */
  apply(edited: Roadmap, label: UndoLabel, inline?: boolean): Promise<string | null>
  chooseTrack(stageId: string, trackId: string): Promise<boolean>
  /** Marks a topic as already known (its work is not planned) or takes the mark away. */
  setKnown(topicId: string, known: boolean, title: string): Promise<boolean>
  undo(): Promise<void>
  report(problem: string | null): void
}

/** `roadmap` is the stored roadmap (from the live query). */
export function useRoadmapEditor(plan: PlanRecord, roadmap: Roadmap): RoadmapEditor {
  const repos = useRepositories()
  const t = useT()
  const [problem, setProblem] = useState<string | null>(null)
  const undoLabel = useUndoLabel(plan.id) ?? null
  // An edit being stored, shown while the stored roadmap is still the one it was made from.
  const [pending, setPending] = useState<{ readonly base: Roadmap; readonly edited: Roadmap } | null>(null)

  const apply = useCallback(
    async (edited: Roadmap, label: UndoLabel, inline = false) => {
      const checked = checkEdit(edited, roadmap, t)
      let refusal = checked.ok ? null : checked.message
      if (checked.ok) {
        setPending({ base: roadmap, edited: checked.roadmap })
        refusal = await repos.roadmaps.editRoadmap(checked.roadmap, Date.now(), label).then(
          (stored) => (stored.ok ? null : t('roadmap.editor.notSaved', { reason: errorText(t, stored.error) })),
          (error: unknown) =>
            t('roadmap.editor.writeFailed', { reason: error instanceof Error ? error.message : String(error) })
        )
        if (refusal !== null) setPending((current) => (current?.base === roadmap ? null : current))
      }
      setProblem(inline ? null : refusal)
      return refusal
    },
    [repos, roadmap, t]
  )

  const changeSettings = useCallback(
    async (settings: PlanSettings, label: UndoLabel) => {
      const result = await repos.plans.updatePlan(plan.id, { settings }, Date.now(), label)
      setProblem(result.ok ? null : t('roadmap.editor.notChanged', { reason: errorText(t, result.error) }))
      return result.ok
    },
    [repos, plan.id, t]
  )

  const chooseTrack = useCallback(
    (stageId: string, trackId: string) =>
      changeSettings(
        { ...plan.settings, trackChoices: { ...plan.settings.trackChoices, [stageId]: trackId } },
        UNDO_LABELS.trackChoice
      ),
    [changeSettings, plan.settings]
  )

  const setKnown = useCallback(
    (topicId: string, known: boolean, title: string) => {
      const others = (plan.settings.knownTopics ?? []).filter((id) => id !== topicId)
      const knownTopics = known ? [...others, topicId] : others
      return changeSettings(
        { ...plan.settings, knownTopics },
        known ? UNDO_LABELS.markKnown(title) : UNDO_LABELS.unmarkKnown(title)
      )
    },
    [changeSettings, plan.settings]
  )

  const undo = useCallback(async () => {
    const result = await repos.sessions.undo(plan.id, Date.now())
    setProblem(result.ok ? null : t('roadmap.editor.undoFailed', { reason: errorText(t, result.error) }))
  }, [repos, plan.id, t])

  const shown = pending && pending.base === roadmap ? pending.edited : roadmap
  return { roadmap: shown, problem, undoLabel, apply, chooseTrack, setKnown, undo, report: setProblem }
}
