// Finds an account's calendars (RFC 6764 well-known URL, then principal and calendar home, RFC 4791 6.2) with tsdav,
// and creates the calendar that receives the plan.
import { createAccount, fetchCalendars, makeCalendar, type DAVCalendar } from 'tsdav'
import {
  CalDavFailure,
  caldavErrorOf,
  errorOfCollectionStatus,
  type CalDavError,
  type CalDavResult
} from './caldavErrors'
import type { CalDavConnection } from './connection'
import type { FetchLike } from './davFetch'

/** A calendar of the account, as the learner picks it. */
export interface CalDavCalendar {
  /** Absolute URL of the collection, with its trailing slash. */
  readonly url: string
  readonly displayName: string
  /** The components it holds (VEVENT, VTODO…); empty when the server does not say. */
  readonly components: readonly string[]
  /** Whether events can be put in it (it holds VEVENTs, or does not restrict its components). */
  readonly holdsEvents: boolean
}

/** The account's calendar home and calendars. */
export interface CalDavDiscovery {
  readonly homeUrl: string
  readonly calendars: readonly CalDavCalendar[]
}

/** The name of the calendar the app creates for the plan. */
export const STUDY_CALENDAR_NAME = 'Study Planner'

/** Where tsdav's XML conversion puts a CDATA section's text. */
const CDATA_KEY = '_cdata'

function displayNameOf(calendar: DAVCalendar): string {
  const name: unknown = calendar.displayName
  if (typeof name === 'string') return name
  const cdata: unknown = name && typeof name === 'object' ? Reflect.get(name, CDATA_KEY) : undefined
  if (typeof cdata === 'string') return cdata
  return decodeURIComponent(new URL(calendar.url).pathname.split('/').filter(Boolean).pop() ?? '')
}

function calendarOf(calendar: DAVCalendar): CalDavCalendar {
  const components = (calendar.components ?? []).map((component) => component.toUpperCase())
  return {
    url: calendar.url,
    displayName: displayNameOf(calendar),
    components,
    holdsEvents: components.length === 0 || components.includes('VEVENT')
  }
}

/** The account's calendar home and its calendars, or why they cannot be listed. Reads only. */
export async function discoverCalendars(connection: CalDavConnection): Promise<CalDavResult<CalDavDiscovery>> {
  // tsdav tries the well-known redirect's target, then the server URL itself, and reports only the last failure:
  // a redirect to another origin (refused by the connection's fetch) would end as a mere 'not-caldav'.
  let refused: CalDavError | null = null
  const fetch: FetchLike = async (input, init) => {
    try {
      return await connection.fetch(input, init)
    } catch (error) {
      if (error instanceof CalDavFailure && error.error.kind === 'other-origin') refused ??= error.error
      throw error
    }
  }
  try {
    const account = await createAccount({
      account: { accountType: 'caldav', serverUrl: connection.serverUrl.href },
      fetch
    })
    if (!account.homeUrl) return { ok: false, error: refused ?? { kind: 'not-caldav' } }
    // The calendars' hrefs are relative to the home's host; tsdav resolves them against the server's root, which is
    // another host where the home lives apart (iCloud: caldav.icloud.com, then p52-caldav.icloud.com).
    const calendars = await fetchCalendars({
      account: { ...account, rootUrl: new URL('/', account.homeUrl).href },
      fetch
    })
    return { ok: true, value: { homeUrl: account.homeUrl, calendars: calendars.map(calendarOf) } }
  } catch (error) {
    // tsdav's own Errors ("cannot find principalUrl", "cannot find homeUrl") mean the server is no CalDAV server.
    const failure = caldavErrorOf(error, { kind: 'not-caldav' })
    return { ok: false, error: failure.kind === 'not-caldav' && refused ? refused : failure }
  }
}

/** The collection name createCalendar tries first (then study-planner-2, …). */
export const STUDY_CALENDAR_PATH = 'study-planner/'

/** How many collection names createCalendar tries (study-planner, study-planner-2, …) before giving up. */
const NAME_ATTEMPTS = 5

/**
 * Creates an event calendar named `displayName` in the calendar home (MKCALENDAR, RFC 4791 5.3.1) under a free
 * collection name, and returns it.
 */
export async function createCalendar(
  connection: CalDavConnection,
  homeUrl: string,
  displayName: string = STUDY_CALENDAR_NAME
): Promise<CalDavResult<CalDavCalendar>> {
  const home = homeUrl.endsWith('/') ? homeUrl : `${homeUrl}/`
  try {
    for (let attempt = 1; attempt <= NAME_ATTEMPTS; attempt++) {
      const url = new URL(attempt === 1 ? STUDY_CALENDAR_PATH : `study-planner-${attempt}/`, home).href
      const [response] = await makeCalendar({
        url,
        props: {
          'd:displayname': displayName,
          'c:supported-calendar-component-set': { 'c:comp': { _attributes: { name: 'VEVENT' } } }
        },
        fetch: connection.fetch
      })
      const status = response?.status ?? 0
      if (status === 201 || (status >= 200 && status < 300)) {
        return { ok: true, value: { url, displayName, components: ['VEVENT'], holdsEvents: true } }
      }
      // Something already lives at that name: RFC 4791 5.3.1.1 says 405, Radicale says 409 (resource-must-be-null).
      if (status !== 405 && status !== 409) {
        return { ok: false, error: status === 404 ? { kind: 'not-caldav' } : errorOfCollectionStatus(status) }
      }
    }
    return { ok: false, error: { kind: 'server-error', status: 409 } }
  } catch (error) {
    return { ok: false, error: caldavErrorOf(error, { kind: 'not-caldav' }) }
  }
}
