// What the plan looks like right after a drag, before the database has stored it: the moved session pinned and the
// rest re-planned by the same engine call the session repository makes, so the stored result normally matches it.
import type { Roadmap } from '../../../../shared/domain/roadmap'
import type { PlanRecord, ReviewRow, SessionRecord } from '../../db/PlannerDB'
import { replanRecords } from '../../db/planState'

const MINUTE_MS = 60_000

/** A planned session dragged or resized to new instants. */
export interface SessionMove {
  readonly sessionId: string
  readonly startMs: number
  readonly endMs: number
}

/** What the preview knows about the plan: its record, roadmap and sessions, and its recall ratings when known. */
export interface PlanSnapshot {
  readonly plan: PlanRecord
  readonly roadmap: Roadmap
  readonly sessions: readonly SessionRecord[]
  /** null when the ratings were not read; a plan with no done session has none (a rating comes with a done session). */
  readonly reviews: readonly ReviewRow[] | null
}

/** The sessions to show after `move`, and whether the rest was re-planned (or only the moved session pinned). */
export interface MovePreview {
  readonly sessions: readonly SessionRecord[]
  readonly replanned: boolean
}

/**
 * The plan after `move` at `now`, as sessionRepository.moveSession would store it: history as it is, the moved one
 * pinned at its new time, the week ahead kept, everything after it placed by the engine. Null when the move
 * would be refused (unknown or not planned session, empty span). When ratings are unknown and could exist, only the
 * moved session changes: the stored re-plan follows moments later.
 */
export function previewMove(snapshot: PlanSnapshot, move: SessionMove, now: number): MovePreview | null {
  const found = snapshot.sessions.find((session) => session.id === move.sessionId)
  if (!found || found.status !== 'planned' || !(move.endMs > move.startMs)) return null
  const moved: SessionRecord = { ...found, startMs: move.startMs, endMs: move.endMs, pinned: true, minutes: Math.round((move.endMs - move.startMs) / MINUTE_MS) }
  const sessions = snapshot.sessions.map((session) => (session.id === moved.id ? moved : session))
  const reviews = snapshot.reviews ?? (sessions.some((session) => session.status === 'done') ? null : [])
  if (reviews === null) return { sessions: byStart(sessions), replanned: false }
  const result = replanRecords({ plan: snapshot.plan, roadmap: snapshot.roadmap, sessions, reviews }, now, 'keep-week')
  if (!result.ok) return null
  return { sessions: byStart(result.sessions), replanned: true }
}

/** The order the database returns a plan's sessions in: by start, then by id. */
function byStart(sessions: SessionRecord[]): SessionRecord[] {
  return sessions.sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
