// What the learner's own actions do to one session: mark done, skip, move. One home, so the repository that stores an
// action and the calendar that shows it before it is stored cannot disagree.
import type { RecallRating, ReviewRecord } from '../domain/plan'
import { NO_TOPIC, type Session } from '../domain/session'
import type { EpochMs } from '../domain/time'
import { messageRef, type MessageRef } from '../i18n/ref'
import { MINUTE_MS } from '../time'

/** Something the learner does to one session. */
export type SessionAction =
  /**
   * Studied it: the minutes actually spent (whole minutes, 0-1440) become its work. `rating` is how well the learner
   * recalled the topic (a finished review asks for it): one click records both, so it is one action.
   */
  | { readonly kind: 'done'; readonly actualMinutes: number; readonly rating?: RecallRating }
  /** Let it go: its slot stays free and its work is placed again after the week ahead. */
  | { readonly kind: 'skip' }
  /** Put it elsewhere (keeping its length unless `endMs` is given): it becomes pinned there. */
  | { readonly kind: 'move'; readonly startMs: EpochMs; readonly endMs?: EpochMs }

/** The session after an action, or why the action does not apply to it (with the field at fault). */
export type ActionOutcome<S> =
  | { readonly ok: true; readonly session: S }
  | { readonly ok: false; readonly message: MessageRef; readonly where?: string }

type ActedOn = Pick<Session, 'status' | 'pinned' | 'startMs' | 'endMs' | 'minutes'>

const RATINGS: ReadonlySet<string> = new Set<RecallRating>(['again', 'hard', 'good', 'easy'])

/** Whether `rating` is one of the four recall ratings (stored data and callers from outside TypeScript may hold anything). */
export function isRecallRating(rating: unknown): rating is RecallRating {
  return typeof rating === 'string' && RATINGS.has(rating)
}

/** Whether `minutes` can be logged as a session's actual minutes. */
export function isActualMinutes(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= 0 && minutes <= 1440
}

/** `session` after `action`; refused when the action does not apply to a session in its state. */
export function applySessionAction<S extends ActedOn>(session: S, action: SessionAction): ActionOutcome<S> {
  switch (action.kind) {
    case 'done':
      if (!isActualMinutes(action.actualMinutes))
        return { ok: false, message: messageRef('errors.session.actualMinutes'), where: 'actualMinutes' }
      // A skipped or missed session can still be logged as done later.
      if (session.status === 'done') return { ok: false, message: messageRef('errors.session.alreadyDone') }
      return { ok: true, session: { ...session, status: 'done', pinned: false, minutes: action.actualMinutes } }
    case 'skip':
      if (session.status !== 'planned')
        return { ok: false, message: messageRef('errors.session.skipNotPlanned', { status: session.status }) }
      return { ok: true, session: { ...session, status: 'skipped', pinned: false } }
    case 'move': {
      if (session.status !== 'planned')
        return { ok: false, message: messageRef('errors.session.moveNotPlanned', { status: session.status }) }
      const { startMs } = action
      const endMs = action.endMs ?? startMs + (session.endMs - session.startMs)
      if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs <= startMs)
        return { ok: false, message: messageRef('errors.session.endBeforeStart'), where: 'endMs' }
      return {
        ok: true,
        session: { ...session, startMs, endMs, pinned: true, minutes: Math.round((endMs - startMs) / MINUTE_MS) }
      }
    }
  }
}

type PlanSession = ActedOn & Pick<Session, 'id' | 'topicId'>

/** A plan's sessions after an action on one of them, and the recall rating the action records (null when none). */
export type PlanActionOutcome<S> =
  | { readonly ok: true; readonly session: S; readonly sessions: S[]; readonly rating: ReviewRecord | null }
  | { readonly ok: false; readonly message: MessageRef; readonly where?: string }

/**
 * What `action` at `now` on the session with id `sessionId` does to a plan's `sessions`: that session changed as
 * {@link applySessionAction} says, the others unchanged and in their order, and the rating a finished review records.
 * The one place both the repository that stores an action and the calendar that previews it get it from. Refused
 * when no session has that id, the action does not apply, or a rating is bad or is for a session on no topic.
 */
export function applySessionActionToPlan<S extends PlanSession>(
  sessions: readonly S[],
  sessionId: string,
  action: SessionAction,
  now: EpochMs
): PlanActionOutcome<S> {
  const found = sessions.find((session) => session.id === sessionId)
  if (!found) return { ok: false, message: messageRef('errors.session.unknown', { id: sessionId }) }
  const outcome = applySessionAction(found, action)
  if (!outcome.ok) return outcome
  const rating = action.kind === 'done' && action.rating !== undefined ? action.rating : null
  if (rating !== null && !isRecallRating(rating))
    return { ok: false, message: messageRef('errors.session.badRating'), where: 'rating' }
  if (rating !== null && found.topicId === NO_TOPIC)
    return { ok: false, message: messageRef('errors.session.noTopicRating'), where: 'rating' }
  return {
    ok: true,
    session: outcome.session,
    sessions: sessions.map((session) => (session === found ? outcome.session : session)),
    rating: rating === null ? null : { topicId: found.topicId, rating, ratedAtMs: now }
  }
}
