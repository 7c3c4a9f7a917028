// The roadmap screen's undo history: kept per plan for the whole app session, so it survives leaving the screen.
import { useSyncExternalStore } from 'react'
import type { PlanSettings } from '../../../../shared/domain/plan'
import type { Roadmap } from '../../../../shared/domain/roadmap'

/** What one Undo restores: the roadmap or the plan settings as they were before an edit. */
export type UndoStep = { readonly label: string } & ({ readonly kind: 'roadmap'; readonly previous: Roadmap } | { readonly kind: 'settings'; readonly previous: PlanSettings })

/** Enough to walk back a working session's edits without keeping whole roadmaps forever. */
const MAX_STEPS = 30
const NO_STEPS: readonly UndoStep[] = []
const historyByPlan = new Map<string, readonly UndoStep[]>()
const listeners = new Set<() => void>()

function update(planId: string, steps: readonly UndoStep[]): void {
  historyByPlan.set(planId, steps)
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Records a step that Undo can revert, newest last. */
export function pushUndo(planId: string, step: UndoStep): void {
  update(planId, [...(historyByPlan.get(planId) ?? NO_STEPS), step].slice(-MAX_STEPS))
}

/** Drops the newest step once it has been reverted. */
export function popUndo(planId: string): void {
  update(planId, (historyByPlan.get(planId) ?? NO_STEPS).slice(0, -1))
}

/** The plan's steps, newest last; re-renders the caller when they change. */
export function useUndoHistory(planId: string): readonly UndoStep[] {
  return useSyncExternalStore(subscribe, () => historyByPlan.get(planId) ?? NO_STEPS)
}
