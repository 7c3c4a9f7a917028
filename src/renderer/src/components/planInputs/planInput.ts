// The onboarding choices and how they become the engine's plan input (roadmap, settings, availability).
import type { Availability } from '../../../../shared/domain/availability'
import type { ParallelTopics, PlanSettings } from '../../../../shared/domain/plan'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import type { IanaZone, LocalDate } from '../../../../shared/domain/time'
import { longestDayMinutes, windowsFromCells, type AvailabilityCells } from './availabilityCells'

/** Minutes kept free between two sessions in a new plan. */
export const DEFAULT_BREAK_MINUTES = 10

/** What the learner chose on the first-run screen. */
export interface OnboardingChoices {
  readonly roadmapId: string
  /** Chosen track per choice stage id. */
  readonly trackChoices: Readonly<Record<string, string>>
  readonly includeOptional: boolean
  readonly cells: AvailabilityCells
  readonly startDate: LocalDate
  /** Empty when the learner has no target date. */
  readonly targetDate: LocalDate | ''
  readonly sessionMinMinutes: number
  readonly sessionMaxMinutes: number
  readonly parallelTopics: ParallelTopics
  readonly reviewsEnabled: boolean
}

/** What onCreatePlan receives: everything the data layer needs to store a plan and build it. */
export interface NewPlanInput {
  readonly roadmap: Roadmap
  readonly settings: PlanSettings
  readonly availability: Availability
}

/** The plan input for the choices. The daily cap is the busiest painted day, so painted time is never silently cut. */
export function planInputFromChoices(choices: OnboardingChoices, roadmap: Roadmap, timeZone: IanaZone): NewPlanInput {
  const trackChoices: Record<string, string> = {}
  for (const stage of roadmap.stages) {
    if (stage.kind !== 'choice') continue
    // The default track is written down too, so the stored plan records what was planned.
    const chosen = choices.trackChoices[stage.id] ?? stage.tracks[0]?.id
    if (chosen !== undefined) trackChoices[stage.id] = chosen
  }
  const settings: PlanSettings = {
    startDate: choices.startDate,
    ...(choices.targetDate ? { targetDate: choices.targetDate } : {}),
    timeZone,
    parallelTopics: choices.parallelTopics,
    reviews: { enabled: choices.reviewsEnabled },
    trackChoices,
    includeOptional: choices.includeOptional
  }
  const availability: Availability = {
    windows: windowsFromCells(choices.cells),
    blackouts: [],
    busy: [],
    dailyCapMinutes: Math.max(longestDayMinutes(choices.cells), choices.sessionMinMinutes, 1),
    sessionMinMinutes: choices.sessionMinMinutes,
    sessionMaxMinutes: choices.sessionMaxMinutes,
    breakMinutes: DEFAULT_BREAK_MINUTES
  }
  return { roadmap, settings, availability }
}
