// The one door of every CalDAV request: tsdav and our own requests get this fetch, never the global one. It adds the
// account's Basic credentials, keeps them on the account's origin and site, bounds each request's time (its body included) and
// size, refuses a PROPFIND or REPORT success that is not a whole multistatus, and turns failures into CalDavFailure
// values (issue 21, "Bad input and failure").
import { isAccountOrigin } from './accountSite'
import { CalDavFailure, type CalDavError } from './caldavErrors'
import { multistatusProblem } from './multistatusCheck'

/** The subset of fetch the CalDAV modules use: the global fetch fits, and tests pass their own. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

export interface DavFetchOptions {
  /** The real fetch (globalThis.fetch in main). */
  readonly fetch: FetchLike
  /** The account's origin, e.g. 'https://dav.example.org': requests go there or to its site (isAccountOrigin). */
  readonly origin: string
  readonly username: string
  readonly password: string
  /** Each request (headers and body) must finish within this time. */
  readonly timeoutMs: number
  /** The longest response body read, in bytes; DEFAULT_MAX_RESPONSE_BYTES when absent. */
  readonly maxResponseBytes?: number
}

/** Default time a request may take: a calendar-query of 1,000 events on a slow server still fits. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000

/**
 * Default size limit of one response body: an ETag listing of 1,000 events is ~300 KB, a calendar list a few KB, so
 * 16 MB is far beyond any honest answer while what tsdav builds from it stays within main's memory.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024

/** Statuses whose Response may not have a body. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

type ReadResult = Awaited<ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']>>

/** Methods whose success is a multistatus (RFC 4918 9.1, RFC 4791 7.1) that tsdav parses. */
const MULTISTATUS_METHODS = new Set(['PROPFIND', 'REPORT'])

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

/** `promise`, or the signal's reason once it aborts: a fetch or stream that ignores the signal cannot outlast it. */
async function beforeAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted()
  let onAbort: (() => void) | undefined
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([promise, aborted])
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort)
  }
}

interface BodyLimits {
  readonly maxBytes: number
  readonly signal: AbortSignal
  readonly timeoutMs: number
}

/**
 * `body` as it arrives, failing with a CalDavFailure once it passes `maxBytes` ('response-too-large') or the deadline
 * passes ('unreachable'); either way the connection is cancelled, so no more of it is read.
 */
function limitedBody(body: ReadableStream<Uint8Array>, limits: BodyLimits): ReadableStream<Uint8Array> {
  const reader = body.getReader()
  let received = 0
  const fail = (controller: ReadableStreamDefaultController<Uint8Array>, error: CalDavError): void => {
    controller.error(new CalDavFailure(error))
    reader.cancel().catch(() => {})
  }
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadResult
      try {
        chunk = await beforeAbort(reader.read(), limits.signal)
      } catch (error) {
        fail(controller, transportError(error, limits.timeoutMs))
        return
      }
      if (chunk.done) {
        controller.close()
        return
      }
      received += chunk.value.byteLength
      if (received > limits.maxBytes) {
        fail(controller, { kind: 'response-too-large', limitBytes: limits.maxBytes })
        return
      }
      controller.enqueue(chunk.value)
    },
    async cancel(reason) {
      await reader.cancel(reason)
    }
  })
}

/** `response` with `body` in place of its own, keeping its status, headers and URL (tsdav reads response.url). */
function withBody(response: Response, body: ConstructorParameters<typeof Response>[0]): Response {
  const copy = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers
  })
  Object.defineProperty(copy, 'url', { value: response.url })
  return copy
}

/**
 * A success of PROPFIND or REPORT, read (within the limits) and checked to be a whole DAV:multistatus document: any
 * other 2xx, or one that is not XML, comes from a server that does not speak WebDAV there ('not-caldav'); a 207 whose
 * XML is cut off, malformed or rooted elsewhere is a broken answer ('bad-response').
 */
async function checkedMultistatus(response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? ''
  if (response.status !== 207 || !type.toLowerCase().includes('xml')) {
    await response.body?.cancel()
    throw new CalDavFailure({ kind: 'not-caldav' })
  }
  const text = await response.text()
  const problem = multistatusProblem(text)
  if (problem !== null) throw new CalDavFailure({ kind: 'bad-response', detail: problem })
  return withBody(response, text)
}

/**
 * A fetch for one account: refuses (throws CalDavFailure 'other-origin') any URL outside `origin` and its site (see
 * isAccountOrigin) before sending,
 * never follows redirects (a 3xx comes back as it is, for tsdav's RFC 6764 discovery to read; the Location it names
 * is then one more URL that must be on `origin`), sends the credentials preemptively, throws CalDavFailure
 * 'wrong-password' on a 401 and the transport errors above. The response's body fails with 'response-too-large' past
 * `maxResponseBytes` (at once when its Content-Length says so) and with 'unreachable' when it is still arriving at
 * the deadline; a 2xx answer to PROPFIND or REPORT that is not a whole DAV:multistatus throws 'bad-response'.
 */
export function createDavFetch(options: DavFetchOptions): FetchLike {
  const authorization = basicAuthorization(options.username, options.password)
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES
  return async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (!isAccountOrigin(url, options.origin)) throw new CalDavFailure({ kind: 'other-origin', url: url.origin })
    const headers = new Headers(init.headers)
    headers.set('authorization', authorization)
    const timeout = AbortSignal.timeout(options.timeoutMs)
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    let response: Response
    try {
      response = await beforeAbort(options.fetch(url, { ...init, headers, signal, redirect: 'manual' }), signal)
    } catch (error) {
      throw new CalDavFailure(transportError(error, options.timeoutMs))
    }
    if (response.status === 401) {
      await response.body?.cancel()
      throw new CalDavFailure({ kind: 'wrong-password' })
    }
    if (!response.body || NULL_BODY_STATUSES.has(response.status)) return response
    const length = Number(response.headers.get('content-length') ?? '0')
    if (length > maxBytes) {
      await response.body.cancel()
      throw new CalDavFailure({ kind: 'response-too-large', limitBytes: maxBytes })
    }
    const limited = withBody(response, limitedBody(response.body, { maxBytes, signal, timeoutMs: options.timeoutMs }))
    const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
    if (MULTISTATUS_METHODS.has(method) && response.ok) return await checkedMultistatus(limited)
    return limited
  }
}
