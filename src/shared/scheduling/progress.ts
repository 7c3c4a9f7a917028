// Reads Progress into what planning needs: kept sessions, minutes already covered per topic, ids in use, booked time.
import type { Progress } from '../domain/plan'
import { NO_TOPIC, type SessionKind } from '../domain/session'
import { MINUTE_MS } from '../time'
import type { Interval } from './intervals'

/** A done or pinned session, or a planned one of the week ahead, that the plan keeps exactly. */
export interface KeptSession {
  readonly id: string
  readonly topicId: string
  readonly kind: SessionKind
  readonly status: 'done' | 'planned'
  readonly pinned: boolean
  readonly startMs: number
  readonly endMs: number
  /** Actual minutes for done sessions, length for pinned ones. */
  readonly minutes: number
  /** A free-text session's title (its topicId is NO_TOPIC). */
  readonly title?: string
  readonly adHoc?: true
}

/** Progress digested for planning. */
export interface ProgressSummary {
  readonly kept: readonly KeptSession[]
  /** Minutes of done study per topic (uncapped). */
  readonly doneMinutes: ReadonlyMap<string, number>
  /** Minutes of pinned or kept planned (not done) study per topic. */
  readonly pinnedMinutes: ReadonlyMap<string, number>
  /** Latest end of a kept study session per topic. */
  readonly lastStudyEnd: ReadonlyMap<string, number>
  /** Latest start of a kept review session per topic. */
  readonly lastReviewStart: ReadonlyMap<string, number>
  /** Every id new sessions must avoid. */
  readonly usedIds: ReadonlySet<string>
  /** Kept sessions widened by the break on both sides, and the slots of skipped sessions: time new sessions may not use. */
  readonly booked: readonly Interval[]
}

const EMPTY_PROGRESS: Progress = { done: [], skipped: [], pinned: [], reviews: [] }

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value)
}

function raise(map: Map<string, number>, key: string, value: number): void {
  map.set(key, Math.max(map.get(key) ?? -Infinity, value))
}

/** Digests `progress`; a pinned session whose id was also skipped is dropped (the learner let it go). */
export function summarizeProgress(progress: Progress | undefined, breakMinutes: number): ProgressSummary {
  const { done, skipped, pinned, freed = [] } = progress ?? EMPTY_PROGRESS
  const skippedIds = new Set(skipped)
  const kept: KeptSession[] = [
    ...done.map((session): KeptSession => ({
      ...pick(session),
      status: 'done',
      pinned: false,
      minutes: session.actualMinutes
    })),
    ...pinned
      .filter((session) => !skippedIds.has(session.id))
      .map((session): KeptSession => ({
        ...pick(session),
        status: 'planned',
        pinned: true,
        minutes: Math.round((session.endMs - session.startMs) / MINUTE_MS),
        ...(session.title === undefined ? {} : { title: session.title }),
        ...(session.adHoc ? { adHoc: true as const } : {})
      }))
  ]
  const summary: ProgressSummary = {
    kept: [],
    doneMinutes: new Map(),
    pinnedMinutes: new Map(),
    lastStudyEnd: new Map(),
    lastReviewStart: new Map(),
    usedIds: new Set(skipped),
    // A skipped session's own slot stays free, but it needs no break around it: nothing is studied there.
    booked: freed.map((slot) => ({ start: slot.startMs, end: slot.endMs }))
  }
  return withKept(summary, kept, breakMinutes)
}

/** `summary` with more sessions kept exactly (the week ahead's planned sessions). */
export function withKept(
  summary: ProgressSummary,
  sessions: readonly KeptSession[],
  breakMinutes: number
): ProgressSummary {
  const doneMinutes = new Map(summary.doneMinutes)
  const pinnedMinutes = new Map(summary.pinnedMinutes)
  const lastStudyEnd = new Map(summary.lastStudyEnd)
  const lastReviewStart = new Map(summary.lastReviewStart)
  for (const session of sessions) {
    // A free-text session only blocks its time: it is work on no topic.
    if (session.topicId === NO_TOPIC) continue
    if (session.kind === 'review') {
      raise(lastReviewStart, session.topicId, session.startMs)
      continue
    }
    add(session.status === 'done' ? doneMinutes : pinnedMinutes, session.topicId, session.minutes)
    raise(lastStudyEnd, session.topicId, session.endMs)
  }
  const padMs = breakMinutes * MINUTE_MS
  return {
    kept: [...summary.kept, ...sessions],
    doneMinutes,
    pinnedMinutes,
    lastStudyEnd,
    lastReviewStart,
    usedIds: new Set([...summary.usedIds, ...sessions.map((session) => session.id)]),
    booked: [
      ...summary.booked,
      ...sessions.map((session) => ({ start: session.startMs - padMs, end: session.endMs + padMs }))
    ]
  }
}

function pick(session: { id: string; topicId: string; kind: SessionKind; startMs: number; endMs: number }) {
  return {
    id: session.id,
    topicId: session.topicId,
    kind: session.kind,
    startMs: session.startMs,
    endMs: session.endMs
  }
}
