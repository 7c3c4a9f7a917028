// What another client (the learner's phone, their calendar app) did to the events our publishes wrote: moved them,
// edited them in place, deleted them, or made them into something the planner cannot follow (issue 21, item 3).
// Only events whose ETag changed are fetched, with calendar-multiget REPORTs (RFC 4791 7.9).
import type ICAL from 'ical.js'
import { EventFieldError, readEventTiming, type EventTiming } from '../../shared/ics/eventTiming'
import { parseIcs } from '../../shared/ics/icsParse'
import { sessionUid } from '../../shared/ics/icsExport'
import { MAX_VTIMEZONES, refusedZoneReason } from '../../shared/ics/ruleLimits'
import { MAX_CANDIDATES_PER_EVENT, withWorkBudget } from '../../shared/ics/workBudget'
import { caldavErrorOf, type CalDavResult } from './caldavErrors'
import { calendarDataOf, calendarReport, collectionOutcome, etagOf, resourceKey } from './calendarReport'
import type { CalDavConnection } from './connection'
import type { PublishState } from './publishPlan'
import type { RemoteEvent } from './remoteEvents'

/** The instants a publish wrote for one event (the session's times then). */
export interface WrittenTimes {
  readonly startMs: number
  readonly endMs: number
}

export interface ReadBackInput {
  readonly calendarUrl: string
  /** What our last publish wrote (href, ETag and content hash per UID). */
  readonly state: PublishState
  /** listRemoteEvents' value, keyed by resourceKey. */
  readonly remote: ReadonlyMap<string, RemoteEvent>
  /** The plan's IANA zone: floating times are read in it. */
  readonly zone: string
  /**
   * Per UID, the times our last write of it held. An edited event with no entry here is reported as moved whenever
   * its times can be read (the caller compares them with its session).
   */
  readonly written: ReadonlyMap<string, WrittenTimes>
}

/** Changed elsewhere to other times. `etag` is the server's now: the one to send with If-Match. */
export interface MovedEvent {
  readonly uid: string
  readonly sessionId: string
  readonly startMs: number
  readonly endMs: number
  readonly etag: string
}

/** Changed elsewhere with the same times (title edited, alarm removed…). */
export interface EditedEvent {
  readonly uid: string
  readonly sessionId: string
  readonly etag: string
}

export interface DeletedEvent {
  readonly uid: string
  readonly sessionId: string
}

/**
 * Why a changed event cannot be taken back as a session: made recurring ('recurring': RRULE, RDATE or an override),
 * all-day, cancelled, holding more than one VEVENT, without DTSTART, without a positive length ('no-duration'), under
 * another UID, text that cannot be read ('malformed': also no VEVENT, unreadable times, zones too costly), or no
 * calendar data in the server's answer ('no-data').
 */
export type UnreadableReason =
  | 'recurring'
  | 'all-day'
  | 'cancelled'
  | 'several-events'
  | 'no-start'
  | 'no-duration'
  | 'uid-mismatch'
  | 'malformed'
  | 'no-data'

export interface UnreadableEvent {
  readonly uid: string
  readonly sessionId: string
  readonly etag: string
  readonly reason: UnreadableReason
}

/** Each list sorted by UID. */
export interface ReadBack {
  moved: MovedEvent[]
  edited: EditedEvent[]
  deleted: DeletedEvent[]
  unreadable: UnreadableEvent[]
}

/** Most hrefs asked for in one calendar-multiget: ~100 events with their VTIMEZONEs are a few hundred KB. */
export const MULTIGET_BATCH_SIZE = 100

const UID_SUFFIX = sessionUid('')

/** The session id inside a UID of ours (`${sessionId}@study-planner`), or null for any other UID. */
export function sessionIdOfUid(uid: string): string | null {
  if (!uid.endsWith(UID_SUFFIX) || uid.length === UID_SUFFIX.length) return null
  return uid.slice(0, -UID_SUFFIX.length)
}

/** An event whose ETag changed since our write: its data must be fetched. */
export interface ChangedEvent {
  readonly uid: string
  readonly sessionId: string
  /** Absolute URL of its resource. */
  readonly href: string
  /** The ETag of the listing. */
  readonly etag: string
}

/**
 * Without any request: of the events `state` says we wrote to `calendarUrl`, those gone from `remote` (deleted) and
 * those whose ETag there is not the one we got (changed). An event whose record has no ETag, or whose ETag is ours,
 * is unchanged. A state for another calendar, or a UID not of ours, has nothing to read back.
 */
export function findChanges(
  state: PublishState,
  remote: ReadonlyMap<string, RemoteEvent>,
  calendarUrl: string
): { deleted: DeletedEvent[]; changed: ChangedEvent[] } {
  const deleted: DeletedEvent[] = []
  const changed: ChangedEvent[] = []
  if (state.calendarUrl !== calendarUrl) return { deleted, changed }
  for (const [uid, record] of Object.entries(state.events)) {
    const sessionId = sessionIdOfUid(uid)
    if (sessionId === null) continue
    const listed = remote.get(resourceKey(record.href, calendarUrl))
    if (!listed) deleted.push({ uid, sessionId })
    else if (record.etag !== null && record.etag !== listed.etag) {
      changed.push({ uid, sessionId, href: record.href, etag: listed.etag })
    }
  }
  return { deleted, changed }
}

/** `items` in consecutive runs of at most `size` (at least 1), in order. */
export function batchesOf<T>(items: readonly T[], size: number = MULTIGET_BATCH_SIZE): T[][] {
  const step = Math.max(1, Math.floor(size))
  const batches: T[][] = []
  for (let at = 0; at < items.length; at += step) batches.push(items.slice(at, at + step))
  return batches
}

/** One event's times as read from its resource's text, or why they cannot be used. */
export type EventReading =
  | { readonly ok: true; readonly startMs: number; readonly endMs: number }
  | { readonly ok: false; readonly reason: UnreadableReason }

function textOf(event: ICAL.Component, name: string): string {
  try {
    const value: unknown = event.getFirstPropertyValue(name)
    return typeof value === 'string' ? value.trim() : ''
  } catch {
    return ''
  }
}

/**
 * VEVENTs of a root, after dropping the VTIMEZONEs ical.js trips on (no TZID or no observance) or that would cost too
 * much to expand (as the .ics import does): times in a dropped zone are then read by the TZID's IANA name.
 */
function eventsOf(root: ICAL.Component): ICAL.Component[] {
  if (root.name === 'vevent') return [root]
  for (const zone of root.getAllSubcomponents('vtimezone')) {
    const hasObservance = zone.getAllSubcomponents().some((sub) => sub.name === 'standard' || sub.name === 'daylight')
    let refused = textOf(zone, 'tzid') === '' || !hasObservance
    try {
      refused ||= refusedZoneReason(zone) !== null
    } catch {
      refused = true
    }
    if (refused) root.removeSubcomponent(zone)
  }
  return root.getAllSubcomponents('vevent')
}

const RECURRENCE_PROPERTIES = ['rrule', 'rdate', 'recurrence-id'] as const

/**
 * Reads the one event of a calendar object resource as a session's times: its DTSTART/DTEND (or DURATION) with the
 * .ics import's timing rules (TZID and VTIMEZONE, floating times in `zone`). Anything the planner cannot take back
 * as one timed session is a reason instead. Pure; never throws.
 */
export function readSessionEvent(text: string, expectedUid: string, zone: string): EventReading {
  try {
    const parsed = parseIcs(text)
    if (!parsed.ok) return { ok: false, reason: 'malformed' }
    const zoneCount = parsed.roots.reduce((sum, root) => sum + root.getAllSubcomponents('vtimezone').length, 0)
    if (zoneCount > MAX_VTIMEZONES) return { ok: false, reason: 'malformed' }
    const events = parsed.roots.flatMap(eventsOf)
    if (events.length === 0) return { ok: false, reason: 'malformed' }
    if (events.some((event) => textOf(event, 'uid') !== expectedUid)) return { ok: false, reason: 'uid-mismatch' }
    if (events.some((event) => RECURRENCE_PROPERTIES.some((name) => event.hasProperty(name)))) {
      return { ok: false, reason: 'recurring' }
    }
    const [event] = events
    if (!event || events.length > 1) return { ok: false, reason: 'several-events' }
    if (textOf(event, 'status').toUpperCase() === 'CANCELLED') return { ok: false, reason: 'cancelled' }
    // A VTIMEZONE's rules are expanded by ical.js's recurrence iterator: bounded as for one imported event.
    const budget = { fileLeft: MAX_CANDIDATES_PER_EVENT, eventLeft: MAX_CANDIDATES_PER_EVENT }
    return withWorkBudget<EventReading>(budget, () => {
      let timing: EventTiming
      try {
        timing = readEventTiming(event, zone)
      } catch (error) {
        return {
          ok: false,
          reason: error instanceof EventFieldError && error.problem === 'noStart' ? 'no-start' : 'malformed'
        }
      }
      if (timing.allDay) return { ok: false, reason: 'all-day' }
      const { startMs, endMs } = timing.spanOf(timing.start)
      if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) return { ok: false, reason: 'malformed' }
      if (!(endMs > startMs)) return { ok: false, reason: 'no-duration' }
      return { ok: true, startMs, endMs }
    })
  } catch {
    return { ok: false, reason: 'malformed' }
  }
}

/** What a multiget said of one href: its text and ETag, or that it is gone. */
type Fetched =
  | { readonly kind: 'data'; readonly text: string; readonly etag: string | null }
  | { readonly kind: 'gone' }

/** One calendar-multiget of `hrefs` (absolute URLs), by resourceKey; hrefs it does not answer for are left out. */
async function multiget(
  connection: CalDavConnection,
  calendarUrl: string,
  hrefs: readonly string[]
): Promise<CalDavResult<Map<string, Fetched>>> {
  const responses = await calendarReport(connection, calendarUrl, 'calendar-multiget', {
    'd:prop': { 'd:getetag': {}, 'c:calendar-data': {} },
    'd:href': hrefs.map((href) => new URL(href).pathname)
  })
  const fetched = new Map<string, Fetched>()
  for (const response of responses) {
    const outcome = collectionOutcome(response, calendarUrl)
    if (outcome !== 'event') {
      if (outcome !== null) return { ok: false, error: outcome }
      continue
    }
    const key = resourceKey(String(response.href), calendarUrl)
    // Deleted between the listing and this request.
    if (response.status === 404 || response.status === 410) fetched.set(key, { kind: 'gone' })
    else if (response.ok) {
      const text = calendarDataOf(response)
      if (text !== null) fetched.set(key, { kind: 'data', text, etag: etagOf(response) })
    }
  }
  return { ok: true, value: fetched }
}

const byUid = (a: { uid: string }, b: { uid: string }): number => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0)

/**
 * What another client changed in the events our last publish wrote to the calendar: deleted (gone from `remote`, or
 * gone by the time their data is fetched), moved (other DTSTART/DTEND instants than `written`), edited (same
 * instants), or unreadable (see UnreadableReason: the planner keeps its own version). Events whose ETag is still ours
 * are not fetched. Never throws: a failure of a request is the result's error.
 */
export async function readBackChanges(
  connection: CalDavConnection,
  input: ReadBackInput
): Promise<CalDavResult<ReadBack>> {
  const { deleted, changed } = findChanges(input.state, input.remote, input.calendarUrl)
  const readBack: ReadBack = { moved: [], edited: [], deleted, unreadable: [] }
  try {
    for (const batch of batchesOf(changed)) {
      const fetched = await multiget(
        connection,
        input.calendarUrl,
        batch.map((event) => event.href)
      )
      if (!fetched.ok) return fetched
      for (const event of batch) {
        const { uid, sessionId } = event
        const answer = fetched.value.get(resourceKey(event.href, input.calendarUrl))
        if (answer?.kind === 'gone') {
          readBack.deleted.push({ uid, sessionId })
          continue
        }
        const etag = answer?.etag ?? event.etag
        if (!answer) {
          readBack.unreadable.push({ uid, sessionId, etag, reason: 'no-data' })
          continue
        }
        const reading = readSessionEvent(answer.text, uid, input.zone)
        if (!reading.ok) {
          readBack.unreadable.push({ uid, sessionId, etag, reason: reading.reason })
          continue
        }
        const written = input.written.get(uid)
        if (written && written.startMs === reading.startMs && written.endMs === reading.endMs) {
          readBack.edited.push({ uid, sessionId, etag })
        } else readBack.moved.push({ uid, sessionId, startMs: reading.startMs, endMs: reading.endMs, etag })
      }
    }
  } catch (error) {
    return { ok: false, error: caldavErrorOf(error, { kind: 'not-caldav' }) }
  }
  readBack.moved.sort(byUid)
  readBack.edited.sort(byUid)
  readBack.deleted.sort(byUid)
  readBack.unreadable.sort(byUid)
  return { ok: true, value: readBack }
}
