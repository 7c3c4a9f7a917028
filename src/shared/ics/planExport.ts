// Which of a plan's sessions an .ics export holds and what each event says: the learner's export choices, pure.
// No ical.js here, so the renderer can check a range as the learner types without loading the .ics writer.
import type { Translate } from '../i18n/translator'
import type { Roadmap, Topic } from '../domain/roadmap'
import type { Session } from '../domain/session'
import type { EpochMs, IanaZone, LocalDate } from '../domain/time'
import { allTopics } from '../scheduling/topics'
import { addLocalDays, localDateOf, parseLocalDate, startOfLocalDate, type InstantRange } from '../time'
import type { IcsSession } from './icsExport'
import { messageRef, type MessageRef } from '../i18n/ref'

/**
 * Which sessions an export holds, by the local day (in the plan's zone) each one starts on: 'from-now' is today and
 * later, 'dates' is `from` to `to`, both 'YYYY-MM-DD' and both included.
 */
export type ExportRange =
  | { readonly kind: 'from-now' }
  | { readonly kind: 'dates'; readonly from: LocalDate; readonly to: LocalDate }

/** What the learner chose to export. */
export interface PlanExportChoices {
  readonly range: ExportRange
  /** Done sessions in the range are exported too, marked done ("✓ " and CATEGORIES:Done), with no alarm. */
  readonly includeDone: boolean
  /** Every exported planned session still ahead gets one alarm at the plan's reminder lead. */
  readonly alarms: boolean
}

/** The export a learner gets without choosing: planned sessions from now on, no done ones, no alarms. */
export const DEFAULT_EXPORT_CHOICES: PlanExportChoices = {
  range: { kind: 'from-now' },
  includeDone: false,
  alarms: false
}

/** Why a date range cannot be exported, and which of its two fields to fix. */
export interface ExportRangeProblem {
  readonly field: 'from' | 'to'
  /** The catalog message: show it with problemText(t, message). */
  readonly message: MessageRef
}

function rangeProblem(field: 'from' | 'to', message: MessageRef): ExportRangeProblem {
  return { field, message }
}

/** The problem with `range` in the learner's words, or null when it can be exported. */
export function exportRangeProblem(range: ExportRange): ExportRangeProblem | null {
  if (range.kind === 'from-now') return null
  if (parseLocalDate(range.from) === null) return rangeProblem('from', messageRef('errors.ics.export.noFrom'))
  if (parseLocalDate(range.to) === null) return rangeProblem('to', messageRef('errors.ics.export.noTo'))
  if (range.to < range.from) return rangeProblem('to', messageRef('errors.ics.export.toBeforeFrom'))
  return null
}

/**
 * The instants `range` covers in `zone`: from local midnight of its first day to local midnight after its last
 * (23 or 25 hours on clock-change days); 'from-now' starts at today's midnight and has no end (endMs Infinity).
 * Throws RangeError for a range exportRangeProblem refuses.
 */
export function exportWindow(range: ExportRange, now: EpochMs, zone: IanaZone): InstantRange {
  const problem = exportRangeProblem(range)
  if (problem) throw new RangeError(problem.message.key)
  if (range.kind === 'from-now') return { startMs: startOfLocalDate(localDateOf(now, zone), zone), endMs: Infinity }
  return { startMs: startOfLocalDate(range.from, zone), endMs: startOfLocalDate(addLocalDays(range.to, 1), zone) }
}

/** What planExportSessions needs of the plan. */
export interface PlanExportInput {
  readonly sessions: readonly Session[]
  /** The plan's roadmap, for topic titles, summaries, outcomes, resources and stage names; undefined if missing. */
  readonly roadmap: Roadmap | undefined
  /** The plan's IANA zone: the range's days are its local days. */
  readonly zone: IanaZone
  /** The instant the export is made: sessions that ended before it unplanned are missed and never exported. */
  readonly now: EpochMs
  /** The learner's language: the titles and descriptions are read in their calendar app. */
  readonly t: Translate
}

/**
 * The sessions to write, in the exporter's shape: those starting inside the chosen range that are planned and not
 * yet over (a missed or skipped session is never exported as planned), plus done ones when chosen. Each carries a
 * description of its topic; a planned one starting after `now` asks for an alarm when alarms are chosen.
 * Throws RangeError for a range exportRangeProblem refuses.
 */
export function planExportSessions(input: PlanExportInput, choices: PlanExportChoices): IcsSession[] {
  const window = exportWindow(choices.range, input.now, input.zone)
  const describe = sessionDescriber(input.roadmap, input.t)
  const exported: IcsSession[] = []
  for (const session of input.sessions) {
    if (session.startMs < window.startMs || session.startMs >= window.endMs) continue
    const done = session.status === 'done'
    const upcoming = session.status === 'planned' && session.endMs > input.now
    if (!upcoming && !(done && choices.includeDone)) continue
    const { title, description } = describe(session)
    exported.push({
      id: session.id,
      title,
      ...(description ? { description } : {}),
      startMs: session.startMs,
      endMs: session.endMs,
      ...(done ? { done: true } : {}),
      ...(choices.alarms && upcoming && session.startMs > input.now ? { alarm: true } : {})
    })
  }
  return exported
}

interface TopicPlace {
  readonly topic: Topic
  readonly where: string
}

/** Titles and descriptions of sessions, from one pass over the roadmap. */
function sessionDescriber(
  roadmap: Roadmap | undefined,
  t: Translate
): (session: Session) => { title: string; description: string } {
  const places = new Map<string, TopicPlace>()
  const stageTitles = new Map<string, string>()
  if (roadmap) {
    for (const stage of roadmap.stages) stageTitles.set(stage.id, stage.title)
    for (const entry of allTopics(roadmap)) {
      const stage = roadmap.stages[entry.stageIndex]
      const track = stage?.kind === 'choice' && entry.trackIndex !== undefined ? stage.tracks[entry.trackIndex] : null
      const stageTitle = stage?.title ?? entry.stageId
      places.set(entry.topic.id, {
        topic: entry.topic,
        where: track ? t('common.calendarFile.stageAndTrack', { stage: stageTitle, track: track.title }) : stageTitle
      })
    }
  }
  return (session) => {
    const place = places.get(session.topicId)
    // A free-text session (quick add) carries its own title and belongs to no topic.
    const topicTitle = session.title ?? place?.topic.title ?? session.topicId
    const review = session.kind === 'review'
    const title = review ? t('common.calendarFile.reviewTitle', { topic: topicTitle }) : topicTitle
    const stage = place?.where ?? stageTitles.get(session.stageId)
    return { title, description: topicDescription(t, place?.topic, stage, review) }
  }
}

/**
 * An event's DESCRIPTION as plain text: a review says so first, then the topic's summary, its outcome, its resources
 * one per line ("title — url": titles often hold a colon) and the stage. The .ics writer escapes and folds it (RFC 5545 3.3.11, 3.1).
 */
export function topicDescription(
  t: Translate,
  topic: Topic | undefined,
  stage: string | undefined,
  review: boolean
): string {
  const parts: string[] = []
  if (review) parts.push(t('common.calendarFile.reviewNote'))
  if (topic?.summary) parts.push(topic.summary)
  if (topic?.outcome) parts.push(t('common.calendarFile.outcome', { outcome: topic.outcome }))
  if (topic && topic.resources.length > 0) {
    const lines = topic.resources.map((resource) => `${resource.title} — ${resource.url}`)
    parts.push([t('common.calendarFile.resources'), ...lines].join('\n'))
  }
  if (stage) parts.push(t('common.calendarFile.stage', { stage }))
  return parts.join('\n\n')
}
