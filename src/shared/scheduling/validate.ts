// Checks a whole ScheduleInput and names the first impossible field, so buildSchedule never throws on bad input.
import type { Availability } from '../domain/availability'
import { MAX_COMMITMENT_DAYS, type PlanSettings, type Progress } from '../domain/plan'
import type { Roadmap } from '../domain/roadmap'
import { NO_TOPIC } from '../domain/session'
import type { ScheduleError, ScheduleInput } from '../domain/schedule'
import { allTopics, type TopicEntry } from './topics'
import { validateRoadmapTopics } from './validateRoadmap'
import { isKnownTimeZone, parseClockTime, parseLocalDate } from '../time'
import { messageRef, type MessageRef } from '../i18n/ref'

const RATINGS = new Set(['again', 'hard', 'good', 'easy'])
const MINUTES_PER_DAY = 1440

function fail(code: ScheduleError['code'], field: string, message: MessageRef): ScheduleError {
  return { code, field, message: message.key, ref: message }
}

function isWholeMinutes(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
}

const EARLIEST_INSTANT = Date.UTC(1900, 0, 1)
const LATEST_INSTANT = Date.UTC(3000, 0, 1)

/** Plan instants stay within 1900-2999, like plan dates, so zone tables never span absurd ranges. */
function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= EARLIEST_INSTANT && value < LATEST_INSTANT
}

function isTitle(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** The first problem in `input`, or null when a plan can be built from it. */
export function validateInput(input: ScheduleInput): ScheduleError | null {
  const checked = validateInputTopics(input)
  return Array.isArray(checked) ? null : checked
}

/** The first problem in `input`, or, when a plan can be built from it, the roadmap's topics (allTopics). */
export function validateInputTopics(input: ScheduleInput): ScheduleError | TopicEntry[] {
  if (!input || typeof input !== 'object')
    return fail('invalid-value', 'input', messageRef('errors.planSettings.notObject'))
  if (!isInstant(input.now)) return fail('invalid-value', 'now', messageRef('errors.planSettings.badNow'))
  const topics = validateRoadmapTopics(input.roadmap)
  if (!Array.isArray(topics)) return topics
  return (
    validateSettings(input.settings, input.roadmap) ??
    validateAvailability(input.availability) ??
    validateProgress(input.progress, input.roadmap, topics) ??
    topics
  )
}

/** The first problem in plan settings (zone, dates, parallel topics, reviews, track choices), or null. */
export function validateSettings(settings: PlanSettings, roadmap: Roadmap): ScheduleError | null {
  if (!settings || typeof settings !== 'object')
    return fail('invalid-value', 'settings', messageRef('errors.planSettings.noSettings'))
  if (!isKnownTimeZone(settings.timeZone))
    return fail(
      'invalid-time-zone',
      'settings.timeZone',
      messageRef('errors.planSettings.unknownZone', { zone: String(settings.timeZone) })
    )
  const start = parseLocalDate(settings.startDate)
  if (start === null) return fail('invalid-date', 'settings.startDate', messageRef('errors.planSettings.badStart'))
  if (settings.targetDate !== undefined) {
    const target = parseLocalDate(settings.targetDate)
    if (target === null) return fail('invalid-date', 'settings.targetDate', messageRef('errors.planSettings.badTarget'))
    if (target < start)
      return fail('target-before-start', 'settings.targetDate', messageRef('errors.planSettings.targetBeforeStart'))
  }
  if (![1, 2, 3].includes(settings.parallelTopics))
    return fail('invalid-value', 'settings.parallelTopics', messageRef('errors.planSettings.parallel'))
  if (!settings.reviews || typeof settings.reviews.enabled !== 'boolean')
    return fail('invalid-value', 'settings.reviews.enabled', messageRef('errors.planSettings.reviewsOn'))
  const reviewMinutes = settings.reviews.sessionMinutes
  if (reviewMinutes !== undefined && !isWholeMinutes(reviewMinutes, 1, 240)) {
    return fail('invalid-value', 'settings.reviews.sessionMinutes', messageRef('errors.planSettings.reviewLength'))
  }
  if (settings.commitmentDays !== undefined && !isWholeMinutes(settings.commitmentDays, 0, MAX_COMMITMENT_DAYS)) {
    return fail(
      'invalid-value',
      'settings.commitmentDays',
      messageRef('errors.planSettings.commitment', { max: String(MAX_COMMITMENT_DAYS) })
    )
  }
  for (const [stageId, trackId] of Object.entries(settings.trackChoices ?? {})) {
    const stage = roadmap.stages.find((candidate) => candidate.id === stageId)
    if (!stage || stage.kind !== 'choice' || !stage.tracks.some((track) => track.id === trackId)) {
      return fail(
        'unknown-track',
        `settings.trackChoices.${stageId}`,
        messageRef('errors.planSettings.unknownTrack', { track: String(trackId), stage: stageId })
      )
    }
  }
  return null
}

/** The first problem in availability (windows, blackouts, busy time, session sizes), or null. */
export function validateAvailability(availability: Availability): ScheduleError | null {
  if (!availability || !Array.isArray(availability.windows))
    return fail('invalid-value', 'availability.windows', messageRef('errors.planSettings.windowsNotList'))
  return checkWindows(availability) ?? checkBlackoutsAndBusy(availability) ?? checkSessionSizes(availability)
}

function checkWindows(availability: Availability): ScheduleError | null {
  if (availability.windows.length === 0)
    return fail('no-availability', 'availability.windows', messageRef('errors.planSettings.noWindows'))
  for (const [index, window] of availability.windows.entries()) {
    const field = `availability.windows[${index}]`
    if (!Number.isInteger(window.weekday) || window.weekday < 0 || window.weekday > 6)
      return fail('invalid-value', `${field}.weekday`, messageRef('errors.planSettings.weekday'))
    const start = parseClockTime(window.start, false)
    if (start === null) return fail('invalid-value', `${field}.start`, messageRef('errors.planSettings.windowStart'))
    const end = parseClockTime(window.end, true)
    if (end === null) return fail('invalid-value', `${field}.end`, messageRef('errors.planSettings.windowEnd'))
    if (end <= start)
      return fail(
        'window-ends-before-start',
        `${field}.end`,
        messageRef('errors.planSettings.windowOrder', { end: window.end, start: window.start })
      )
  }
  return null
}

function checkBlackoutsAndBusy(availability: Availability): ScheduleError | null {
  if (!Array.isArray(availability.blackouts))
    return fail('invalid-value', 'availability.blackouts', messageRef('errors.planSettings.blackoutsNotList'))
  for (const [index, blackout] of availability.blackouts.entries()) {
    const field = `availability.blackouts[${index}]`
    const start = parseLocalDate(blackout.start)
    if (start === null) return fail('invalid-date', `${field}.start`, messageRef('errors.planSettings.blackoutStart'))
    const end = parseLocalDate(blackout.end)
    if (end === null) return fail('invalid-date', `${field}.end`, messageRef('errors.planSettings.blackoutEnd'))
    if (end < start)
      return fail('window-ends-before-start', `${field}.end`, messageRef('errors.planSettings.blackoutOrder'))
  }
  if (!Array.isArray(availability.busy))
    return fail('invalid-value', 'availability.busy', messageRef('errors.planSettings.busyNotList'))
  for (const [index, busy] of availability.busy.entries()) {
    const field = `availability.busy[${index}]`
    if (!isFiniteNumber(busy.startMs))
      return fail('invalid-value', `${field}.startMs`, messageRef('errors.planSettings.busyStart'))
    if (!isFiniteNumber(busy.endMs))
      return fail('invalid-value', `${field}.endMs`, messageRef('errors.planSettings.busyEnd'))
    if (busy.endMs < busy.startMs)
      return fail('window-ends-before-start', `${field}.endMs`, messageRef('errors.planSettings.busyOrder'))
  }
  return null
}

function checkSessionSizes(availability: Availability): ScheduleError | null {
  const { dailyCapMinutes, sessionMinMinutes, sessionMaxMinutes, breakMinutes } = availability
  if (!isWholeMinutes(sessionMinMinutes, 1, MINUTES_PER_DAY))
    return fail('invalid-value', 'availability.sessionMinMinutes', messageRef('errors.planSettings.sessionMin'))
  if (!isWholeMinutes(sessionMaxMinutes, 1, MINUTES_PER_DAY))
    return fail('invalid-value', 'availability.sessionMaxMinutes', messageRef('errors.planSettings.sessionMax'))
  if (sessionMinMinutes > sessionMaxMinutes) {
    return fail(
      'session-min-above-max',
      'availability.sessionMinMinutes',
      messageRef('errors.planSettings.minAboveMax', { min: String(sessionMinMinutes), max: String(sessionMaxMinutes) })
    )
  }
  if (!isWholeMinutes(dailyCapMinutes, 1, MINUTES_PER_DAY))
    return fail('invalid-value', 'availability.dailyCapMinutes', messageRef('errors.planSettings.dailyCap'))
  if (dailyCapMinutes < sessionMinMinutes) {
    return fail(
      'session-min-above-max',
      'availability.dailyCapMinutes',
      messageRef('errors.planSettings.capBelowMin', { cap: String(dailyCapMinutes), min: String(sessionMinMinutes) })
    )
  }
  if (!isWholeMinutes(breakMinutes, 0, MINUTES_PER_DAY))
    return fail('invalid-value', 'availability.breakMinutes', messageRef('errors.planSettings.breakLength'))
  return null
}

/**
 * The first problem in progress (unknown topics, repeated ids, reversed sessions, bad ratings), or null. `topics` are
 * the roadmap's topics when the caller has them already.
 */
export function validateProgress(
  progress: Progress | undefined,
  roadmap: Roadmap,
  topics?: readonly TopicEntry[]
): ScheduleError | null {
  if (progress === undefined) return null
  for (const key of ['done', 'skipped', 'pinned', 'reviews'] as const) {
    if (!Array.isArray(progress[key]))
      return fail(
        'invalid-value',
        `progress.${key}`,
        messageRef('errors.planSettings.notList', { list: `progress.${key}` })
      )
  }
  const earlier = checkPreviousAndFreed(progress)
  if (earlier) return earlier
  if (progress.done.length + progress.pinned.length + progress.reviews.length === 0) return null
  const topicIds = new Set((topics ?? allTopics(roadmap)).map((candidate) => candidate.topic.id))
  const sessionIds = new Set<string>()
  const sessions = [
    ...progress.done.map((session, index) => ({
      session,
      pinned: false,
      title: undefined,
      field: `progress.done[${index}]`
    })),
    ...progress.pinned.map((session, index) => ({
      session,
      pinned: true,
      title: session.title,
      field: `progress.pinned[${index}]`
    }))
  ]
  for (const { session, pinned, title, field } of sessions) {
    if (typeof session.id !== 'string' || session.id === '')
      return fail('invalid-value', `${field}.id`, messageRef('errors.planSettings.sessionIdEmpty'))
    if (sessionIds.has(session.id))
      return fail('duplicate-id', `${field}.id`, messageRef('errors.planSettings.sessionIdTwice', { id: session.id }))
    sessionIds.add(session.id)
    // A free-text session (NO_TOPIC) is study on no roadmap topic; a pinned one names what it is about.
    if (session.topicId === NO_TOPIC) {
      if (session.kind !== 'study')
        return fail('invalid-value', `${field}.kind`, messageRef('errors.planSettings.noTopicNotStudy'))
      if (pinned && !isTitle(title))
        return fail('invalid-value', `${field}.title`, messageRef('errors.planSettings.noTopicNoTitle'))
    } else if (!topicIds.has(session.topicId))
      return fail(
        'unknown-topic',
        `${field}.topicId`,
        messageRef('errors.planSettings.unknownTopic', { id: String(session.topicId) })
      )
    if (session.kind !== 'study' && session.kind !== 'review')
      return fail('invalid-value', `${field}.kind`, messageRef('errors.planSettings.badKind'))
    if (!isInstant(session.startMs) || !isInstant(session.endMs) || session.endMs <= session.startMs) {
      return fail('window-ends-before-start', `${field}.endMs`, messageRef('errors.planSettings.sessionOrder'))
    }
  }
  const badMinutes = progress.done.findIndex(
    (session) => !(Number.isFinite(session.actualMinutes) && session.actualMinutes >= 0)
  )
  if (badMinutes >= 0)
    return fail(
      'invalid-value',
      `progress.done[${badMinutes}].actualMinutes`,
      messageRef('errors.planSettings.actualMinutes')
    )
  for (const [index, review] of progress.reviews.entries()) {
    const field = `progress.reviews[${index}]`
    if (!topicIds.has(review.topicId))
      return fail(
        'unknown-topic',
        `${field}.topicId`,
        messageRef('errors.planSettings.unknownTopic', { id: String(review.topicId) })
      )
    if (!RATINGS.has(review.rating))
      return fail('invalid-value', `${field}.rating`, messageRef('errors.planSettings.badRating'))
    if (!isInstant(review.ratedAtMs))
      return fail('invalid-value', `${field}.ratedAtMs`, messageRef('errors.planSettings.ratedAt'))
  }
  return null
}

/**
 * The first problem in the previous plan's sessions and the freed slots, or null. A previous session may name a topic
 * that has left the roadmap: its time then goes to another topic.
 */
function checkPreviousAndFreed(progress: Progress): ScheduleError | null {
  if (progress.previous !== undefined && !Array.isArray(progress.previous))
    return fail(
      'invalid-value',
      'progress.previous',
      messageRef('errors.planSettings.notList', { list: 'progress.previous' })
    )
  if (progress.freed !== undefined && !Array.isArray(progress.freed))
    return fail(
      'invalid-value',
      'progress.freed',
      messageRef('errors.planSettings.notList', { list: 'progress.freed' })
    )
  for (const [index, session] of (progress.previous ?? []).entries()) {
    const field = `progress.previous[${index}]`
    if (typeof session.id !== 'string' || session.id === '')
      return fail('invalid-value', `${field}.id`, messageRef('errors.planSettings.sessionIdEmpty'))
    if (typeof session.topicId !== 'string')
      return fail('invalid-value', `${field}.topicId`, messageRef('errors.planSettings.topicIdNotString'))
    if (session.kind !== 'study' && session.kind !== 'review')
      return fail('invalid-value', `${field}.kind`, messageRef('errors.planSettings.badKind'))
    if (!isInstant(session.startMs) || !isInstant(session.endMs) || session.endMs <= session.startMs) {
      return fail('window-ends-before-start', `${field}.endMs`, messageRef('errors.planSettings.sessionOrder'))
    }
  }
  for (const [index, slot] of (progress.freed ?? []).entries()) {
    if (!isInstant(slot.startMs) || !isInstant(slot.endMs) || slot.endMs <= slot.startMs) {
      return fail(
        'window-ends-before-start',
        `progress.freed[${index}].endMs`,
        messageRef('errors.planSettings.freedOrder')
      )
    }
  }
  return null
}
