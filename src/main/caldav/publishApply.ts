// Carries out a publish's steps against the server, a few requests at a time, and says what happened to each event.
import { createObject, deleteObject, updateObject } from 'tsdav'
import { CalDavFailure, type CalDavError } from './caldavErrors'
import type { CalDavConnection } from './connection'
import type { ConflictReason, PublishState, PublishStep, PublishedEvent } from './publishPlan'

export interface PublishConflict {
  readonly uid: string
  readonly reason: ConflictReason
}

/** UIDs by what a publish did with them. */
export interface PublishSummary {
  readonly created: readonly string[]
  readonly updated: readonly string[]
  /** Deleted now, or found already gone when the plan no longer had them. */
  readonly deleted: readonly string[]
  readonly unchanged: readonly string[]
  /** Left alone because another client changed or deleted them since our last write (a 412 among them). */
  readonly conflicts: readonly PublishConflict[]
}

/**
 * A publish's outcome. `state` holds every write that happened, also when `error` says the publish stopped early
 * (wrong password, server gone, calendar deleted): store it, and the next publish does only what is left.
 */
export interface PublishOutcome {
  readonly summary: PublishSummary
  readonly state: PublishState
  readonly error: CalDavError | null
}

/** Requests a publish keeps in flight by default. */
export const DEFAULT_PUBLISH_CONCURRENCY = 4

const CALENDAR_TYPE = 'text/calendar; charset=utf-8'

type StepResult =
  | { readonly kind: 'written'; readonly record: PublishedEvent }
  | { readonly kind: 'deleted' }
  | { readonly kind: 'conflict'; readonly reason: ConflictReason }

/** A status no event-level outcome explains: the calendar is gone (404/409/410 on a write) or worse. */
function statusFailure(status: number): CalDavFailure {
  if (status === 403) return new CalDavFailure({ kind: 'forbidden' })
  if (status === 404 || status === 409 || status === 410) return new CalDavFailure({ kind: 'calendar-gone' })
  return new CalDavFailure({ kind: 'server-error', status })
}

async function runStep(
  connection: CalDavConnection,
  step: Extract<PublishStep, { kind: 'create' | 'update' | 'delete' }>
): Promise<StepResult> {
  const fetch = connection.fetch
  if (step.kind === 'delete') {
    const response = await deleteObject({ url: step.href, etag: step.etag, fetch })
    await response.body?.cancel()
    if (response.ok || response.status === 404 || response.status === 410) return { kind: 'deleted' }
    if (response.status === 412) return { kind: 'conflict', reason: 'edited-elsewhere' }
    throw statusFailure(response.status)
  }
  const response =
    step.kind === 'create'
      ? await createObject({
          url: step.href,
          data: step.object.text,
          headers: { 'content-type': CALENDAR_TYPE, 'if-none-match': '*' },
          fetch
        })
      : await updateObject({
          url: step.href,
          data: step.object.text,
          etag: step.etag,
          headers: { 'content-type': CALENDAR_TYPE },
          fetch
        })
  await response.body?.cancel()
  if (response.ok) {
    return {
      kind: 'written',
      record: { href: step.href, etag: response.headers.get('etag'), contentHash: step.object.contentHash }
    }
  }
  if (response.status === 412) {
    return { kind: 'conflict', reason: step.kind === 'create' ? 'exists-elsewhere' : 'edited-elsewhere' }
  }
  if (step.kind === 'update' && response.status === 404) return { kind: 'conflict', reason: 'deleted-elsewhere' }
  throw statusFailure(response.status)
}

/**
 * Runs `steps` (from planPublish for `calendarUrl`) with at most `concurrency` requests in flight. A 412 makes that
 * event a conflict and the rest go on; a failure of the whole publish (wrong password, unreachable, calendar gone)
 * stops it: no new request starts, and the outcome carries the error beside the state of what was written.
 */
export async function applyPublishPlan(
  connection: CalDavConnection,
  steps: readonly PublishStep[],
  state: PublishState,
  calendarUrl: string,
  concurrency: number = DEFAULT_PUBLISH_CONCURRENCY
): Promise<PublishOutcome> {
  const events: Record<string, PublishedEvent> = state.calendarUrl === calendarUrl ? { ...state.events } : {}
  const created: string[] = []
  const updated: string[] = []
  const deleted: string[] = []
  const unchanged: string[] = []
  const conflicts: PublishConflict[] = []
  const requests: Extract<PublishStep, { kind: 'create' | 'update' | 'delete' }>[] = []
  for (const step of steps) {
    if (step.kind === 'unchanged') unchanged.push(step.uid)
    else if (step.kind === 'conflict') conflicts.push({ uid: step.uid, reason: step.reason })
    else if (step.kind === 'forget') {
      delete events[step.uid]
      deleted.push(step.uid)
    } else requests.push(step)
  }
  let error: CalDavError | null = null
  let next = 0
  const worker = async (): Promise<void> => {
    while (error === null && next < requests.length) {
      const step = requests[next++]
      if (!step) return
      try {
        const result = await runStep(connection, step)
        if (result.kind === 'conflict') conflicts.push({ uid: step.uid, reason: result.reason })
        else if (result.kind === 'deleted') {
          delete events[step.uid]
          deleted.push(step.uid)
        } else {
          events[step.uid] = result.record
          ;(step.kind === 'create' ? created : updated).push(step.uid)
        }
      } catch (failure) {
        error ??=
          failure instanceof CalDavFailure
            ? failure.error
            : { kind: 'unreachable', detail: failure instanceof Error ? failure.message : String(failure) }
      }
    }
  }
  const workers = Math.max(1, Math.min(concurrency, requests.length))
  await Promise.all(Array.from({ length: workers }, worker))
  return {
    summary: { created, updated, deleted, unchanged, conflicts },
    state: { calendarUrl, events },
    error
  }
}
