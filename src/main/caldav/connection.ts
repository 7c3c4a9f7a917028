// An account's connection: its checked server URL and the fetch every request of it goes through.
import type { CalDavResult } from './caldavErrors'
import { createDavFetch, DEFAULT_REQUEST_TIMEOUT_MS, type FetchLike } from './davFetch'
import { checkServerUrl } from './serverUrl'

/** What the learner enters in Settings. The password is an app password where the provider offers them. */
export interface CalDavAccount {
  readonly serverUrl: string
  readonly username: string
  readonly password: string
}

/** What the CalDAV operations need of an account: no credentials in sight, they live inside `fetch`. */
export interface CalDavConnection {
  readonly serverUrl: URL
  readonly fetch: FetchLike
}

export interface ConnectionDeps {
  /** The network: globalThis.fetch in main. */
  readonly fetch: FetchLike
  /** Per request; DEFAULT_REQUEST_TIMEOUT_MS when absent. */
  readonly timeoutMs?: number
  /** Largest response body, in bytes; DEFAULT_MAX_RESPONSE_BYTES when absent. */
  readonly maxResponseBytes?: number
}

/** Checks the account's URL (no request is made) and makes its connection, or says why it cannot. */
export function openConnection(account: CalDavAccount, deps: ConnectionDeps): CalDavResult<CalDavConnection> {
  const checked = checkServerUrl(account.serverUrl)
  if (!checked.ok) return checked
  const fetch = createDavFetch({
    fetch: deps.fetch,
    origin: checked.value.origin,
    username: account.username,
    password: account.password,
    timeoutMs: deps.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    ...(deps.maxResponseBytes === undefined ? {} : { maxResponseBytes: deps.maxResponseBytes })
  })
  return { ok: true, value: { serverUrl: checked.value, fetch } }
}
