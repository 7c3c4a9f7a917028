// Missed-session policies as previews: what re-flowing, a higher cap, dropping optional work or a later target would give.
import type { ScheduleError, ScheduleInput, ScheduleResult } from '../domain/schedule'
import type { Session } from '../domain/session'
import type { EpochMs, LocalDate } from '../domain/time'
import { buildSchedule } from './buildSchedule'
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

/** What one option would give; nothing is applied until the caller adopts `input`. */
export interface MissedOptionPreview {
  readonly option: MissedOption
  /** False when the option cannot change anything (no optional topics, the cap cannot go higher, nothing placeable). */
  readonly applicable: boolean
  /** The input to plan with if the learner picks this option (missed sessions marked skipped, `now` updated). */
  readonly input: ScheduleInput
  readonly finishDate: LocalDate | null
  readonly targetDate: LocalDate | null
  readonly dailyCapMinutes: number
  readonly feasible: boolean
  readonly shortfallMinutes: number
  /** Sessions added, removed or moved compared with the previous plan. */
  readonly changed: readonly SessionChange[]
}

/** Previews of every option, or the input's error. */
export type MissedPreviewResult =
  | { readonly ok: true; readonly previousFinishDate: LocalDate | null; readonly options: readonly MissedOptionPreview[] }
  | { readonly ok: false; readonly error: ScheduleError }

const CAP_STEP_MINUTES = 15

/**
 * Previews the four responses to `missed` sessions at `now`. `input` is the input the previous plan was built from
 * (its own `now`), so the previous plan is rebuilt deterministically and each preview lists what changes against it.
 * Missed sessions become skipped in every preview, so their work flows into new sessions from `now`.
 *
 * - reflow: the same settings, re-planned from now.
 * - raiseDailyCap: the smallest cap (in 15-minute steps, up to the longest day of windows) that finishes by the target
 *   date, or by the previous finish date without one; the highest useful cap when none does. Not applicable when the
 *   re-flowed plan already meets that date or the cap cannot usefully go higher.
 * - dropOptional: optional stages and topics left out.
 * - moveTarget: the re-flowed plan with the target date moved to its finish date. Applicable only when the plan has a
 *   target and the re-flowed plan finishes after it.
 */
export function previewMissedOptions(input: ScheduleInput, missed: readonly Session[], now: EpochMs): MissedPreviewResult {
  const previous = buildSchedule(input)
  if (!previous.ok) return previous
  const progress = input.progress ?? { done: [], skipped: [], pinned: [], reviews: [] }
  const skipped = [...new Set([...progress.skipped, ...missed.filter((session) => session.status !== 'done').map((session) => session.id)])]
  const reflowInput: ScheduleInput = { ...input, now, progress: { ...progress, skipped } }
  const reflow = buildSchedule(reflowInput)
  if (!reflow.ok) return reflow
  const preview = (option: MissedOption, applicable: boolean, chosen: ScheduleInput, result: ScheduleResult & { ok: true }): MissedOptionPreview => ({
    option,
    applicable,
    input: chosen,
    finishDate: result.report.finishDate,
    targetDate: chosen.settings.targetDate ?? null,
    dailyCapMinutes: chosen.availability.dailyCapMinutes,
    feasible: result.report.feasible,
    shortfallMinutes: result.report.shortfallMinutes,
    changed: diffSessions(previous.sessions, result.sessions)
  })
  const goal = input.settings.targetDate ?? previous.report.finishDate
  const raised = raiseCap(reflowInput, goal)
  const droppedInput: ScheduleInput = { ...reflowInput, settings: { ...reflowInput.settings, includeOptional: false } }
  const dropped = buildSchedule(droppedInput)
  const hasOptional = plannedTopics(input.roadmap, droppedInput.settings).length < plannedTopics(input.roadmap, reflowInput.settings).length
  const movedTarget = reflow.report.finishDate
  const movedInput: ScheduleInput = movedTarget === null ? reflowInput : { ...reflowInput, settings: { ...reflowInput.settings, targetDate: movedTarget } }
  const moved = buildSchedule(movedInput)
  if (!dropped.ok) return dropped
  if (!moved.ok) return moved
  return {
    ok: true,
    previousFinishDate: previous.report.finishDate,
    options: [
      preview('reflow', true, reflowInput, reflow),
      preview('raiseDailyCap', raised.applicable, raised.input, raised.result),
      preview('dropOptional', hasOptional, droppedInput, dropped),
      preview('moveTarget', targetMissed(input.settings.targetDate, movedTarget), movedInput, moved)
    ]
  }
}

/** Whether there is a target and the finish date is after it: only then does moving the target mean anything. */
function targetMissed(target: LocalDate | undefined, finish: LocalDate | null): boolean {
  return target !== undefined && finish !== null && finish > target
}

/** Most minutes the weekly windows give on any one day: a cap above it changes nothing. */
function longestWindowDay(input: ScheduleInput): number {
  return Math.max(0, ...weeklyMinutes(input.availability).map((ranges) => ranges.reduce((total, [start, end]) => total + end - start, 0)))
}

function withCap(input: ScheduleInput, cap: number): ScheduleInput {
  return { ...input, availability: { ...input.availability, dailyCapMinutes: cap } }
}

/** Binary search over cap steps for the smallest cap meeting `goal` (plans finish no later as the cap grows). */
function raiseCap(input: ScheduleInput, goal: LocalDate | null): { applicable: boolean; input: ScheduleInput; result: ScheduleResult & { ok: true } } {
  const current = input.availability.dailyCapMinutes
  const ceiling = Math.min(1440, longestWindowDay(input))
  const steps = Math.floor((ceiling - current) / CAP_STEP_MINUTES)
  const capAt = (step: number): number => (step === steps ? ceiling : current + step * CAP_STEP_MINUTES)
  const results = new Map<number, ScheduleResult & { ok: true }>()
  const plan = (cap: number): ScheduleResult & { ok: true } => {
    const cached = results.get(cap)
    if (cached) return cached
    // Only the cap changed from an input that already planned, and it stays within 1..1440, so this plans too.
    const result = buildSchedule(withCap(input, cap)) as ScheduleResult & { ok: true }
    results.set(cap, result)
    return result
  }
  if (steps <= 0) return { applicable: false, input, result: plan(current) }
  const meets = (cap: number): boolean => {
    const finish = plan(cap).report.finishDate
    return finish !== null && goal !== null && finish <= goal
  }
  if (meets(current)) return { applicable: false, input, result: plan(current) }
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
  return { applicable: true, input: withCap(input, cap), result: plan(cap) }
}

/** Sessions added, removed or moved (by id) between two plans, in time order of the new or old session. */
export function diffSessions(before: readonly Session[], after: readonly Session[]): SessionChange[] {
  const oldById = new Map(before.map((session) => [session.id, session]))
  const newIds = new Set(after.map((session) => session.id))
  const changes: SessionChange[] = []
  for (const session of after) {
    const old = oldById.get(session.id)
    if (!old) changes.push({ id: session.id, change: 'added', after: session })
    else if (old.startMs !== session.startMs || old.endMs !== session.endMs) changes.push({ id: session.id, change: 'moved', before: old, after: session })
  }
  for (const session of before) {
    if (!newIds.has(session.id)) changes.push({ id: session.id, change: 'removed', before: session })
  }
  return changes
}
