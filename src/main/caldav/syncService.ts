// The calendar sync as the app runs it (issue 21): connect and pick calendars, then keep the picked calendar in step
// with the plan in the background. Each round reads back what the calendar app changed, hands it to the renderer,
// and publishes the rest; a failed round is retried with backoff, and nothing waits on the network but Settings.
import type {
  CalendarAccountInput,
  CalendarChoice,
  CalendarSelection,
  CalendarSyncError,
  CalendarSyncStatus,
  ConnectResult,
  IncomingAck,
  IncomingBusy,
  IncomingMove,
  PublishSnapshot,
  SyncSummary
} from '../../shared/ipc/calendarSync'
import { sessionUid } from '../../shared/ics'
import { DAY_MS, MINUTE_MS, WEEK_MS } from '../../shared/time'
import type { Clock, Logger, Scheduler, TimerHandle } from '../reminders/ports'
import { readBusyTime } from './busyCalendars'
import type { CalDavError } from './caldavErrors'
import { sessionCalendarObject } from './calendarObject'
import { openConnection, type CalDavAccount, type CalDavConnection } from './connection'
import type { CredentialStore, PasswordStorage } from './credentialStore'
import type { FetchLike } from './davFetch'
import { createCalendar, discoverCalendars, STUDY_CALENDAR_PATH } from './discovery'
import { applyPublishPlan, DEFAULT_PUBLISH_CONCURRENCY } from './publishApply'
import { emptyPublishState, planPublish, type PublishState } from './publishPlan'
import { readBackChanges } from './readBack'
import { resourceKey } from './calendarReport'
import { listRemoteEvents } from './remoteEvents'
import { EMPTY_SYNC_STATE, type SyncState } from './syncStore'
import type { JsonFileStore } from '../fs/jsonFileStore'
import { createHash, randomUUID } from 'node:crypto'

/** Waits after a retry-able failure: 30 s, 1, 2, 5, 10 min, then every 30 min until a round works. */
export const RETRY_DELAYS_MS = [30_000, MINUTE_MS, 2 * MINUTE_MS, 5 * MINUTE_MS, 10 * MINUTE_MS, 30 * MINUTE_MS]
/** A round this often while the app runs, so moves made on the phone come back without a plan change. */
export const PERIODIC_SYNC_MS = 15 * MINUTE_MS
/** Plan changes come in bursts (a re-plan writes many sessions): publish once they settle. */
export const PUBLISH_SETTLE_MS = 2_000
/** Busy time is read from a day back (today's events) to the end of the publish range. */
const BUSY_LOOKBACK_MS = DAY_MS

export interface CalendarSyncDeps {
  readonly credentials: CredentialStore
  readonly stateFile: JsonFileStore<SyncState>
  /** The network: globalThis.fetch in main. */
  readonly fetch: FetchLike
  readonly clock: Clock
  readonly scheduler: Scheduler
  readonly logger: Logger
  /** Told after every change of the status (pushed to the window). */
  readonly onStatus: (status: CalendarSyncStatus) => void
  readonly newId?: () => string
}

export interface CalendarSyncService {
  start(): Promise<void>
  status(): Promise<CalendarSyncStatus>
  connect(input: CalendarAccountInput): Promise<ConnectResult>
  select(selection: CalendarSelection): Promise<CalendarSyncStatus>
  disconnect(): Promise<CalendarSyncStatus>
  /** The plan as the calendar should hold it; a round follows once changes settle. */
  publish(snapshot: PublishSnapshot): void
  /** A round now; resolves when it ended. */
  syncNow(): Promise<CalendarSyncStatus>
  acknowledge(ack: IncomingAck): Promise<void>
  /** After sleep or a network change: a round now if one is due or failed. */
  checkNow(): void
  stop(): void
}

type ConnectionResult = { ok: true; connection: CalDavConnection } | { ok: false; error: CalendarSyncError }

export function createCalendarSyncService(deps: CalendarSyncDeps): CalendarSyncService {
  const newId = deps.newId ?? randomUUID
  let state: SyncState = EMPTY_SYNC_STATE
  let account: { value: CalDavAccount; storage: PasswordStorage } | null = null
  let snapshot: PublishSnapshot | null = null
  /** Whether the plan changed since the last round that reached the server. */
  let pending = false
  let running: Promise<void> | null = null
  let again = false
  let failures = 0
  let nextAttemptAtMs: number | null = null
  let timer: TimerHandle | null = null
  let stopped = false
  /** Bumped by disconnect and by picking another calendar or plan: a round begun before must not store its result. */
  let generation = 0

  const isStopped = () => stopped

  async function save(next: SyncState): Promise<void> {
    state = next
    await deps.stateFile
      .save(next)
      .catch((error: unknown) => deps.logger.error('Could not save calendar-sync.json', error))
  }

  async function status(): Promise<CalendarSyncStatus> {
    const who = await deps.credentials.describe()
    if (!who) return { state: 'disconnected' }
    return {
      state: 'connected',
      serverUrl: who.serverUrl,
      username: who.username,
      passwordStorage: who.storage,
      calendars: state.calendars,
      selection: state.selection,
      syncing: running !== null,
      lastSyncAtMs: state.lastSyncAtMs,
      lastSummary: state.lastSummary,
      pending,
      nextAttemptAtMs,
      error: state.error,
      incoming: state.incoming
    }
  }

  function announce(): void {
    void status().then(deps.onStatus, (error: unknown) => deps.logger.warn('Calendar sync status failed', error))
  }

  function schedule(delayMs: number): void {
    if (stopped) return
    if (timer !== null) deps.scheduler.clearTimeout(timer)
    timer = deps.scheduler.setTimeout(() => {
      timer = null
      void round()
    }, delayMs)
  }

  async function accountConnection(): Promise<ConnectionResult> {
    if (!account) {
      const loaded = await deps.credentials.load()
      if (!loaded.ok)
        return { ok: false, error: { kind: loaded.reason === 'none' ? 'wrong-password' : 'credentials-unreadable' } }
      account = { value: loaded.account, storage: loaded.storage }
    }
    const opened = openConnection(account.value, { fetch: deps.fetch })
    return opened.ok ? { ok: true, connection: opened.value } : { ok: false, error: opened.error }
  }

  /** One round, or a wait for the running one followed by another (a change arrived meanwhile). */
  function round(): Promise<void> {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      announce()
      try {
        do {
          again = false
          await runRound()
        } while (again && !isStopped())
      } finally {
        running = null
        announce()
      }
    })()
    return running
  }

  async function failed(error: CalendarSyncError): Promise<void> {
    failures++
    const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length) - 1] ?? PERIODIC_SYNC_MS
    nextAttemptAtMs = deps.clock.now() + delay
    deps.logger.warn(`Calendar sync failed (${error.kind}); next attempt in ${Math.round(delay / 1000)} s`)
    await save({ ...state, error })
    schedule(delay)
  }

  async function runRound(): Promise<void> {
    const started = generation
    const fail = async (error: CalendarSyncError) => {
      if (generation === started) await failed(error)
    }
    const selection = state.selection
    if (!selection || !snapshot || snapshot.planId !== selection.planId) return
    const plan = snapshot
    const opened = await accountConnection()
    if (!opened.ok) return fail(opened.error)
    const { connection } = opened
    const calendarUrl = selection.calendarUrl
    const remote = await listRemoteEvents(connection, calendarUrl)
    if (!remote.ok) return fail(remote.error)

    let publish: PublishState =
      state.publish?.calendarUrl === calendarUrl ? state.publish : emptyPublishState(calendarUrl)
    const written = { ...state.written }
    const deletedThere = new Set(state.deletedThere)
    let incoming = state.incoming
    const last = state.lastSummary
    let readBackSummary = {
      movedThere: last?.movedThere ?? 0,
      deletedThere: last?.deletedThere ?? 0,
      bothChanged: last?.bothChanged ?? 0,
      fromCalendarAtMs: last?.fromCalendarAtMs ?? null
    }
    let busyHashes = state.busyHashes
    let busyIntervals = state.lastSummary?.busyIntervals ?? 0

    if (!incoming) {
      const readBack = await readBackChanges(connection, {
        calendarUrl,
        state: publish,
        remote: remote.value,
        zone: plan.zone,
        written: new Map(Object.entries(written))
      })
      if (!readBack.ok) return fail(readBack.error)
      const { moved, edited, unreadable, deleted } = readBack.value
      const events = { ...publish.events }
      // The calendar's version is now the one we know. A move, or an event made unreadable as a session (recurring,
      // all-day…), is rewritten by the next publish with If-Match of its ETag (an empty hash never matches), at the
      // time the plan then has. An edit at the same times keeps its hash: it is rewritten with the plan's next change
      // to that session, not at once, so a server that adds properties of its own (or a second computer publishing
      // the same plan) does not get every event rewritten round after round.
      for (const { uid, etag } of [...moved, ...unreadable]) {
        const record = events[uid]
        if (record) events[uid] = { ...record, etag, contentHash: '' }
      }
      for (const { uid, etag } of edited) {
        const record = events[uid]
        if (record) events[uid] = { ...record, etag }
      }
      for (const { uid } of deleted) {
        delete events[uid]
        delete written[uid]
        deletedThere.add(uid)
      }
      publish = { calendarUrl, events }
      const plannedTimes = new Map(plan.sessions.map((session) => [sessionUid(session.id), session]))
      const moves: IncomingMove[] = moved.map(({ uid, sessionId, startMs, endMs }) => {
        const before = written[uid]
        const now = plannedTimes.get(uid)
        const alsoChangedHere =
          before !== undefined && now !== undefined && (now.startMs !== before.startMs || now.endMs !== before.endMs)
        return { sessionId, startMs, endMs, alsoChangedHere }
      })
      const busy = await readBusy(connection, selection, plan)
      if (!busy.ok) return fail(busy.error)
      busyHashes = busy.hashes
      busyIntervals = busy.total
      if (moves.length > 0 || deleted.length > 0) {
        readBackSummary = {
          movedThere: moves.length,
          deletedThere: deleted.length,
          bothChanged: moves.filter((move) => move.alsoChangedHere).length,
          fromCalendarAtMs: deps.clock.now()
        }
      }
      if (moves.length > 0 || deleted.length > 0 || busy.changed.length > 0) {
        incoming = {
          id: newId(),
          planId: plan.planId,
          moved: moves,
          deleted: deleted.map(({ sessionId }) => sessionId),
          busy: busy.changed
        }
      }
    }

    // Sessions whose calendar change the renderer has not applied yet are left as the calendar has them.
    const leaveAlone = new Set(incoming ? [...incoming.moved.map((move) => move.sessionId), ...incoming.deleted] : [])
    const inPlan = new Set(plan.sessions.map((session) => sessionUid(session.id)))
    for (const uid of deletedThere) if (!inPlan.has(uid)) deletedThere.delete(uid)
    const desired = plan.sessions.filter(
      (session) => !leaveAlone.has(session.id) && !deletedThere.has(sessionUid(session.id))
    )
    const options = { zone: plan.zone, reminderLeadMinutes: plan.reminderLeadMinutes, dtstampMs: deps.clock.now() }
    const objects = desired.map((session) => sessionCalendarObject(session, options))
    const leftUids = new Set([...leaveAlone].map(sessionUid))
    const steps = planPublish(objects, publish, remote.value, calendarUrl).filter((step) => !leftUids.has(step.uid))
    let outcome = await applyPublishPlan(connection, steps, publish, calendarUrl, DEFAULT_PUBLISH_CONCURRENCY)
    if (!outcome.error) outcome = { ...outcome, state: await withListedEtags(connection, outcome.state) }
    const times = new Map(desired.map((session) => [sessionUid(session.id), session]))
    for (const uid of [...outcome.summary.created, ...outcome.summary.updated]) {
      const session = times.get(uid)
      if (session) written[uid] = { startMs: session.startMs, endMs: session.endMs }
    }
    for (const uid of outcome.summary.deleted) delete written[uid]
    for (const step of steps) if (step.kind === 'forget') delete written[step.uid]

    const next: SyncState = {
      ...state,
      publish: outcome.state,
      written,
      deletedThere: [...deletedThere],
      busyHashes,
      incoming
    }
    if (generation !== started) return
    if (outcome.error) {
      state = next
      return fail(outcome.error)
    }
    const summary: SyncSummary = {
      created: outcome.summary.created.length,
      updated: outcome.summary.updated.length,
      deleted: outcome.summary.deleted.length,
      ...readBackSummary,
      busyIntervals
    }
    failures = 0
    nextAttemptAtMs = null
    // A plan change that arrived during the round is published by the round that follows (`again`).
    if (!again) pending = false
    await save({ ...next, lastSyncAtMs: deps.clock.now(), lastSummary: summary, error: null })
    // Events changed elsewhere during the round (a 412) are read back by a round soon after.
    schedule(outcome.summary.conflicts.length > 0 ? (RETRY_DELAYS_MS[0] ?? PERIODIC_SYNC_MS) : PERIODIC_SYNC_MS)
  }

  type BusyRead =
    | { ok: true; changed: IncomingBusy[]; hashes: Record<string, string>; total: number }
    | { ok: false; error: CalDavError }

  /** Busy time of the busy calendars, and an empty replacement for each calendar no longer picked. */
  async function readBusy(
    connection: CalDavConnection,
    selection: NonNullable<SyncState['selection']>,
    plan: PublishSnapshot
  ): Promise<BusyRead> {
    const now = deps.clock.now()
    const rangeStartMs = now - BUSY_LOOKBACK_MS
    const rangeEndMs = now + selection.weeks * WEEK_MS
    const changed: IncomingBusy[] = []
    const hashes: Record<string, string> = {}
    let total = 0
    const urls = selection.busyCalendarUrls.filter((url) => url !== selection.calendarUrl)
    if (urls.length > 0) {
      const read = await readBusyTime(connection, { calendarUrls: urls, zone: plan.zone, rangeStartMs, rangeEndMs })
      if (!read.ok) return read
      for (const calendar of read.value) {
        const intervals = calendar.busy.map(({ startMs, endMs, label }) =>
          label === undefined ? { startMs, endMs } : { startMs, endMs, label: label.slice(0, 500) }
        )
        total += intervals.length
        const hash = hashOf(JSON.stringify(intervals))
        hashes[calendar.calendarUrl] = hash
        if (state.busyHashes[calendar.calendarUrl] === hash) continue
        const displayName = state.calendars.find((known) => known.url === calendar.calendarUrl)?.displayName ?? ''
        changed.push({ source: busySource(calendar.calendarUrl), displayName, rangeStartMs, rangeEndMs, intervals })
      }
    }
    for (const url of Object.keys(state.busyHashes)) {
      if (urls.includes(url)) continue
      const displayName = state.calendars.find((known) => known.url === url)?.displayName ?? ''
      changed.push({
        source: busySource(url),
        displayName,
        rangeStartMs,
        rangeEndMs: Number.MAX_SAFE_INTEGER,
        intervals: []
      })
    }
    return { ok: true, changed, hashes, total }
  }

  async function connect(input: CalendarAccountInput): Promise<ConnectResult> {
    const candidate: CalDavAccount = {
      serverUrl: input.serverUrl.trim(),
      username: input.username,
      password: input.password
    }
    const opened = openConnection(candidate, { fetch: deps.fetch })
    if (!opened.ok) return { ok: false, error: opened.error }
    const found = await discoverCalendars(opened.value)
    if (!found.ok) return { ok: false, error: found.error }
    const saved = await deps.credentials.save(candidate, { allowPlainText: input.allowPlainText })
    if (!saved.ok) return { ok: false, error: { kind: saved.reason } }
    const before = await deps.credentials.describe()
    account = { value: candidate, storage: saved.storage }
    const calendars: CalendarChoice[] = found.value.calendars.map(({ url, displayName, holdsEvents }) => ({
      url,
      displayName,
      holdsEvents
    }))
    const sameAccount =
      before !== null && before.serverUrl === candidate.serverUrl && before.username === candidate.username
    await save({
      ...(sameAccount ? state : EMPTY_SYNC_STATE),
      homeUrl: found.value.homeUrl,
      calendars,
      error: null
    })
    failures = 0
    announce()
    return { ok: true, calendars }
  }

  async function select(selection: CalendarSelection): Promise<CalendarSyncStatus> {
    let calendarUrl = selection.calendarUrl
    let calendars = state.calendars
    if (calendarUrl === null) {
      const opened = await accountConnection()
      if (!opened.ok) {
        await save({ ...state, error: opened.error })
        return status()
      }
      if (!state.homeUrl) {
        await save({ ...state, error: { kind: 'not-caldav' } })
        return status()
      }
      // Connecting again (after Disconnect, or on a new computer) finds the calendar made before: its events keep
      // their UIDs, so the plan takes them over instead of filling a second calendar.
      const made = calendars.find((calendar) => calendar.url === studyCalendarUrl(state.homeUrl!))
      if (made) calendarUrl = made.url
      else {
        const created = await createCalendar(opened.connection, state.homeUrl)
        if (!created.ok) {
          await save({ ...state, error: created.error })
          return status()
        }
        calendarUrl = created.value.url
        calendars = [...calendars, { url: calendarUrl, displayName: created.value.displayName, holdsEvents: true }]
      }
    } else if (!calendars.some((calendar) => calendar.url === calendarUrl && calendar.holdsEvents)) {
      await save({ ...state, error: { kind: 'calendar-gone' } })
      return status()
    }
    const known = new Set(calendars.map((calendar) => calendar.url))
    const busyCalendarUrls = selection.busyCalendarUrls.filter((url) => known.has(url) && url !== calendarUrl)
    const samePlan = state.selection?.planId === selection.planId && state.selection.calendarUrl === calendarUrl
    if (!samePlan) generation++
    await save({
      ...state,
      calendars,
      selection: { ...selection, calendarUrl, busyCalendarUrls },
      // Another plan or calendar starts afresh; the old calendar keeps what it has.
      ...(samePlan ? {} : { publish: null, written: {}, deletedThere: [], incoming: null }),
      error: null
    })
    failures = 0
    pending = true
    if (snapshot?.planId === selection.planId) void round()
    announce()
    return status()
  }

  return {
    async start() {
      state = (await deps.stateFile.load()).value
      announce()
    },
    status,
    connect,
    select,
    async disconnect() {
      await deps.credentials.clear()
      generation++
      account = null
      snapshot = null
      pending = false
      failures = 0
      nextAttemptAtMs = null
      if (timer !== null) deps.scheduler.clearTimeout(timer)
      timer = null
      await save(EMPTY_SYNC_STATE)
      announce()
      return status()
    },
    publish(next) {
      if (state.selection && next.planId !== state.selection.planId) return
      if (snapshot && JSON.stringify(snapshot) === JSON.stringify(next)) return
      snapshot = next
      pending = true
      // After a failure the backoff's timer stands; otherwise publish once the changes settle.
      if (failures === 0) schedule(PUBLISH_SETTLE_MS)
      announce()
    },
    async syncNow() {
      failures = 0
      nextAttemptAtMs = null
      await round()
      return status()
    },
    async acknowledge(ack) {
      if (state.incoming?.id !== ack.id) return
      for (const { sessionId, reason } of ack.refused) {
        deps.logger.info(`The plan kept its own version of ${sessionId}: ${reason}`)
      }
      await save({ ...state, incoming: null })
      // Publish what the plan now says about those sessions (a refused move goes back to the plan's time), unless a
      // failure's backoff is waiting: its timer stands.
      pending = true
      if (failures === 0) schedule(PUBLISH_SETTLE_MS)
      announce()
    },
    checkNow() {
      if (state.selection && snapshot) schedule(0)
    },
    stop() {
      stopped = true
      if (timer !== null) deps.scheduler.clearTimeout(timer)
      timer = null
    }
  }
}

/**
 * `published` with the ETags a server left out of its answers to our writes (it may, when it altered what it stored:
 * RFC 4791 5.3.4) taken from a listing made right after: without them a later edit elsewhere could not be told
 * from our own write, so it would never be read back. A failed listing leaves them for the next round.
 */
async function withListedEtags(connection: CalDavConnection, published: PublishState): Promise<PublishState> {
  if (!Object.values(published.events).some((record) => record.etag === null)) return published
  const listed = await listRemoteEvents(connection, published.calendarUrl)
  if (!listed.ok) return published
  const events = { ...published.events }
  for (const [uid, record] of Object.entries(events)) {
    if (record.etag !== null) continue
    const remote = listed.value.get(resourceKey(record.href, published.calendarUrl))
    if (remote) events[uid] = { ...record, etag: remote.etag }
  }
  return { ...published, events }
}

/** Where createCalendar puts "Study Planner" first in the account's calendar home. */
function studyCalendarUrl(homeUrl: string): string {
  return new URL(STUDY_CALENDAR_PATH, homeUrl.endsWith('/') ? homeUrl : `${homeUrl}/`).href
}

/** The busy-time source name of a busy calendar: its busy time replaces only busy time from the same source. */
export function busySource(calendarUrl: string): string {
  return `caldav:${calendarUrl}`
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
