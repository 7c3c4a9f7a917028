// Quick add: checks a learner's ad-hoc session (a roadmap topic or free text at a chosen time) and builds it, pinned.
import type { Roadmap } from '../domain/roadmap'
import { messageRef, type MessageRef } from '../i18n/ref'
import { NO_TOPIC, type Session } from '../domain/session'
import type { EpochMs, IanaZone } from '../domain/time'
import { allTopics } from './topics'
import { formatLocalMinute, MINUTE_MS, zoneOffsets } from '../time'

/** Longest session quick add accepts: a long evening, not a day. */
export const MAX_QUICK_ADD_MINUTES = 480

/** Longest free-text title. */
export const MAX_QUICK_ADD_TITLE_LENGTH = 200

/** What the learner asked for: a roadmap topic, or NO_TOPIC with a title, from `startMs` to `endMs`. */
export interface QuickAddDraft {
  readonly topicId: string
  /** What a free-text session is about; only with NO_TOPIC. */
  readonly title?: string
  readonly startMs: EpochMs
  readonly endMs: EpochMs
}

/** The field a refusal is about, as the dialog names its inputs. */
export type QuickAddField = 'topicId' | 'title' | 'startMs' | 'endMs'

/** The session to store, or why the draft was refused (nothing is stored then). */
export type QuickAddResult =
  | { readonly ok: true; readonly session: Session }
  | { readonly ok: false; readonly field: QuickAddField; readonly message: MessageRef }

/** What checking a draft needs from the plan. */
export interface QuickAddContext {
  /** The new session's id; the caller makes it unique. */
  readonly id: string
  readonly roadmap: Roadmap
  readonly timeZone: IanaZone
  /** The plan's sessions: the new one may not overlap any that still holds its time (all but skipped ones). */
  readonly sessions: readonly Session[]
  readonly now: EpochMs
}

function refuse(field: QuickAddField, message: MessageRef): QuickAddResult {
  return { ok: false, field, message }
}

/**
 * Checks `draft` and builds the pinned, ad-hoc study session it asks for: on a roadmap topic it counts as work on that
 * topic; free text only blocks its time. Refuses an unknown topic, an empty or over-long title, a session that does
 * not end after it starts, lasts more than {@link MAX_QUICK_ADD_MINUTES}, is not in whole minutes, has already ended,
 * or overlaps another session.
 */
export function quickAddSession(draft: QuickAddDraft, context: QuickAddContext): QuickAddResult {
  const topics = new Map(allTopics(context.roadmap).map((entry) => [entry.topic.id, entry]))
  const freeText = draft.topicId === NO_TOPIC
  const entry = freeText ? undefined : topics.get(draft.topicId)
  const title = draft.title?.trim() ?? ''
  if (!freeText && !entry) return refuse('topicId', messageRef('errors.quickAdd.unknownTopic'))
  if (freeText && title === '') return refuse('title', messageRef('errors.quickAdd.noTitle'))
  if (freeText && title.length > MAX_QUICK_ADD_TITLE_LENGTH)
    return refuse('title', messageRef('errors.quickAdd.titleTooLong', { max: String(MAX_QUICK_ADD_TITLE_LENGTH) }))
  const { startMs, endMs } = draft
  if (!Number.isFinite(startMs) || startMs % MINUTE_MS !== 0)
    return refuse('startMs', messageRef('errors.quickAdd.startNotWholeMinutes'))
  if (!Number.isFinite(endMs) || endMs <= startMs) return refuse('endMs', messageRef('errors.session.endBeforeStart'))
  const minutes = (endMs - startMs) / MINUTE_MS
  if (!Number.isInteger(minutes)) return refuse('endMs', messageRef('errors.quickAdd.lengthNotWholeMinutes'))
  if (minutes > MAX_QUICK_ADD_MINUTES)
    return refuse('endMs', messageRef('errors.quickAdd.tooLong', { hours: MAX_QUICK_ADD_MINUTES / 60 }))
  if (endMs <= context.now) return refuse('startMs', messageRef('errors.quickAdd.pastTime'))
  const clash = context.sessions.find(
    (session) => session.status !== 'skipped' && session.startMs < endMs && startMs < session.endMs
  )
  if (clash) {
    const name = clash.title ?? topics.get(clash.topicId)?.topic.title ?? clash.topicId
    return refuse(
      'startMs',
      messageRef('errors.quickAdd.overlap', {
        name,
        start: clash.localStart.slice(11),
        end: clash.localEnd.slice(11)
      })
    )
  }
  const offsets = zoneOffsets(context.timeZone)
  const session: Session = {
    id: context.id,
    topicId: freeText ? NO_TOPIC : draft.topicId,
    stageId: entry?.stageId ?? '',
    kind: 'study',
    status: 'planned',
    pinned: true,
    startMs,
    endMs,
    localStart: formatLocalMinute(Math.floor((startMs + offsets.offsetAt(startMs)) / MINUTE_MS)),
    // Read just before the end instant, as the engine does (see Session.localEnd).
    localEnd: formatLocalMinute(Math.floor((endMs + offsets.offsetAt(endMs - 1)) / MINUTE_MS)),
    minutes,
    ...(freeText ? { title } : {}),
    adHoc: true
  }
  return { ok: true, session }
}
