// Shows what the learner's action on a session does at once (done, skip, a drag) and stores it in the background; a
// refused or failed save rolls back. Also shows what an operation has just stored, before the live query reads it back.
import { useCallback, useState } from 'react'
import type { SessionAction } from '../../../../shared/scheduling/sessionActions'
import type { SessionRecord } from '../../db/PlannerDB'
import { previewSessionAction, type PlanSnapshot } from './actionPreview'

/** The sessions to show, `act`, which shows an action's preview until the store answers, and `show`. */
export interface OptimisticPlan {
  readonly sessions: readonly SessionRecord[] | undefined
  /** True while an action shown at once is still being stored (closing the app then could lose it). */
  readonly saving: boolean
  /** Resolves whether the store accepted the action; when it did not, the preview is already gone. */
  act(sessionId: string, action: SessionAction, now: number, store: () => Promise<boolean>): Promise<boolean>
  /**
   * Shows `sessions`, the whole plan as an operation has just stored (committed) it, until the live query's next
   * result: the repaint need not wait for the plan to be read back from the database.
   */
  show(sessions: readonly SessionRecord[]): void
}

const byStart = (a: SessionRecord, b: SessionRecord) =>
  a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * `snapshot` is the stored plan (its `sessions` straight from the live query). A preview is shown while those stored
 * sessions are the ones it was made from: the live query's next result (the stored re-plan) replaces it. `store` must
 * write the action (with strict durability) and say whether it was accepted; a store that throws counts as refused.
 */
export function useOptimisticPlan(snapshot: PlanSnapshot | undefined): OptimisticPlan {
  const [pending, setPending] = useState<{ base: readonly SessionRecord[]; sessions: readonly SessionRecord[] } | null>(
    null
  )
  const [writes, setWrites] = useState(0)
  const stored = snapshot?.sessions
  const act = useCallback(
    async (sessionId: string, action: SessionAction, now: number, store: () => Promise<boolean>) => {
      // The write starts first: its reads run in the database while the preview is worked out and painted.
      setWrites((count) => count + 1)
      const storing = store()
        .catch(() => false)
        .finally(() => setWrites((count) => count - 1))
      const preview = snapshot ? previewSessionAction(snapshot, sessionId, action, now) : null
      const base = snapshot?.sessions
      if (preview && base) setPending({ base, sessions: preview.sessions })
      const accepted = await storing
      if (!accepted) setPending((current) => (current?.base === base ? null : current))
      return accepted
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
  return { sessions: pending && pending.base === stored ? pending.sessions : stored, saving: writes > 0, act, show }
}
