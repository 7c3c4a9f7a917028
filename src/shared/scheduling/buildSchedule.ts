// Entry point of the planning engine: validates the input, places every remaining minute and reports on the result.
import type { ScheduleInput, ScheduleResult, UnplacedReason, UnplacedReview, UnplacedTopic } from '../domain/schedule'
import type { Session } from '../domain/session'
import { formatLocalMs, parseLocalDate } from './calendar'
import { placeSessions, type PlacedSessions, type PlacementResult, type TopicState } from './placement'
import { summarizeProgress, type KeptSession, type ProgressSummary } from './progress'
import { buildReport } from './report'
import { DEFAULT_REVIEW_MINUTES, pendingReviews } from './reviews'
import { allTopics, plannedTopics, type TopicEntry } from './topics'
import { validateInput } from './validate'
import { blackoutDays, FreeTime, weeklyMinutes } from './windows'
import { zoneOffsets, type ZoneOffsets } from './zone'

// Hot-loop constants are local: module exports compiled to CommonJS (as tsx and the bench run them) are read
// through getter calls, which measured ~10% of planning time when the shared constants were used here.
const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

/** Hard planning horizon: about ten years of days from the first planning day. */
export const HORIZON_DAYS = 3653

/**
 * Turns a roadmap, availability, settings and progress into a study calendar.
 *
 * Each planned topic's remaining minutes (estimate minus done and pinned work) are cut into chunks between the
 * session minimum and maximum and placed, day by day from the later of the start date and `now`, into free time: the
 * weekly windows in the plan's zone minus blackouts, busy intervals, kept sessions (with breaks) and the daily cap.
 * A topic starts only after all its planned prerequisites end; up to `parallelTopics` topics are interleaved in
 * roadmap order. Due reviews take a day's first slots. Done and pinned sessions are returned unchanged; the work of
 * skipped or missed sessions simply flows into the new plan from `now`.
 *
 * Deterministic for equal input, independent of the host's time zone, and never throws: impossible input returns
 * `{ ok: false, error }` naming the field.
 */
export function buildSchedule(input: ScheduleInput): ScheduleResult {
  try {
    const error = validateInput(input)
    return error ? { ok: false, error } : plan(input)
  } catch (caught) {
    // Validation should make this unreachable; if a malformed value slips through, the caller still gets a labelled error.
    const message = caught instanceof Error ? caught.message : String(caught)
    return { ok: false, error: { code: 'invalid-value', field: 'input', message: `Input could not be planned: ${message}` } }
  }
}

function plan(input: ScheduleInput): ScheduleResult {
  const { availability, settings, roadmap } = input
  const offsets = zoneOffsets(settings.timeZone)
  const dayOf = (ms: number): number => Math.floor(offsets.instantToLocal(ms) / DAY_MS)
  const planned = plannedTopics(roadmap, settings)
  const progress = summarizeProgress(input.progress, availability.breakMinutes)
  const known = new Set(settings.knownTopics)
  const topics = topicStates(planned, progress, known)
  const topicIndex = new Map(planned.map((entry, index) => [entry.topic.id, index]))
  const firstDay = Math.max(parseLocalDate(settings.startDate)!, dayOf(input.now))
  const reviews = settings.reviews.enabled
    ? pendingReviews(input.progress?.reviews ?? [], progress.lastReviewStart, topicIndex, dayOf)
    : []
  const freeTime = new FreeTime({
    weekly: weeklyMinutes(availability),
    blackouts: blackoutDays(availability),
    blocked: [...availability.busy.map((busy) => ({ start: busy.startMs, end: busy.endMs })), ...progress.booked],
    offsets,
    notBeforeMs: Math.max(input.now, offsets.localToInstant(firstDay * DAY_MS))
  })
  const result = placeSessions({
    topics,
    topicIndex,
    freeTime,
    firstDay,
    lastDay: firstDay + HORIZON_DAYS - 1,
    usedMinutes: usedMinutesByDay(progress.kept, dayOf),
    reviews,
    rules: { ...availability, parallelTopics: settings.parallelTopics, reviewMinutes: settings.reviews.sessionMinutes ?? DEFAULT_REVIEW_MINUTES }
  })
  const stageOf = new Map(progress.kept.length === 0 ? [] : allTopics(roadmap).map((entry) => [entry.topic.id, entry.stageId]))
  const sessions = [
    ...progress.kept.map((session) => keptToSession(session, stageOf, offsets)),
    ...placedToSessions(result.placed, planned, progress.usedIds, offsets)
  ].sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const reason = (topic: TopicState): UnplacedReason =>
    topic.unmetPrerequisites > 0 ? 'prerequisite-not-placeable' : result.sawUsableTime ? 'beyond-horizon' : 'no-availability'
  const unplaced: UnplacedTopic[] = topics
    .filter((topic) => topic.remaining > 0)
    .map((topic) => ({ topicId: topic.id, stageId: topic.stageId, unplacedMinutes: topic.remaining, reason: reason(topic) }))
  const report = buildReport({
    roadmap,
    planned,
    sessions,
    doneMinutes: creditKnownTopics(progress.doneMinutes, planned, known),
    unplaced,
    unplacedReviews: unplacedReviews(result),
    firstDay,
    targetDay: settings.targetDate === undefined ? null : parseLocalDate(settings.targetDate)
  })
  return { ok: true, sessions, report }
}

/** Initial planning state of each planned topic: remaining minutes, prerequisite links and readiness. */
function topicStates(planned: readonly TopicEntry[], progress: ProgressSummary, known: ReadonlySet<string>): TopicState[] {
  const indexOf = new Map(planned.map((entry, index) => [entry.topic.id, index]))
  const states: TopicState[] = planned.map((entry, order) => {
    const id = entry.topic.id
    const covered = (progress.doneMinutes.get(id) ?? 0) + (progress.pinnedMinutes.get(id) ?? 0)
    const remaining = known.has(id) ? 0 : Math.max(0, Math.ceil(entry.topic.estimatedMinutes - covered))
    return {
      id,
      stageId: entry.stageId,
      order,
      remaining,
      prerequisites: plannedIndexes(entry.topic.prerequisites, indexOf),
      dependents: [],
      lastEndMs: progress.lastStudyEnd.get(id) ?? -Infinity,
      complete: remaining === 0,
      unmetPrerequisites: 0,
      readyAtMs: -Infinity
    }
  })
  states.forEach((state, index) => {
    for (const prerequisite of state.prerequisites) {
      states[prerequisite]!.dependents.push(index)
      if (!states[prerequisite]!.complete) state.unmetPrerequisites++
    }
    if (state.unmetPrerequisites === 0) {
      for (const prerequisite of state.prerequisites) state.readyAtMs = Math.max(state.readyAtMs, states[prerequisite]!.lastEndMs)
    }
  })
  return states
}

/** Done minutes with every known topic credited in full, so the report counts it as finished work. */
function creditKnownTopics(doneMinutes: ReadonlyMap<string, number>, planned: readonly TopicEntry[], known: ReadonlySet<string>): ReadonlyMap<string, number> {
  if (known.size === 0) return doneMinutes
  const credited = new Map(doneMinutes)
  for (const { topic } of planned) {
    if (known.has(topic.id)) credited.set(topic.id, Math.max(topic.estimatedMinutes, credited.get(topic.id) ?? 0))
  }
  return credited
}

/** Indexes of the prerequisites that are part of the plan (others count as met). */
function plannedIndexes(prerequisites: readonly string[], indexOf: ReadonlyMap<string, number>): number[] {
  const indexes: number[] = []
  for (const prerequisite of prerequisites) {
    const index = indexOf.get(prerequisite)
    if (index !== undefined) indexes.push(index)
  }
  return indexes
}

function usedMinutesByDay(kept: readonly KeptSession[], dayOf: (ms: number) => number): Map<number, number> {
  const used = new Map<number, number>()
  for (const session of kept) {
    const day = dayOf(session.startMs)
    used.set(day, (used.get(day) ?? 0) + Math.round((session.endMs - session.startMs) / MINUTE_MS))
  }
  return used
}

function localStart(startMs: number, offsets: ZoneOffsets): string {
  return formatLocalMs(offsets.instantToLocal(startMs))
}

/** Read just before the end instant, so a session ending as clocks change shows the wall time it reached. */
function localEnd(endMs: number, offsets: ZoneOffsets): string {
  return formatLocalMs(offsets.instantToLocal(endMs - 1) + 1)
}

function keptToSession(session: KeptSession, stageOf: ReadonlyMap<string, string>, offsets: ZoneOffsets): Session {
  return { ...session, stageId: stageOf.get(session.topicId) ?? '', localStart: localStart(session.startMs, offsets), localEnd: localEnd(session.endMs, offsets) }
}

/** Gives placed sessions their stable ids: the n-th study chunk and the review after the n-th rating of a topic. */
function placedToSessions(placed: PlacedSessions, planned: readonly TopicEntry[], usedIds: ReadonlySet<string>, offsets: ZoneOffsets): Session[] {
  const nextChunk = new Map<string, number>()
  const sessions: Session[] = []
  for (let index = 0; index < placed.length; index++) {
    const entry = planned[placed.topicIndex[index]!]!
    const topicId = entry.topic.id
    const ratingCount = placed.ratingCount[index]!
    const kind = ratingCount < 0 ? 'study' : 'review'
    let id: string
    if (kind === 'review') {
      id = `${topicId}:review:${ratingCount}`
      for (let retry = 1; usedIds.has(id); retry++) id = `${topicId}:review:${ratingCount}-${retry}`
    } else {
      let chunk = nextChunk.get(topicId) ?? 0
      id = `${topicId}:study:${chunk}`
      while (usedIds.size > 0 && usedIds.has(id)) id = `${topicId}:study:${++chunk}`
      nextChunk.set(topicId, chunk + 1)
    }
    const startMs = placed.startMs[index]!
    const endMs = placed.endMs[index]!
    sessions.push({
      id,
      topicId,
      stageId: entry.stageId,
      kind,
      status: 'planned',
      pinned: false,
      startMs,
      endMs,
      localStart: localStart(startMs, offsets),
      localEnd: localEnd(endMs, offsets),
      minutes: Math.round((endMs - startMs) / MINUTE_MS)
    })
  }
  return sessions
}

function unplacedReviews(result: PlacementResult): UnplacedReview[] {
  const reason = result.sawUsableTime ? 'beyond-horizon' : 'no-availability'
  return result.unplacedReviews.map((review) => ({ topicId: review.topicId, dueMs: review.dueMs, reason }))
}
