// Independent checks of a plan's invariants, using Intl directly (not the engine's zone code) for wall-clock times.
import type { ScheduleInput, ScheduleResult } from '../../../../src/shared/domain/schedule'
import type { Session } from '../../../../src/shared/domain/session'

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Wall time 'YYYY-MM-DDTHH:mm' of an instant in `zone`, straight from Intl. */
export function intlWall(ms: number, zone: string): string {
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit'
    })
    formatters.set(zone, formatter)
  }
  const parts = Object.fromEntries(formatter.formatToParts(ms).map((part) => [part.type, part.value]))
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
}

function minutesOfDay(wall: string): number {
  return Number(wall.slice(11, 13)) * 60 + Number(wall.slice(14, 16))
}

function clockMinutes(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5))
}

function weekdayOfDate(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

/** Minutes between two wall times, as a wall clock reads them. */
function wallDiffMinutes(from: string, to: string): number {
  return (Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60_000
}

/** A weekday's windows as merged minute ranges (overlapping or touching windows form one range, as documented). */
function mergedWindows(input: ScheduleInput, weekday: number): Array<[number, number]> {
  const ranges = input.availability.windows
    .filter((window) => window.weekday === weekday)
    .map((window): [number, number] => [clockMinutes(window.start), clockMinutes(window.end)])
    .sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([...range])
  }
  return merged
}

type Planned = Extract<ScheduleResult, { ok: true }>

function isNew(session: Session, input: ScheduleInput): boolean {
  const progress = input.progress
  if (!progress) return true
  return (
    !progress.done.some((done) => done.id === session.id) && !progress.pinned.some((pinned) => pinned.id === session.id)
  )
}

/** Sessions never overlap in time. */
export function checkNoOverlap(result: Planned): string | null {
  const sorted = [...result.sessions].sort((a, b) => a.startMs - b.startMs)
  for (let index = 1; index < sorted.length; index++) {
    if (sorted[index]!.startMs < sorted[index - 1]!.endMs)
      return `${sorted[index - 1]!.id} overlaps ${sorted[index]!.id}`
  }
  return null
}

/**
 * Each new session lies in one weekly window of its weekday (wall clock, via Intl), never on a blackout day, never in
 * busy time, never in the repeated hour of a fall-back night, and carries the wall times Intl gives.
 */
export function checkInsideAvailability(input: ScheduleInput, result: Planned): string | null {
  const zone = input.settings.timeZone
  for (const session of result.sessions.filter((candidate) => isNew(candidate, input))) {
    const start = intlWall(session.startMs, zone)
    const lastMinute = intlWall(session.endMs - 60_000, zone)
    if (session.localStart !== start) return `${session.id} localStart ${session.localStart} but Intl says ${start}`
    if (wallDiffMinutes(start, lastMinute) < session.minutes - 1)
      return `${session.id} runs through a repeated (fall-back) hour`
    const date = start.slice(0, 10)
    if (lastMinute.slice(0, 10) !== date) return `${session.id} crosses midnight`
    const from = minutesOfDay(start)
    const to = minutesOfDay(lastMinute) + 1
    const inWindow = mergedWindows(input, weekdayOfDate(date)).some(
      ([windowStart, windowEnd]) => windowStart <= from && to <= windowEnd
    )
    if (!inWindow) return `${session.id} (${start}..${lastMinute}) is outside every window`
    if (input.availability.blackouts.some((blackout) => blackout.start <= date && date <= blackout.end))
      return `${session.id} is on a blackout day ${date}`
    const busy = input.availability.busy.find(
      (interval) => interval.startMs < session.endMs && session.startMs < interval.endMs
    )
    if (busy) return `${session.id} overlaps busy time`
  }
  return null
}

/** On any day with a new session, all sessions that day fit the cap; new sessions keep the break from all others. */
export function checkCapAndBreaks(input: ScheduleInput, result: Planned): string | null {
  const zone = input.settings.timeZone
  const byDay = new Map<string, Session[]>()
  for (const session of result.sessions) {
    const date = intlWall(session.startMs, zone).slice(0, 10)
    byDay.set(date, [...(byDay.get(date) ?? []), session])
  }
  for (const [date, sessions] of byDay) {
    if (!sessions.some((session) => isNew(session, input))) continue
    const minutes = sessions.reduce(
      (total, session) => total + Math.round((session.endMs - session.startMs) / 60_000),
      0
    )
    if (minutes > input.availability.dailyCapMinutes)
      return `${date} holds ${minutes} minutes, cap ${input.availability.dailyCapMinutes}`
  }
  const breakMs = input.availability.breakMinutes * 60_000
  const sorted = [...result.sessions].sort((a, b) => a.startMs - b.startMs)
  for (let index = 1; index < sorted.length; index++) {
    const previous = sorted[index - 1]!
    const current = sorted[index]!
    if ((isNew(previous, input) || isNew(current, input)) && current.startMs - previous.endMs < breakMs)
      return `no break between ${previous.id} and ${current.id}`
  }
  return null
}

/** New study sessions are within the size bounds; only a topic's last new session may be shorter than the minimum. */
export function checkSessionLengths(input: ScheduleInput, result: Planned): string | null {
  const { sessionMinMinutes, sessionMaxMinutes } = input.availability
  const reviewMinutes = input.settings.reviews.sessionMinutes ?? 15
  const fresh = result.sessions.filter((session) => isNew(session, input))
  for (const session of fresh) {
    if (session.minutes !== (session.endMs - session.startMs) / 60_000)
      return `${session.id} minutes disagree with its length`
    if (session.kind === 'review') {
      if (session.minutes !== reviewMinutes) return `review ${session.id} lasts ${session.minutes}`
      continue
    }
    if (session.minutes > sessionMaxMinutes) return `${session.id} lasts ${session.minutes} > max`
    const later = fresh.some(
      (other) => other.kind === 'study' && other.topicId === session.topicId && other.startMs > session.startMs
    )
    if (session.minutes < sessionMinMinutes && later)
      return `${session.id} lasts ${session.minutes} < min and is not the last`
  }
  return null
}

/** A topic's new sessions start only after every planned prerequisite's sessions have ended. */
export function checkPrerequisites(
  input: ScheduleInput,
  result: Planned,
  plannedIds: ReadonlySet<string>
): string | null {
  const prerequisitesOf = new Map<string, readonly string[]>()
  for (const stage of input.roadmap.stages) {
    const topics = stage.kind === 'choice' ? stage.tracks.flatMap((track) => track.topics) : stage.topics
    for (const topic of topics) prerequisitesOf.set(topic.id, topic.prerequisites)
  }
  const unplaced = new Set(result.report.unplaced.map((topic) => topic.topicId))
  for (const session of result.sessions.filter((candidate) => candidate.kind === 'study' && isNew(candidate, input))) {
    for (const prerequisite of prerequisitesOf.get(session.topicId) ?? []) {
      if (!plannedIds.has(prerequisite)) continue
      if (unplaced.has(prerequisite)) return `${session.id} placed although prerequisite ${prerequisite} is unplaced`
      const last = Math.max(
        ...result.sessions
          .filter((other) => other.kind === 'study' && other.topicId === prerequisite)
          .map((other) => other.endMs)
      )
      if (session.startMs < last) return `${session.id} starts before prerequisite ${prerequisite} ends`
    }
  }
  return null
}

/** Done + pinned + new study minutes (+ unplaced) make up each planned topic's estimate. */
export function checkMinutesConserved(
  input: ScheduleInput,
  result: Planned,
  estimates: ReadonlyMap<string, number>
): string | null {
  for (const [topicId, estimate] of estimates) {
    const progress = input.progress
    const skipped = new Set(progress?.skipped ?? [])
    const done = (progress?.done ?? [])
      .filter((session) => session.topicId === topicId && session.kind === 'study')
      .reduce((total, session) => total + session.actualMinutes, 0)
    const pinned = (progress?.pinned ?? [])
      .filter((session) => session.topicId === topicId && session.kind === 'study' && !skipped.has(session.id))
      .reduce((total, session) => total + Math.round((session.endMs - session.startMs) / 60_000), 0)
    const fresh = result.sessions
      .filter((session) => session.topicId === topicId && session.kind === 'study' && isNew(session, input))
      .reduce((total, session) => total + session.minutes, 0)
    const unplaced = result.report.unplaced.find((topic) => topic.topicId === topicId)?.unplacedMinutes ?? 0
    const known = input.settings.knownTopics?.includes(topicId) === true
    const expected = known ? 0 : Math.max(0, Math.ceil(estimate - done - pinned))
    if (fresh + unplaced !== expected) return `${topicId}: ${fresh} placed + ${unplaced} unplaced, expected ${expected}`
  }
  return null
}

/** Done sessions and pinned sessions that were not skipped come back exactly as given. */
export function checkKeptSessions(input: ScheduleInput, result: Planned): string | null {
  const byId = new Map(result.sessions.map((session) => [session.id, session]))
  const skipped = new Set(input.progress?.skipped ?? [])
  for (const pinned of input.progress?.pinned ?? []) {
    const session = byId.get(pinned.id)
    if (skipped.has(pinned.id)) {
      if (session) return `skipped pin ${pinned.id} is still in the plan`
      continue
    }
    if (
      !session ||
      !session.pinned ||
      session.startMs !== pinned.startMs ||
      session.endMs !== pinned.endMs ||
      session.topicId !== pinned.topicId
    )
      return `pinned ${pinned.id} changed`
  }
  for (const done of input.progress?.done ?? []) {
    const session = byId.get(done.id)
    if (!session || session.status !== 'done' || session.startMs !== done.startMs || session.endMs !== done.endMs)
      return `done ${done.id} changed`
  }
  const ids = new Set<string>()
  for (const session of result.sessions) {
    if (ids.has(session.id)) return `id ${session.id} used twice`
    if (skipped.has(session.id)) return `skipped id ${session.id} reused`
    ids.add(session.id)
  }
  return null
}

/** Nothing new starts before `now`. */
export function checkNothingBeforeNow(input: ScheduleInput, result: Planned): string | null {
  const early = result.sessions.find((session) => isNew(session, input) && session.startMs < input.now)
  return early ? `${early.id} starts before now` : null
}

/** The report's figures follow from the sessions. */
export function checkReport(
  input: ScheduleInput,
  result: Planned,
  estimates: ReadonlyMap<string, number>
): string | null {
  const { report, sessions } = result
  const planned = sessions.filter((session) => session.status === 'planned')
  const studyMinutes = planned
    .filter((session) => session.kind === 'study')
    .reduce((total, session) => total + session.minutes, 0)
  if (report.plannedStudyMinutes !== studyMinutes)
    return `plannedStudyMinutes ${report.plannedStudyMinutes} vs ${studyMinutes}`
  const reviewMinutes = planned
    .filter((session) => session.kind === 'review')
    .reduce((total, session) => total + session.minutes, 0)
  if (report.plannedReviewMinutes !== reviewMinutes)
    return `plannedReviewMinutes ${report.plannedReviewMinutes} vs ${reviewMinutes}`
  const total = [...estimates.values()].reduce((sum, minutes) => sum + minutes, 0)
  if (report.totalMinutes !== total) return `totalMinutes ${report.totalMinutes} vs ${total}`
  if (report.remainingMinutes !== report.totalMinutes - report.doneMinutes) return 'remaining != total - done'
  const study = sessions.filter((session) => session.kind === 'study' && estimates.has(session.topicId))
  const last = study.reduce<Session | null>(
    (latest, session) => (latest === null || session.endMs > latest.endMs ? session : latest),
    null
  )
  const expectedFinish =
    report.unplaced.length > 0 || last === null ? null : intlWall(last.startMs, input.settings.timeZone).slice(0, 10)
  if (report.finishDate !== expectedFinish) return `finishDate ${report.finishDate} vs ${expectedFinish}`
  const target = input.settings.targetDate
  const late =
    target === undefined
      ? 0
      : planned
          .filter((session) => session.kind === 'study' && session.localStart.slice(0, 10) > target)
          .reduce((sum, session) => sum + session.minutes, 0)
  const unplacedMinutes = report.unplaced.reduce((sum, topic) => sum + topic.unplacedMinutes, 0)
  if (report.shortfallMinutes !== late + unplacedMinutes)
    return `shortfall ${report.shortfallMinutes} vs ${late + unplacedMinutes}`
  if (report.feasible !== (late + unplacedMinutes === 0 && report.unplaced.length === 0))
    return 'feasible flag disagrees'
  return null
}

/** Estimates of the topics a plan should include, worked out independently of the engine's own selection. */
export function plannedEstimates(input: ScheduleInput): Map<string, number> {
  const estimates = new Map<string, number>()
  const includeOptional = input.settings.includeOptional !== false
  for (const stage of input.roadmap.stages) {
    if (stage.optional && !includeOptional) continue
    const topics =
      stage.kind === 'choice'
        ? ((stage.tracks.find((track) => track.id === input.settings.trackChoices?.[stage.id]) ?? stage.tracks[0])
            ?.topics ?? [])
        : stage.topics
    for (const topic of topics) if (includeOptional || !topic.optional) estimates.set(topic.id, topic.estimatedMinutes)
  }
  return estimates
}
