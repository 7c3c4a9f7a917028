// What the plan looks like right after the learner acts on a session (done, skip, a drag), before the database has
// stored it: the same pure action (applySessionActionToPlan) and engine call the session repository makes, so the
// stored result matches it.
import type { Roadmap } from '../../../../shared/domain/roadmap'
import { applySessionActionToPlan, type SessionAction } from '../../../../shared/scheduling/sessionActions'
import type { PlanRecord, ReviewRow, SessionRecord } from '../../db/PlannerDB'
import { replanRecords } from '../../db/planState'

/** What the preview knows about the plan: its record, roadmap and sessions, and its recall ratings when known. */
export interface PlanSnapshot {
  readonly plan: PlanRecord
  readonly roadmap: Roadmap
  readonly sessions: readonly SessionRecord[]
  /** null when the ratings were not read; a plan with no done session has none (a rating comes with a done session). */
  readonly reviews: readonly ReviewRow[] | null
}

/** The sessions to show after an action, and whether the rest was re-planned (or only the session acted on changed). */
export interface ActionPreview {
  readonly sessions: readonly SessionRecord[]
  readonly replanned: boolean
}

/**
 * The plan after `action` on session `sessionId` at `now`, as sessionRepository would store it: history as it is, the
 * session changed, the week ahead kept, everything after it placed by the engine. Null when the action would be
 * refused (unknown session, a state the action does not apply to, an empty span). When ratings are unknown and could
 * exist, only the session acted on changes: the stored re-plan follows moments later.
 */
export function previewSessionAction(
  snapshot: PlanSnapshot,
  sessionId: string,
  action: SessionAction,
  now: number
): ActionPreview | null {
  const outcome = applySessionActionToPlan(snapshot.sessions, sessionId, action, now)
  if (!outcome.ok) return null
  const { sessions, rating } = outcome
  const known = snapshot.reviews ?? (sessions.some((session) => session.status === 'done') ? null : [])
  if (known === null) return { sessions: byStart(sessions), replanned: false }
  // The engine reads a rating's topic, instant and value; the id the repository gives it does not matter here.
  const reviews = rating ? [...known, { ...rating, id: 'preview', planId: snapshot.plan.id }] : known
  const result = replanRecords({ plan: snapshot.plan, roadmap: snapshot.roadmap, sessions, reviews }, now, 'keep-week')
  if (!result.ok) return null
  return { sessions: byStart(result.sessions), replanned: true }
}

/** The order the database returns a plan's sessions in: by start, then by id. */
function byStart(sessions: SessionRecord[]): SessionRecord[] {
  return sessions.sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
