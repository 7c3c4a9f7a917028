// What can go wrong talking to a CalDAV server, as values the Settings screen can put into words (issue 21). The
// errors themselves are part of the IPC contract, so they are defined once, in src/shared/ipc/calendarSync.ts.
import type { CalDavError } from '../../shared/ipc/calendarSync'

export type { CalDavError }

export type CalDavResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: CalDavError }

/** Thrown inside the CalDAV modules (through tsdav's calls) and turned back into a CalDavError at their edge. */
export class CalDavFailure extends Error {
  override name = 'CalDavFailure'
  constructor(readonly error: CalDavError) {
    super(`CalDAV: ${error.kind}`)
  }
}

/** The whole-operation error a status means, for a request on a collection (a calendar or the account's home). */
export function errorOfCollectionStatus(status: number): CalDavError {
  if (status === 401) return { kind: 'wrong-password' }
  if (status === 403) return { kind: 'forbidden' }
  if (status === 404 || status === 410) return { kind: 'calendar-gone' }
  return { kind: 'server-error', status }
}

/** `error` as a CalDavError: a CalDavFailure's own, anything else (tsdav's plain Errors) as `fallback`. */
export function caldavErrorOf(error: unknown, fallback: CalDavError): CalDavError {
  return error instanceof CalDavFailure ? error.error : fallback
}
