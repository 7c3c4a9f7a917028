// Shows a dragged session's re-planned week at once and stores it in the background; a refused or failed save rolls back.
// Also shows what an operation has just stored, before the live query has read it back.
import { useCallback, useState } from 'react'
import type { SessionRecord } from '../../db/PlannerDB'
import { previewMove, type PlanSnapshot, type SessionMove } from './movePreview'

/** The sessions to show, and `move`, which shows the preview and resolves once the store has answered. */
export interface OptimisticMove {
  readonly sessions: readonly SessionRecord[] | undefined
  move(move: SessionMove, now: number, store: () => Promise<boolean>): Promise<void>
  /**
   * Shows `sessions`, the whole plan as an operation has just stored (committed) it, until the live query's next
   * result: the repaint need not wait for the plan to be read back from the database.
   */
  show(sessions: readonly SessionRecord[]): void
}

const byStart = (a: SessionRecord, b: SessionRecord) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * `snapshot` is the stored plan (its `sessions` straight from the live query). A preview is shown while those stored
 * sessions are the ones it was made from: the live query's next result (the stored re-plan) replaces it. `store` must
 * write the move (with strict durability) and say whether it was accepted; on refusal or error the preview is dropped
 * and the promise rejects, so the calendar puts the block back.
 */
export function useOptimisticMove(snapshot: PlanSnapshot | undefined): OptimisticMove {
  const [pending, setPending] = useState<{ base: readonly SessionRecord[]; sessions: readonly SessionRecord[] } | null>(null)
  const stored = snapshot?.sessions
  const move = useCallback(
    async (change: SessionMove, now: number, store: () => Promise<boolean>) => {
      const preview = snapshot ? previewMove(snapshot, change, now) : null
      const base = snapshot?.sessions
      if (preview && base) setPending({ base, sessions: preview.sessions })
      const rollBack = () => setPending((current) => (current?.base === base ? null : current))
      let accepted = false
      try {
        accepted = await store()
      } finally {
        if (!accepted) rollBack()
      }
      if (!accepted) throw new Error('The move was not saved.')
    },
    [snapshot]
  )
  const show = useCallback(
    (sessions: readonly SessionRecord[]) => {
      // In the live query's order (by start time, then id), so a screen sees the same list either way.
      if (stored) setPending({ base: stored, sessions: [...sessions].sort(byStart) })
    },
    [stored]
  )
  return { sessions: pending && pending.base === stored ? pending.sessions : stored, move, show }
}
