// What the learner's own actions do to one session: mark done, skip, move. One home, so the repository that stores an
// action and the calendar that shows it before it is stored cannot disagree.
import type { Session } from '../domain/session'
import type { EpochMs } from '../domain/time'

const MINUTE_MS = 60_000

/** Something the learner does to one session. */
export type SessionAction =
  /** Studied it: the minutes actually spent (whole minutes, 0-1440) become its work. */
  | { readonly kind: 'done'; readonly actualMinutes: number }
  /** Let it go: its slot stays free and its work is placed again after the week ahead. */
  | { readonly kind: 'skip' }
  /** Put it elsewhere (keeping its length unless `endMs` is given): it becomes pinned there. */
  | { readonly kind: 'move'; readonly startMs: EpochMs; readonly endMs?: EpochMs }

/** The session after an action, or why the action does not apply to it (with the field at fault). */
export type ActionOutcome<S> = { readonly ok: true; readonly session: S } | { readonly ok: false; readonly message: string; readonly where?: string }

type ActedOn = Pick<Session, 'status' | 'pinned' | 'startMs' | 'endMs' | 'minutes'>

/** Whether `minutes` can be logged as a session's actual minutes. */
export function isActualMinutes(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= 0 && minutes <= 1440
}

/** `session` after `action`; refused when the action does not apply to a session in its state. */
export function applySessionAction<S extends ActedOn>(session: S, action: SessionAction): ActionOutcome<S> {
  switch (action.kind) {
    case 'done':
      if (!isActualMinutes(action.actualMinutes)) return { ok: false, message: 'Actual minutes must be a whole number from 0 to 1440.', where: 'actualMinutes' }
      // A skipped or missed session can still be logged as done later.
      if (session.status === 'done') return { ok: false, message: 'This session is already done.' }
      return { ok: true, session: { ...session, status: 'done', pinned: false, minutes: action.actualMinutes } }
    case 'skip':
      if (session.status !== 'planned') return { ok: false, message: `Only a planned session can be skipped; this one is ${session.status}.` }
      return { ok: true, session: { ...session, status: 'skipped', pinned: false } }
    case 'move': {
      if (session.status !== 'planned') return { ok: false, message: `Only a planned session can be moved; this one is ${session.status}.` }
      const { startMs } = action
      const endMs = action.endMs ?? startMs + (session.endMs - session.startMs)
      if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs <= startMs) return { ok: false, message: 'The session must end after it starts.', where: 'endMs' }
      return { ok: true, session: { ...session, startMs, endMs, pinned: true, minutes: Math.round((endMs - startMs) / MINUTE_MS) } }
    }
  }
}
