// The live preview of a new plan: the engine run on the onboarding choices, summed up for the feasibility sentence.
import type { ScheduleErrorCode, ScheduleReport } from '../../../../shared/domain/schedule'
import type { Session } from '../../../../shared/domain/session'
import type { EpochMs, LocalDate } from '../../../../shared/domain/time'
import type { MessageRef } from '../../../../shared/i18n/ref'
import { buildSchedule } from '../../../../shared/scheduling/buildSchedule'
import { weeklyStudyCapacity } from '../../../../shared/scheduling/capacity'
import type { NewPlanInput } from './planInput'

/** What the preview shows. */
export type PlanPreview =
  | {
      readonly kind: 'ready'
      /** Null when some topic does not fit within the engine's ten-year horizon. */
      readonly finishDate: LocalDate | null
      readonly targetDate: LocalDate | null
      /** Study minutes per week the target date needs; null without a target. */
      readonly weeklyMinutesNeeded: number | null
      /** Study minutes a typical week's windows hold once breaks, session sizes and the daily cap are applied. */
      readonly weeklyMinutesAvailable: number
      readonly feasible: boolean
      readonly totalStudyMinutes: number
      readonly sessionCount: number
      readonly firstSessionStartMs: EpochMs | null
    }
  | { readonly kind: 'no-availability' }
  | {
      readonly kind: 'invalid'
      readonly code: ScheduleErrorCode
      readonly field: string
      /** The engine's words: English text, or a catalog message shown in the learner's language. */
      readonly message: string | MessageRef
    }

/** Plans the input from `now` and summarises the result; a pure function of its arguments. */
export function previewPlan(input: NewPlanInput, now: EpochMs): PlanPreview {
  const paintedMinutes = input.availability.windows.reduce(
    (total, window) => total + clockSpan(window.start, window.end),
    0
  )
  if (paintedMinutes === 0) return { kind: 'no-availability' }
  const result = buildSchedule({ ...input, now })
  if (!result.ok)
    return {
      kind: 'invalid',
      code: result.error.code,
      field: result.error.field,
      message: result.error.ref ?? result.error.message
    }
  return summarizePlan(result.report, input, result.sessions)
}

/** The preview's figures for a plan the engine made, whether just previewed or stored (the calendar's header). */
export function summarizePlan(
  report: ScheduleReport,
  input: Pick<NewPlanInput, 'availability' | 'settings'>,
  sessions: readonly Session[]
): PlanPreview {
  const firstStudy = sessions.find((session) => session.status === 'planned')
  return {
    kind: 'ready',
    finishDate: report.finishDate,
    targetDate: input.settings.targetDate ?? null,
    weeklyMinutesNeeded: report.weeklyMinutesNeeded,
    // Study time, as weeklyMinutesNeeded is: painted time would compare hours before breaks with hours of study.
    weeklyMinutesAvailable: weeklyStudyCapacity(input.availability),
    feasible: report.feasible,
    totalStudyMinutes: report.totalMinutes,
    sessionCount: sessions.length,
    firstSessionStartMs: firstStudy?.startMs ?? null
  }
}

function clockSpan(start: string, end: string): number {
  return Math.max(0, clockMinutes(end) - clockMinutes(start))
}

function clockMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))
}
