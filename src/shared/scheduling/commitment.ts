// The commitment horizon: which of the previous plan's sessions in the week ahead stay put, and on which topic.
import type { PinnedSession } from '../domain/plan'
import type { Reassignment } from '../domain/schedule'
import type { KeptSession, ProgressSummary } from './progress'
import type { TopicEntry } from './topics'
import type { FreeTime } from './windows'
import { MINUTE_MS } from '../time'

/** What deciding the week ahead needs. */
export interface CommitmentContext {
  /** The previous plan's planned sessions (any order); only those ending after `now` and starting before `horizonEndMs` count. */
  readonly previous: readonly PinnedSession[]
  readonly now: number
  readonly horizonEndMs: number
  /** The plan's topics in study order. */
  readonly planned: readonly TopicEntry[]
  readonly topicIndex: ReadonlyMap<string, number>
  /** Done and pinned work, before anything of the previous plan is kept. */
  readonly progress: ProgressSummary
  readonly known: ReadonlySet<string>
  /** Free time with nothing of the previous plan booked and nothing cut off before now. */
  readonly freeTime: FreeTime
  readonly dayOf: (ms: number) => number
  readonly dailyCapMinutes: number
}

/** The week ahead as the re-plan keeps it. */
export interface Commitment {
  /** Kept sessions, with the topic they now cover. */
  readonly kept: KeptSession[]
  readonly reassigned: Reassignment[]
  readonly released: string[]
}

/**
 * Keeps every session of the previous plan inside the horizon that still lies in the learner's free time and daily
 * cap, exactly where it was. A study session whose topic needs no more work (finished early, marked known, removed
 * from the plan) goes to the first topic in study order that still needs work and whose prerequisites are covered by
 * then; with none, it is released. A review is kept while its topic is in the plan.
 */
export function commitWeek(context: CommitmentContext): Commitment {
  const { planned, topicIndex, progress, known } = context
  const need = planned.map(({ topic }) =>
    known.has(topic.id)
      ? 0
      : topic.estimatedMinutes - (progress.doneMinutes.get(topic.id) ?? 0) - (progress.pinnedMinutes.get(topic.id) ?? 0)
  )
  const lastEnd = planned.map(({ topic }) => progress.lastStudyEnd.get(topic.id) ?? -Infinity)
  const usedByDay = new Map<number, number>()
  for (const session of progress.kept) addMinutes(usedByDay, context.dayOf(session.startMs), lengthMinutes(session))
  const inHorizon = context.previous
    .filter(
      (session) =>
        session.endMs > context.now && session.startMs < context.horizonEndMs && !progress.usedIds.has(session.id)
    )
    .sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

  const prerequisitesCovered = (index: number, atMs: number): boolean =>
    planned[index]!.topic.prerequisites.every((id) => {
      const prerequisite = topicIndex.get(id)
      return prerequisite === undefined || (need[prerequisite]! <= 0 && lastEnd[prerequisite]! <= atMs)
    })
  const nextTopicNeedingWork = (atMs: number): number | undefined => {
    for (let index = 0; index < planned.length; index++) {
      if (need[index]! > 0 && prerequisitesCovered(index, atMs)) return index
    }
    return undefined
  }

  const result: Commitment = { kept: [], reassigned: [], released: [] }
  for (const session of inHorizon) {
    const minutes = lengthMinutes(session)
    const day = context.dayOf(session.startMs)
    if (
      !liesInFreeTime(context.freeTime, day, session) ||
      (usedByDay.get(day) ?? 0) + minutes > context.dailyCapMinutes
    ) {
      result.released.push(session.id)
      continue
    }
    let topicId = session.topicId
    if (session.kind === 'study') {
      let index = topicIndex.get(topicId)
      if (index === undefined || need[index]! <= 0) {
        index = nextTopicNeedingWork(session.startMs)
        if (index === undefined) {
          result.released.push(session.id)
          continue
        }
        topicId = planned[index]!.topic.id
        result.reassigned.push({ sessionId: session.id, fromTopicId: session.topicId, toTopicId: topicId })
      }
      need[index]! -= minutes
      lastEnd[index] = Math.max(lastEnd[index]!, session.endMs)
    } else if (!topicIndex.has(topicId)) {
      result.released.push(session.id)
      continue
    }
    addMinutes(usedByDay, day, minutes)
    result.kept.push({
      id: session.id,
      topicId,
      kind: session.kind,
      status: 'planned',
      pinned: false,
      startMs: session.startMs,
      endMs: session.endMs,
      minutes
    })
  }
  return result
}

function lengthMinutes(session: { readonly startMs: number; readonly endMs: number }): number {
  return Math.round((session.endMs - session.startMs) / MINUTE_MS)
}

function addMinutes(byDay: Map<number, number>, day: number, minutes: number): void {
  byDay.set(day, (byDay.get(day) ?? 0) + minutes)
}

/** Whether the session lies wholly inside one free interval of its day. */
function liesInFreeTime(
  freeTime: FreeTime,
  day: number,
  session: { readonly startMs: number; readonly endMs: number }
): boolean {
  return freeTime
    .freeIntervals(day)
    .some((interval) => interval.start <= session.startMs && session.endMs <= interval.end)
}
