// Entry point of the planning engine: validates the input, places every remaining minute and reports on the result.
import { DEFAULT_COMMITMENT_DAYS } from '../domain/plan'
import type {
  KeptWeek,
  ScheduleInput,
  ScheduleResult,
  UnplacedReason,
  UnplacedReview,
  UnplacedTopic
} from '../domain/schedule'
import type { Session } from '../domain/session'
import type { PlacedSessions } from './placedSessions'
import { placeSessions, type PlacementResult } from './placement'
import { commitWeek } from './commitment'
import { summarizeProgress, withKept, type KeptSession, type ProgressSummary } from './progress'
import { buildReport } from './report'
import { DEFAULT_REVIEW_MINUTES, pendingReviews } from './reviews'
import { TopicTable } from './topicTable'
import { plannedTopics, type TopicEntry } from './topics'
import { validateInputTopics } from './validate'
import { blackoutDays, FreeTime, weeklyMinutes } from './windows'
import {
  DAY_MS as SHARED_DAY_MS,
  formatLocalMinute,
  MINUTE_MS as SHARED_MINUTE_MS,
  parseLocalDate,
  zoneOffsets,
  type ZoneOffsets
} from '../time'

// Read once into locals: these run in the planner's hot loops (see durations.ts).
const MINUTE_MS = SHARED_MINUTE_MS
const DAY_MS = SHARED_DAY_MS

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
 * skipped or missed sessions flows into the new plan from `now`, and a skipped session's slot stays free.
 *
 * With `progress.previous` (the plan as it stands), the week ahead is kept: its sessions inside the commitment horizon
 * stay exactly where they are (see commitWeek), and new work is placed after the horizon (or, with `horizon: 'fill'`,
 * also in the horizon's free time). `week` in the result says what was kept, reassigned or released.
 *
 * Deterministic for equal input, independent of the host's time zone, and never throws: impossible input returns
 * `{ ok: false, error }` naming the field.
 */
export function buildSchedule(input: ScheduleInput): ScheduleResult {
  try {
    const checked = validateInputTopics(input)
    return Array.isArray(checked) ? plan(input, checked) : { ok: false, error: checked }
  } catch (caught) {
    // Validation should make this unreachable; if a malformed value slips through, the caller still gets a labelled error.
    const message = caught instanceof Error ? caught.message : String(caught)
    return {
      ok: false,
      error: { code: 'invalid-value', field: 'input', message: `Input could not be planned: ${message}` }
    }
  }
}

/** Plans valid `input`; `roadmapTopics` are all its roadmap's topics, as validation listed them. */
function plan(input: ScheduleInput, roadmapTopics: readonly TopicEntry[]): ScheduleResult {
  const { availability, settings, roadmap } = input
  const offsets = zoneOffsets(settings.timeZone)
  const dayOf = (ms: number): number => Math.floor(offsets.instantToLocal(ms) / DAY_MS)
  const planned = plannedTopics(roadmap, settings, roadmapTopics)
  const known = new Set(settings.knownTopics)
  const topicIndex = indexTopics(planned)
  const firstDay = Math.max(parseLocalDate(settings.startDate)!, dayOf(input.now))
  const busy = availability.busy.map((interval) => ({ start: interval.startMs, end: interval.endMs }))
  const freeTimeFrom = (booked: ProgressSummary['booked'], notBeforeMs: number) =>
    new FreeTime({
      weekly: weeklyMinutes(availability),
      blackouts: blackoutDays(availability),
      blocked: [...busy, ...booked],
      offsets,
      notBeforeMs
    })
  let progress = summarizeProgress(input.progress, availability.breakMinutes)
  let notBeforeMs = Math.max(input.now, offsets.localToInstant(firstDay * DAY_MS))
  let week: KeptWeek | undefined
  if (input.progress?.previous !== undefined) {
    const horizonEndMs = input.now + (settings.commitmentDays ?? DEFAULT_COMMITMENT_DAYS) * DAY_MS
    const commitment = commitWeek({
      previous: input.progress.previous,
      now: input.now,
      horizonEndMs,
      planned,
      topicIndex,
      progress,
      known,
      freeTime: freeTimeFrom(progress.booked, -Infinity),
      dayOf,
      dailyCapMinutes: availability.dailyCapMinutes
    })
    progress = withKept(progress, commitment.kept, availability.breakMinutes)
    if (input.horizon !== 'fill') notBeforeMs = Math.max(notBeforeMs, horizonEndMs)
    week = {
      horizonEndMs,
      kept: commitment.kept.map((session) => session.id),
      reassigned: commitment.reassigned,
      released: commitment.released
    }
  }
  const topics = topicTable(planned, topicIndex, progress, known)
  const reviews = settings.reviews.enabled
    ? pendingReviews(input.progress?.reviews ?? [], progress.lastReviewStart, topicIndex, dayOf)
    : []
  const freeTime = freeTimeFrom(progress.booked, notBeforeMs)
  const result = placeSessions({
    topics,
    topicIndex,
    freeTime,
    firstDay,
    lastDay: firstDay + HORIZON_DAYS - 1,
    usedMinutes: usedMinutesByDay(progress.kept, dayOf),
    reviews,
    rules: {
      ...availability,
      parallelTopics: settings.parallelTopics,
      reviewMinutes: settings.reviews.sessionMinutes ?? DEFAULT_REVIEW_MINUTES
    }
  })
  const stageOf = new Map(
    progress.kept.length === 0 ? [] : roadmapTopics.map((entry) => [entry.topic.id, entry.stageId])
  )
  const sessions = progress.kept.map((session) => keptToSession(session, stageOf, offsets))
  addPlacedSessions(sessions, result.placed, planned, progress.usedIds, offsets)
  sessions.sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const unplaced: UnplacedTopic[] = []
  for (let index = 0; index < topics.count; index++) {
    const unplacedMinutes = topics.remaining[index]!
    if (unplacedMinutes <= 0) continue
    const reason: UnplacedReason =
      topics.unmetPrerequisites[index]! > 0
        ? 'prerequisite-not-placeable'
        : result.sawUsableTime
          ? 'beyond-horizon'
          : 'no-availability'
    unplaced.push({ topicId: planned[index]!.topic.id, stageId: planned[index]!.stageId, unplacedMinutes, reason })
  }
  const report = buildReport({
    roadmap,
    planned,
    topicIndex,
    sessions,
    doneMinutes: creditKnownTopics(progress.doneMinutes, planned, known),
    unplaced,
    unplacedReviews: unplacedReviews(result),
    firstDay,
    targetDay: settings.targetDate === undefined ? null : parseLocalDate(settings.targetDate)
  })
  return week === undefined ? { ok: true, sessions, report } : { ok: true, sessions, report, week }
}

/** Position of every planned topic by id (ids are unique once validated). */
function indexTopics(planned: readonly TopicEntry[]): Map<string, number> {
  const topicIndex = new Map<string, number>()
  for (let index = 0; index < planned.length; index++) topicIndex.set(planned[index]!.topic.id, index)
  return topicIndex
}

/** Initial planning state of the planned topics: remaining minutes, prerequisite links and readiness. */
function topicTable(
  planned: readonly TopicEntry[],
  topicIndex: ReadonlyMap<string, number>,
  progress: ProgressSummary,
  known: ReadonlySet<string>
): TopicTable {
  const count = planned.length
  const remaining = new Float64Array(count)
  const lastEndMs = new Float64Array(count)
  const prerequisiteStart = new Int32Array(count + 1)
  const prerequisiteList: number[] = []
  for (let index = 0; index < count; index++) {
    const { id, estimatedMinutes, prerequisites } = planned[index]!.topic
    const covered = (progress.doneMinutes.get(id) ?? 0) + (progress.pinnedMinutes.get(id) ?? 0)
    remaining[index] = known.has(id) ? 0 : Math.max(0, Math.ceil(estimatedMinutes - covered))
    lastEndMs[index] = progress.lastStudyEnd.get(id) ?? -Infinity
    // Prerequisites outside the plan count as met.
    for (let k = 0; k < prerequisites.length; k++) {
      const prerequisite = topicIndex.get(prerequisites[k]!)
      if (prerequisite !== undefined) prerequisiteList.push(prerequisite)
    }
    prerequisiteStart[index + 1] = prerequisiteList.length
  }
  return new TopicTable(remaining, lastEndMs, prerequisiteStart, Int32Array.from(prerequisiteList))
}

/** Done minutes with every known topic credited in full, so the report counts it as finished work. */
function creditKnownTopics(
  doneMinutes: ReadonlyMap<string, number>,
  planned: readonly TopicEntry[],
  known: ReadonlySet<string>
): ReadonlyMap<string, number> {
  if (known.size === 0) return doneMinutes
  const credited = new Map(doneMinutes)
  for (const { topic } of planned) {
    if (known.has(topic.id)) credited.set(topic.id, Math.max(topic.estimatedMinutes, credited.get(topic.id) ?? 0))
  }
  return credited
}

function usedMinutesByDay(kept: readonly KeptSession[], dayOf: (ms: number) => number): Map<number, number> {
  const used = new Map<number, number>()
  for (const session of kept) {
    const day = dayOf(session.startMs)
    used.set(day, (used.get(day) ?? 0) + Math.round((session.endMs - session.startMs) / MINUTE_MS))
  }
  return used
}

// Both work in whole local minutes (small integers) rather than local epoch milliseconds: a double passed to or
// returned from a call that is not inlined is boxed, and that was several short-lived objects per session.
function localStart(startMs: number, offsets: ZoneOffsets): string {
  return formatLocalMinute(Math.floor((startMs + offsets.offsetAt(startMs)) / MINUTE_MS))
}

/** Read just before the end instant, so a session ending as clocks change shows the wall time it reached. */
function localEnd(endMs: number, offsets: ZoneOffsets): string {
  return formatLocalMinute(Math.floor((endMs + offsets.offsetAt(endMs - 1)) / MINUTE_MS))
}

function keptToSession(session: KeptSession, stageOf: ReadonlyMap<string, string>, offsets: ZoneOffsets): Session {
  return {
    ...session,
    stageId: stageOf.get(session.topicId) ?? '',
    localStart: localStart(session.startMs, offsets),
    localEnd: localEnd(session.endMs, offsets)
  }
}

/**
 * Appends the placed sessions to `sessions` with their stable ids: the n-th study chunk and the review after the n-th
 * rating of a topic.
 */
function addPlacedSessions(
  sessions: Session[],
  placed: PlacedSessions,
  planned: readonly TopicEntry[],
  usedIds: ReadonlySet<string>,
  offsets: ZoneOffsets
): void {
  // Per topic: the next chunk number and the shared 'topic:study:' prefix, so an id costs one short string, not two.
  const nextChunk = new Int32Array(planned.length)
  const studyPrefix = Array.from<string | undefined>({ length: planned.length })
  for (let index = 0; index < placed.length; index++) {
    const topicIndex = placed.topicIndex(index)
    const entry = planned[topicIndex]!
    const topicId = entry.topic.id
    const ratingCount = placed.ratingCount(index)
    const kind = ratingCount < 0 ? 'study' : 'review'
    let id: string
    if (kind === 'review') {
      id = `${topicId}:review:${ratingCount}`
      for (let retry = 1; usedIds.has(id); retry++) id = `${topicId}:review:${ratingCount}-${retry}`
    } else {
      const prefix = (studyPrefix[topicIndex] ??= `${topicId}:study:`)
      let chunk = nextChunk[topicIndex]!
      id = prefix + chunk
      while (usedIds.size > 0 && usedIds.has(id)) id = prefix + ++chunk
      nextChunk[topicIndex] = chunk + 1
    }
    const startMs = placed.startMs(index)
    const endMs = placed.endMs(index)
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
}

function unplacedReviews(result: PlacementResult): UnplacedReview[] {
  const reason = result.sawUsableTime ? 'beyond-horizon' : 'no-availability'
  return result.unplacedReviews.map((review) => ({ topicId: review.topicId, dueMs: review.dueMs, reason }))
}
