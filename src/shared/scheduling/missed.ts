// Missed-session policies as previews: what re-flowing, a higher cap, dropping optional work or a later target would give.
import type { Availability } from '../domain/availability'
import type { PlanSettings } from '../domain/plan'
import type { ScheduleError, ScheduleResult } from '../domain/schedule'
import type { Session } from '../domain/session'
import type { EpochMs, LocalDate } from '../domain/time'
import { replanStored, type ReplanScope, type StoredPlan } from './replan'
import { plannedTopics } from './topics'
import { weeklyMinutes } from './windows'

/** The ways a learner can respond to missed sessions. */
export type MissedOption = 'reflow' | 'raiseDailyCap' | 'dropOptional' | 'moveTarget'

/** How one session differs between the previous plan and a preview. */
export interface SessionChange {
  readonly id: string
  readonly change: 'added' | 'removed' | 'moved'
  readonly before?: Session
  readonly after?: Session
}

/** What one option would give; nothing is applied until the caller adopts its settings and availability. */
export interface MissedOptionPreview {
  readonly option: MissedOption
  /** False when the option cannot change anything (no optional topics, the cap cannot go higher, nothing placeable). */
  readonly applicable: boolean
  /** The settings and availability to re-plan with if the learner picks this option. */
  readonly settings: PlanSettings
  readonly availability: Availability
  /** How the re-plan treats the week ahead: a higher daily cap may use its free time, the others keep it as it is. */
  readonly scope: ReplanScope
  readonly finishDate: LocalDate | null
  readonly targetDate: LocalDate | null
  readonly dailyCapMinutes: number
  readonly feasible: boolean
  readonly shortfallMinutes: number
  /** Sessions added, removed or moved compared with the plan as it stands. */
  readonly changed: readonly SessionChange[]
}

/** Previews of every option, or the input's error. */
export type MissedPreviewResult =
  | { readonly ok: true; readonly options: readonly MissedOptionPreview[] }
  | { readonly ok: false; readonly error: ScheduleError }

const CAP_STEP_MINUTES = 15

type Planned = ScheduleResult & { ok: true }

/**
 * Previews the four responses to missed sessions at `now`, each against the plan as it stands (`plan.sessions`).
 * Missed sessions stay in the calendar as they are in every option; their work is placed again from `now`, after
 * the week ahead, which stays put.
 *
 * - reflow: the same settings; the missed work goes after the week ahead.
 * - raiseDailyCap: the smallest cap (in 15-minute steps, up to the longest day of windows) that finishes by the target
 *   date, or by `goalWithoutTarget` without one; the highest useful cap when none does. Its re-plan may also use the
 *   week ahead's free time. Not applicable when the re-flowed plan already meets that date or the cap cannot usefully
 *   go higher.
 * - dropOptional: optional stages and topics left out.
 * - moveTarget: the re-flowed plan with the target date moved to its finish date. Applicable only when the plan has a
 *   target and the re-flowed plan finishes after it.
 */
export function previewMissedOptions(
  plan: StoredPlan,
  now: EpochMs,
  goalWithoutTarget: LocalDate | null
): MissedPreviewResult {
  const reflow = replanStored(plan, now, 'keep-week')
  if (!reflow.ok) return reflow
  const preview = (
    option: MissedOption,
    applicable: boolean,
    chosen: StoredPlan,
    scope: ReplanScope,
    result: Planned
  ): MissedOptionPreview => ({
    option,
    applicable,
    settings: chosen.settings,
    availability: chosen.availability,
    scope,
    finishDate: result.report.finishDate,
    targetDate: chosen.settings.targetDate ?? null,
    dailyCapMinutes: chosen.availability.dailyCapMinutes,
    feasible: result.report.feasible,
    shortfallMinutes: result.report.shortfallMinutes,
    changed: diffSessions(plan.sessions, result.sessions)
  })
  const raised = raiseCap(plan, now, plan.settings.targetDate ?? goalWithoutTarget)
  const droppedPlan: StoredPlan = { ...plan, settings: { ...plan.settings, includeOptional: false } }
  const dropped = replanStored(droppedPlan, now, 'keep-week')
  const hasOptional =
    plannedTopics(plan.roadmap, droppedPlan.settings).length < plannedTopics(plan.roadmap, plan.settings).length
  const movedTarget = reflow.report.finishDate
  const movedPlan: StoredPlan =
    movedTarget === null ? plan : { ...plan, settings: { ...plan.settings, targetDate: movedTarget } }
  const moved = replanStored(movedPlan, now, 'keep-week')
  if (!dropped.ok) return dropped
  if (!moved.ok) return moved
  return {
    ok: true,
    options: [
      preview('reflow', true, plan, 'keep-week', reflow),
      preview('raiseDailyCap', raised.applicable, raised.plan, 'fill-week', raised.result),
      preview('dropOptional', hasOptional, droppedPlan, 'keep-week', dropped),
      preview('moveTarget', targetMissed(plan.settings.targetDate, movedTarget), movedPlan, 'keep-week', moved)
    ]
  }
}

/** Whether there is a target and the finish date is after it: only then does moving the target mean anything. */
function targetMissed(target: LocalDate | undefined, finish: LocalDate | null): boolean {
  return target !== undefined && finish !== null && finish > target
}

/** Most minutes the weekly windows give on any one day: a cap above it changes nothing. */
function longestWindowDay(availability: Availability): number {
  return Math.max(
    0,
    ...weeklyMinutes(availability).map((ranges) => ranges.reduce((total, [start, end]) => total + end - start, 0))
  )
}

function withCap(plan: StoredPlan, cap: number): StoredPlan {
  return { ...plan, availability: { ...plan.availability, dailyCapMinutes: cap } }
}

/** Binary search over cap steps for the smallest cap meeting `goal` (plans finish no later as the cap grows). */
function raiseCap(
  plan: StoredPlan,
  now: EpochMs,
  goal: LocalDate | null
): { applicable: boolean; plan: StoredPlan; result: Planned } {
  const current = plan.availability.dailyCapMinutes
  const ceiling = Math.min(1440, longestWindowDay(plan.availability))
  const steps = Math.floor((ceiling - current) / CAP_STEP_MINUTES)
  const capAt = (step: number): number => (step === steps ? ceiling : current + step * CAP_STEP_MINUTES)
  const results = new Map<number, Planned>()
  const planWith = (cap: number): Planned => {
    const cached = results.get(cap)
    if (cached) return cached
    // Only the cap changed from a plan that already planned, and it stays within 1..1440, so this plans too.
    const result = replanStored(withCap(plan, cap), now, cap === current ? 'keep-week' : 'fill-week') as Planned
    results.set(cap, result)
    return result
  }
  if (steps <= 0) return { applicable: false, plan, result: planWith(current) }
  const meets = (cap: number): boolean => {
    const finish = planWith(cap).report.finishDate
    return finish !== null && goal !== null && finish <= goal
  }
  if (meets(current)) return { applicable: false, plan, result: planWith(current) }
  let low = 1
  let high = steps
  if (meets(capAt(steps))) {
    while (low < high) {
      const mid = (low + high) >> 1
      if (meets(capAt(mid))) high = mid
      else low = mid + 1
    }
  } else low = steps
  const cap = capAt(low)
  return { applicable: true, plan: withCap(plan, cap), result: planWith(cap) }
}

/** What a learner sees of a session in the calendar: its topic, kind, status and times. */
function look(session: Session): string {
  return `${session.topicId}|${session.kind}|${session.status}|${session.startMs}|${session.endMs}`
}

/**
 * Sessions added, removed or moved between two plans, as the learner would see them: a session with the same topic,
 * kind, status and times on both sides is unchanged even if a re-plan renumbered its id; the rest are matched by id
 * (moved) or listed as added and removed, in time order of the new or old session.
 */
export function diffSessions(before: readonly Session[], after: readonly Session[]): SessionChange[] {
  const unmatched = new Map<string, number>()
  for (const session of before) unmatched.set(look(session), (unmatched.get(look(session)) ?? 0) + 1)
  const changedAfter: Session[] = []
  for (const session of after) {
    const count = unmatched.get(look(session)) ?? 0
    if (count > 0) unmatched.set(look(session), count - 1)
    else changedAfter.push(session)
  }
  const changedBefore: Session[] = []
  for (const session of before) {
    const count = unmatched.get(look(session)) ?? 0
    if (count > 0) {
      unmatched.set(look(session), count - 1)
      changedBefore.push(session)
    }
  }
  const oldById = new Map(changedBefore.map((session) => [session.id, session]))
  const newIds = new Set(changedAfter.map((session) => session.id))
  const changes: SessionChange[] = []
  for (const session of changedAfter) {
    const old = oldById.get(session.id)
    changes.push(
      old
        ? { id: session.id, change: 'moved', before: old, after: session }
        : { id: session.id, change: 'added', after: session }
    )
  }
  for (const session of changedBefore) {
    if (!newIds.has(session.id)) changes.push({ id: session.id, change: 'removed', before: session })
  }
  return changes
}
