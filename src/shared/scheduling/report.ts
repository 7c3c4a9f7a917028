// Sums a finished plan into its report: finish dates, totals, the pace a target date needs, feasibility and shortfall.
import type { Roadmap } from '../domain/roadmap'
import type { ScheduleReport, StageReport, UnplacedReview, UnplacedTopic } from '../domain/schedule'
import type { Session } from '../domain/session'
import { formatDay } from '../time'
import type { TopicEntry } from './topics'

/** What the report is computed from. */
export interface ReportInput {
  readonly roadmap: Roadmap
  readonly planned: readonly TopicEntry[]
  /** Position of each planned topic in `planned`, by id. */
  readonly topicIndex: ReadonlyMap<string, number>
  /** Every session of the plan: done, pinned and newly placed. */
  readonly sessions: readonly Session[]
  readonly doneMinutes: ReadonlyMap<string, number>
  readonly unplaced: readonly UnplacedTopic[]
  readonly unplacedReviews: readonly UnplacedReview[]
  /** Local day number planning starts from (the later of the start date and today). */
  readonly firstDay: number
  /** Local day number of the target date, if any. */
  readonly targetDay: number | null
}

interface StageTotals {
  totalMinutes: number
  doneMinutes: number
  topics: number
  lastStudy: Session | null
}

/** The report of a plan; every figure follows from the sessions and the unplaced list. One pass over each list. */
export function buildReport(input: ReportInput): ScheduleReport {
  const { planned, sessions, unplaced } = input
  const stages = stageTotals(input)
  const targetDate = input.targetDay === null ? null : formatDay(input.targetDay)
  let plannedStudyMinutes = 0
  let plannedReviewMinutes = 0
  let lateMinutes = 0
  // Indexed loops: this runs once per plan, often before the optimizer sees it, and for-of then allocates per step.
  for (let index = 0; index < sessions.length; index++) {
    const session = sessions[index]!
    if (session.status !== 'planned') continue
    if (session.kind === 'review') {
      plannedReviewMinutes += session.minutes
      continue
    }
    plannedStudyMinutes += session.minutes
    if (targetDate !== null && session.localStart.slice(0, 10) > targetDate) lateMinutes += session.minutes
  }
  let totalMinutes = 0
  let doneMinutes = 0
  let lastStudy: Session | null = null
  for (const totals of stages.values()) {
    totalMinutes += totals.totalMinutes
    doneMinutes += totals.doneMinutes
    if (totals.lastStudy && (!lastStudy || totals.lastStudy.endMs > lastStudy.endMs)) lastStudy = totals.lastStudy
  }
  const unplacedStages = new Set(unplaced.map((topic) => topic.stageId))
  const shortfallMinutes = lateMinutes + unplaced.reduce((total, topic) => total + topic.unplacedMinutes, 0)
  return {
    finishDate: unplaced.length > 0 || planned.length === 0 ? null : dateOf(lastStudy),
    stages: input.roadmap.stages.map((stage): StageReport => {
      const totals = stages.get(stage.id)
      const complete = totals !== undefined && totals.topics > 0 && !unplacedStages.has(stage.id)
      return {
        stageId: stage.id,
        finishDate: complete ? dateOf(totals.lastStudy) : null,
        totalMinutes: totals?.totalMinutes ?? 0,
        doneMinutes: totals?.doneMinutes ?? 0
      }
    }),
    totalMinutes,
    doneMinutes,
    remainingMinutes: totalMinutes - doneMinutes,
    plannedStudyMinutes,
    plannedReviewMinutes,
    weeklyMinutesNeeded: weeklyMinutesNeeded(totalMinutes - doneMinutes, input.firstDay, input.targetDay),
    feasible: shortfallMinutes === 0 && unplaced.length === 0,
    shortfallMinutes,
    unplaced,
    unplacedReviews: input.unplacedReviews
  }
}

/**
 * Study minutes per week from `firstDay` through the target day (inclusive) that cover `remainingMinutes`; null
 * without a target or when the target has already passed.
 */
export function weeklyMinutesNeeded(
  remainingMinutes: number,
  firstDay: number,
  targetDay: number | null
): number | null {
  if (targetDay === null) return null
  const days = targetDay - firstDay + 1
  if (days <= 0) return null
  return Math.ceil((remainingMinutes * 7) / days)
}

/** Per-stage estimate, done minutes (capped per topic at its estimate) and last-ending study session. */
function stageTotals(input: ReportInput): Map<string, StageTotals> {
  const stages = new Map<string, StageTotals>()
  const stageOfTopic: StageTotals[] = []
  for (let index = 0; index < input.planned.length; index++) {
    const entry = input.planned[index]!
    let totals = stages.get(entry.stageId)
    if (!totals) {
      totals = { totalMinutes: 0, doneMinutes: 0, topics: 0, lastStudy: null }
      stages.set(entry.stageId, totals)
    }
    totals.topics++
    totals.totalMinutes += entry.topic.estimatedMinutes
    // Extra effort beyond the estimate does not count twice.
    totals.doneMinutes += Math.min(entry.topic.estimatedMinutes, input.doneMinutes.get(entry.topic.id) ?? 0)
    stageOfTopic.push(totals)
  }
  for (let index = 0; index < input.sessions.length; index++) {
    const session = input.sessions[index]!
    const topicIndex = session.kind === 'study' ? input.topicIndex.get(session.topicId) : undefined
    const totals = topicIndex === undefined ? undefined : stageOfTopic[topicIndex]
    if (totals && (!totals.lastStudy || session.endMs > totals.lastStudy.endMs)) totals.lastStudy = session
  }
  return stages
}

/** Local date on which a session starts; the finish date of a plan or stage is that of its last-ending session. */
function dateOf(session: Session | null): string | null {
  return session === null ? null : session.localStart.slice(0, 10)
}
