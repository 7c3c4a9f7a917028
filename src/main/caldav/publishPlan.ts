// Decides, without any request, what a publish must do: which events to create, update and delete, which to leave
// alone, and which another client changed since we last wrote them (conflicts, never overwritten). Pure.
import type { CalendarObject } from './calendarObject'
import { resourceKey } from './calendarReport'
import type { RemoteEvent } from './remoteEvents'

/** What a publish last wrote for one event. */
export interface PublishedEvent {
  /** Absolute URL of its resource. */
  readonly href: string
  /** The ETag the server gave for what we wrote; null when it gave none (then the next listing's is trusted). */
  readonly etag: string | null
  /** CalendarObject.contentHash of what we wrote. */
  readonly contentHash: string
}

/**
 * What the app keeps between publishes to one calendar (the caller stores it; it holds no credentials): per UID,
 * the resource written and its ETag and content hash. A publish returns the next one; entries of events that were
 * not written (conflicts, a sync cut short) stay as they were.
 */
export interface PublishState {
  readonly calendarUrl: string
  readonly events: Readonly<Record<string, PublishedEvent>>
}

export function emptyPublishState(calendarUrl: string): PublishState {
  return { calendarUrl, events: {} }
}

/**
 * Why an event was left alone: 'edited-elsewhere' (its ETag is not the one we wrote: another client changed it),
 * 'deleted-elsewhere' (we wrote it and it is gone), 'exists-elsewhere' (a create found a resource already there).
 */
export type ConflictReason = 'edited-elsewhere' | 'deleted-elsewhere' | 'exists-elsewhere'

export type PublishStep =
  | { readonly kind: 'create'; readonly uid: string; readonly href: string; readonly object: CalendarObject }
  | {
      readonly kind: 'update'
      readonly uid: string
      readonly href: string
      readonly etag: string
      readonly object: CalendarObject
    }
  | { readonly kind: 'delete'; readonly uid: string; readonly href: string; readonly etag: string }
  /** Gone from the plan and already gone from the server: only its record is dropped. */
  | { readonly kind: 'forget'; readonly uid: string }
  | { readonly kind: 'unchanged'; readonly uid: string }
  | { readonly kind: 'conflict'; readonly uid: string; readonly reason: ConflictReason }

/**
 * The steps that bring `calendarUrl` from `state` and the server's `remote` listing (by resourceKey) to `desired`:
 * - a new event is created, or, if a resource with its UID-derived name is there already with no record of ours
 *   (a record lost after a write), updated under that resource's ETag;
 * - an event whose content hash differs is updated with If-Match of the ETag we last got;
 * - an event no longer desired is deleted with If-Match;
 * - an event whose server ETag is not ours is a conflict if we would change or delete it, and left alone otherwise
 *   (reading such edits back is the read-back's job); one we wrote that is gone is a conflict if still desired.
 * A state for another calendar counts as empty.
 */
export function planPublish(
  desired: readonly CalendarObject[],
  state: PublishState,
  remote: ReadonlyMap<string, RemoteEvent>,
  calendarUrl: string
): PublishStep[] {
  const events = state.calendarUrl === calendarUrl ? state.events : {}
  const steps: PublishStep[] = []
  const desiredUids = new Set<string>()
  for (const object of desired) {
    const uid = object.uid
    if (desiredUids.has(uid)) throw new RangeError(`Two events share the UID "${uid}".`)
    desiredUids.add(uid)
    const record = Object.hasOwn(events, uid) ? events[uid] : undefined
    const href = record?.href ?? new URL(object.resourceName, calendarUrl).href
    const remoteEtag = remote.get(resourceKey(href, calendarUrl))?.etag
    if (!record) {
      steps.push(
        remoteEtag === undefined
          ? { kind: 'create', uid, href, object }
          : { kind: 'update', uid, href, etag: remoteEtag, object }
      )
    } else if (remoteEtag === undefined) {
      steps.push({ kind: 'conflict', uid, reason: 'deleted-elsewhere' })
    } else if (record.contentHash === object.contentHash) {
      steps.push({ kind: 'unchanged', uid })
    } else if (record.etag !== null && record.etag !== remoteEtag) {
      steps.push({ kind: 'conflict', uid, reason: 'edited-elsewhere' })
    } else {
      steps.push({ kind: 'update', uid, href, etag: record.etag ?? remoteEtag, object })
    }
  }
  for (const [uid, record] of Object.entries(events)) {
    if (desiredUids.has(uid)) continue
    const remoteEtag = remote.get(resourceKey(record.href, calendarUrl))?.etag
    if (remoteEtag === undefined) steps.push({ kind: 'forget', uid })
    else if (record.etag !== null && record.etag !== remoteEtag) {
      steps.push({ kind: 'conflict', uid, reason: 'edited-elsewhere' })
    } else steps.push({ kind: 'delete', uid, href: record.href, etag: record.etag ?? remoteEtag })
  }
  return steps
}
