// CalDAV figures (issue 21) against a real Radicale on 127.0.0.1: the first publish of 8 weeks of first run's
// default AI Engineer plan into an empty calendar, a re-plan that changes 5 of its sessions, a publish with nothing
// changed, and the read-back of 5 events another client moved (listing plus fetching those 5). Without /usr/bin/radicale every figure is null and the reason is printed (stderr).
import { performance } from 'node:perf_hooks'
import { openConnection, type CalDavConnection } from '../src/main/caldav/connection'
import { createCalendar, discoverCalendars } from '../src/main/caldav/discovery'
import { publishSessions, type PublishInput } from '../src/main/caldav/publish'
import type { PublishOutcome } from '../src/main/caldav/publishApply'
import type { PublishState } from '../src/main/caldav/publishPlan'
import { readBackChanges } from '../src/main/caldav/readBack'
import { listRemoteEvents } from '../src/main/caldav/remoteEvents'
import { en } from '../src/shared/i18n/catalogs/en'
import { translatorFor } from '../src/shared/i18n/translator'
import { planExportSessions, sessionUid, type IcsSession } from '../src/shared/ics'
import { buildSchedule } from '../src/shared/scheduling/buildSchedule'
import { addLocalDays } from '../src/shared/time'
import { radicaleAvailable, RADICALE_SKIP_REASON, startRadicale } from '../tests/support/radicale'
import { aiEngineerPlan } from '../tests/unit/renderer/db/aiEngineerPlan'
import { medianOf } from './stats'

const USER = { name: 'learner', password: 'bench password' }
const START = '2027-01-04'
/** The day before the plan starts, at noon UTC: every planned session of the 8 weeks is still ahead. */
const NOW = Date.UTC(2027, 0, 3, 12)
const HOUR = 3_600_000
const DAY = 24 * HOUR
/** Reminder lead of a new plan (planRepository's default). */
const REMINDER_LEAD_MINUTES = 10
/** Each repetition publishes into a fresh calendar; the figures are medians over them. */
const REPETITIONS = 5

/** The sessions a publish of the next 8 weeks of first run's default AI Engineer plan holds, with alarms. */
function eightWeeksOfDefaultPlan(): { sessions: IcsSession[]; zone: string } {
  const plan = aiEngineerPlan(START)
  const result = buildSchedule({ ...plan, now: NOW })
  if (!result.ok) throw new Error(`caldav bench: the default plan did not build: ${JSON.stringify(result.error)}`)
  const zone = plan.settings.timeZone
  const sessions = planExportSessions(
    { sessions: result.sessions, roadmap: plan.roadmap, zone, now: NOW, t: translatorFor('en', en) },
    { range: { kind: 'dates', from: START, to: addLocalDays(START, 8 * 7 - 1) }, includeDone: false, alarms: true }
  )
  if (sessions.length < 50) throw new Error(`caldav bench: only ${sessions.length} sessions in 8 weeks`)
  return { sessions, zone }
}

/** The re-plan: 3 sessions moved a day later, 1 removed, 1 added; and the summary it must produce. */
function fiveChanges(sessions: readonly IcsSession[]): {
  sessions: IcsSession[]
  expected: { created: string[]; updated: string[]; deleted: string[]; unchanged: number }
} {
  const step = Math.floor(sessions.length / 5)
  const moved = new Set([step, 2 * step, 3 * step].map((index) => sessions[index]!.id))
  const removed = sessions[4 * step]!.id
  const last = sessions[sessions.length - 1]!
  const added: IcsSession = {
    id: 'bench-added-session',
    title: 'Added session',
    startMs: last.endMs + 2 * HOUR,
    endMs: last.endMs + 3 * HOUR,
    alarm: true
  }
  const changed = [
    ...sessions
      .filter((session) => session.id !== removed)
      .map((session) =>
        moved.has(session.id) ? { ...session, startMs: session.startMs + DAY, endMs: session.endMs + DAY } : session
      ),
    added
  ]
  return {
    sessions: changed,
    expected: {
      created: [sessionUid(added.id)],
      updated: [...moved].map(sessionUid).sort(),
      deleted: [sessionUid(removed)],
      unchanged: sessions.length - 4
    }
  }
}

/** Throws unless the publish did exactly what was expected: a bench measuring something else is worse than none. */
function check(
  label: string,
  outcome: PublishOutcome,
  expected: { created: string[]; updated: string[]; deleted: string[]; unchanged: number }
): void {
  const { summary } = outcome
  const actual = {
    error: outcome.error,
    created: summary.created.slice().sort(),
    updated: summary.updated.slice().sort(),
    deleted: summary.deleted.slice().sort(),
    unchanged: summary.unchanged.length,
    conflicts: summary.conflicts
  }
  const wanted = { error: null, ...expected, conflicts: [] }
  if (JSON.stringify(actual) !== JSON.stringify(wanted))
    throw new Error(`caldav bench: ${label} did ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`)
}

async function timed(publish: () => Promise<PublishOutcome>): Promise<{ ms: number; outcome: PublishOutcome }> {
  const start = performance.now()
  const outcome = await publish()
  return { ms: performance.now() - start, outcome }
}

/** Deletes a calendar through the same guarded fetch, so the next repetition's one starts empty on a clean server. */
async function deleteCalendar(connection: CalDavConnection, url: string): Promise<void> {
  const response = await connection.fetch(url, { method: 'DELETE' })
  await response.body?.cancel()
  if (response.status >= 300) throw new Error(`caldav bench: deleting ${url} answered ${response.status}`)
}

const FIGURES = [
  'caldav.firstPublish8WeeksMs',
  'caldav.firstPublish8WeeksEvents',
  'caldav.incrementalSync5ChangesMs',
  'caldav.noChangeSyncMs',
  'caldav.readBack5MovesMs'
] as const

/** A DTSTART or DTEND line's date 2 days later (its time and zone as they were). */
function twoDaysLater(line: string): string {
  return line.replace(/(\d{8})T/, (_all, day: string) => {
    const date = new Date(Date.UTC(+day.slice(0, 4), +day.slice(4, 6) - 1, +day.slice(6, 8) + 2))
    return `${date.toISOString().slice(0, 10).replaceAll('-', '')}T`
  })
}

/** Moves 5 published events 2 days later as another client would (plain PUT with If-Match), returning their UIDs. */
async function moveFiveElsewhere(connection: CalDavConnection, state: PublishState): Promise<string[]> {
  const uids = Object.keys(state.events).sort().slice(0, 5)
  for (const uid of uids) {
    const url = state.events[uid]!.href
    const current = await connection.fetch(url, { method: 'GET' })
    const text = await current.text()
    const event = text.indexOf('BEGIN:VEVENT')
    const moved =
      text.slice(0, event) + text.slice(event).replace(/^(DTSTART|DTEND)[^\r\n]*/gm, (line) => twoDaysLater(line))
    const put = await connection.fetch(url, {
      method: 'PUT',
      body: moved,
      headers: { 'if-match': current.headers.get('etag') ?? '*', 'content-type': 'text/calendar; charset=utf-8' }
    })
    await put.body?.cancel()
    if (put.status >= 300) throw new Error(`caldav bench: moving ${uid} answered ${put.status}`)
  }
  return uids
}

export async function run(): Promise<Record<string, number | null>> {
  if (!radicaleAvailable) {
    console.warn(`caldav bench skipped: ${RADICALE_SKIP_REASON}`)
    return Object.fromEntries(FIGURES.map((name) => [name, null]))
  }
  const { sessions, zone } = eightWeeksOfDefaultPlan()
  const replan = fiveChanges(sessions)
  const server = await startRadicale([USER])
  try {
    const opened = openConnection(
      { serverUrl: server.url, username: USER.name, password: USER.password },
      { fetch: globalThis.fetch }
    )
    if (!opened.ok) throw new Error(`caldav bench: ${opened.error.kind}`)
    const connection = opened.value
    const discovered = await discoverCalendars(connection)
    if (!discovered.ok) throw new Error(`caldav bench: discovery failed: ${discovered.error.kind}`)

    const input = (calendarUrl: string, list: readonly IcsSession[], state: PublishState | null, nowMs: number) =>
      ({ calendarUrl, sessions: list, zone, reminderLeadMinutes: REMINDER_LEAD_MINUTES, nowMs, state }) as PublishInput
    const first: number[] = []
    const incremental: number[] = []
    const noChange: number[] = []
    const readBack: number[] = []
    for (let repetition = 0; repetition < REPETITIONS; repetition++) {
      const calendar = await createCalendar(connection, discovered.value.homeUrl)
      if (!calendar.ok) throw new Error(`caldav bench: creating the calendar failed: ${calendar.error.kind}`)
      const calendarUrl = calendar.value.url

      const published = await timed(() => publishSessions(connection, input(calendarUrl, sessions, null, NOW)))
      check('the first publish', published.outcome, {
        created: sessions.map((session) => sessionUid(session.id)).sort(),
        updated: [],
        deleted: [],
        unchanged: 0
      })
      first.push(published.ms)

      // The re-plan an hour later: another DTSTAMP alone is no change.
      const synced = await timed(() =>
        publishSessions(connection, input(calendarUrl, replan.sessions, published.outcome.state, NOW + HOUR))
      )
      check('the 5-change sync', synced.outcome, replan.expected)
      incremental.push(synced.ms)

      const again = await timed(() =>
        publishSessions(connection, input(calendarUrl, replan.sessions, synced.outcome.state, NOW + 2 * HOUR))
      )
      check('the no-change sync', again.outcome, {
        created: [],
        updated: [],
        deleted: [],
        unchanged: replan.sessions.length
      })
      noChange.push(again.ms)

      // The learner moves 5 sessions on the phone: a sync's read-back lists the calendar and fetches only those 5.
      const movedUids = await moveFiveElsewhere(connection, again.outcome.state)
      const written = new Map(replan.sessions.map((session) => [sessionUid(session.id), session]))
      const start = performance.now()
      const remote = await listRemoteEvents(connection, calendarUrl)
      if (!remote.ok) throw new Error(`caldav bench: listing failed: ${remote.error.kind}`)
      const read = await readBackChanges(connection, {
        calendarUrl,
        state: again.outcome.state,
        remote: remote.value,
        zone,
        written
      })
      readBack.push(performance.now() - start)
      const movedBack = read.ok ? read.value.moved.map((event) => event.uid).sort() : read.error.kind
      if (JSON.stringify(movedBack) !== JSON.stringify(movedUids)) {
        throw new Error(`caldav bench: the read-back found ${JSON.stringify(movedBack)}, not the 5 moves`)
      }

      await deleteCalendar(connection, calendarUrl)
    }
    return {
      'caldav.firstPublish8WeeksMs': medianOf(first),
      'caldav.firstPublish8WeeksEvents': sessions.length,
      'caldav.incrementalSync5ChangesMs': medianOf(incremental),
      'caldav.noChangeSyncMs': medianOf(noChange),
      'caldav.readBack5MovesMs': medianOf(readBack)
    }
  } finally {
    await server.stop()
  }
}
