// What can go wrong talking to a CalDAV server, as values the Settings screen can put into words (issue 21).

/** A failure of a whole CalDAV operation (connect, discover, list, publish), never of one event. */
export type CalDavError =
  /** The server address is not a URL, or not http(s). */
  | { readonly kind: 'invalid-url' }
  /** http:// to a host that is not this machine: refused before any request, as credentials would travel in clear. */
  | { readonly kind: 'insecure-url' }
  /** 401: the user name or the (app) password is wrong. */
  | { readonly kind: 'wrong-password' }
  /** 403: the account may not do this (read-only calendar, another user's collection). */
  | { readonly kind: 'forbidden' }
  /** No answer: DNS, refused connection, reset, or no response within the time limit. */
  | { readonly kind: 'unreachable'; readonly detail: string }
  /** The TLS certificate is expired, self-signed, for another name or otherwise not trusted. */
  | { readonly kind: 'certificate-invalid'; readonly detail: string }
  /** 404 or 410 on the chosen calendar: it was deleted on the server (or moved). */
  | { readonly kind: 'calendar-gone' }
  /** The server answers HTTP but not as a CalDAV server (no principal, no calendar home, no multistatus). */
  | { readonly kind: 'not-caldav' }
  /** A redirect or a link to another origin: not followed, so credentials never reach another host. */
  | { readonly kind: 'other-origin'; readonly url: string }
  /** An answer longer than the size limit (by its Content-Length, or counted as it arrived): refused, not read. */
  | { readonly kind: 'response-too-large'; readonly limitBytes: number }
  /**
   * A multistatus answer that cannot be trusted: its XML is cut off or malformed, its root is not DAV:multistatus, or
   * it lists an event without its ETag. (A 2xx that is no multistatus at all, such as an HTML page, is 'not-caldav'.)
   */
  | { readonly kind: 'bad-response'; readonly detail: string }
  /** Any other unexpected status (5xx, 3xx we do not follow, 4xx not listed above). */
  | { readonly kind: 'server-error'; readonly status: number }

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
