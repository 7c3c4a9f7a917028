// The one door of every CalDAV request: tsdav and our own requests get this fetch, never the global one. It adds the
// account's Basic credentials, keeps them on the account's origin, bounds each request's time and turns transport
// failures into CalDavFailure values.
import { CalDavFailure, type CalDavError } from './caldavErrors'

/** The subset of fetch the CalDAV modules use: the global fetch fits, and tests pass their own. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

export interface DavFetchOptions {
  /** The real fetch (globalThis.fetch in main). */
  readonly fetch: FetchLike
  /** The only origin requests may go to, e.g. 'https://dav.example.org'. */
  readonly origin: string
  readonly username: string
  readonly password: string
  /** Each request (headers and body) must finish within this time. */
  readonly timeoutMs: number
}

/** Default time a request may take: a calendar-query of 1,000 events on a slow server still fits. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000

function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`
}

const CERTIFICATE_CODE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/

/** A rejected fetch as the learner would want it named: no answer, or a certificate not trusted. */
export function transportError(error: unknown, timeoutMs: number): CalDavError {
  if (error instanceof CalDavFailure) return error.error
  const name = error instanceof Error ? error.name : ''
  if (name === 'TimeoutError') return { kind: 'unreachable', detail: `no answer within ${timeoutMs / 1000} s` }
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined
  const code = typeof cause?.code === 'string' ? cause.code : ''
  if (CERTIFICATE_CODE.test(code)) return { kind: 'certificate-invalid', detail: code }
  const detail = code || (typeof cause?.message === 'string' ? cause.message : '') || String(error)
  return { kind: 'unreachable', detail }
}

/**
 * A fetch for one account: refuses (throws CalDavFailure 'other-origin') any URL outside `origin` before sending,
 * never follows redirects (a 3xx comes back as it is, for tsdav's RFC 6764 discovery to read), sends the
 * credentials preemptively, throws CalDavFailure 'wrong-password' on a 401 and the transport errors above.
 */
export function createDavFetch(options: DavFetchOptions): FetchLike {
  const authorization = basicAuthorization(options.username, options.password)
  return async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (url.origin !== options.origin) throw new CalDavFailure({ kind: 'other-origin', url: url.origin })
    const headers = new Headers(init.headers)
    headers.set('authorization', authorization)
    const timeout = AbortSignal.timeout(options.timeoutMs)
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    let response: Response
    try {
      response = await options.fetch(url, { ...init, headers, signal, redirect: 'manual' })
    } catch (error) {
      throw new CalDavFailure(transportError(error, options.timeoutMs))
    }
    if (response.status === 401) {
      await response.body?.cancel()
      throw new CalDavFailure({ kind: 'wrong-password' })
    }
    return response
  }
}
