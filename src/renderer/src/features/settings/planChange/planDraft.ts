// A plan's choices as the plan section edits them, and the change they make to the stored plan.
import type { Availability } from '../../../../../shared/domain/availability'
import { DEFAULT_COMMITMENT_DAYS, type ParallelTopics, type PlanSettings } from '../../../../../shared/domain/plan'
import type { Roadmap } from '../../../../../shared/domain/roadmap'
import type { IanaZone, LocalDate } from '../../../../../shared/domain/time'
import type { PlanRecord } from '../../../db/PlannerDB'
import {
  cellsFromWindows,
  longestDayMinutes,
  windowsFromCells,
  type AvailabilityCells
} from '../../../components/planInputs/availabilityCells'

/** The editable choices of a plan, as the form holds them. */
export interface PlanDraft {
  readonly cells: AvailabilityCells
  /** False until the learner paints or erases: the stored windows then stay exactly as they are (they may not sit on half hours). */
  readonly gridEdited: boolean
  readonly startDate: LocalDate
  /** Empty for no target date. */
  readonly targetDate: LocalDate | ''
  readonly sessionMinMinutes: number
  readonly sessionMaxMinutes: number
  readonly breakMinutes: number
  readonly parallelTopics: ParallelTopics
  readonly reviewsEnabled: boolean
  readonly trackChoices: Readonly<Record<string, string>>
  readonly includeOptional: boolean
  readonly timeZone: IanaZone
  readonly commitmentDays: number
}

/** The draft of a stored plan: every field as the plan has it now. */
export function draftOfPlan(plan: PlanRecord): PlanDraft {
  const { settings, availability } = plan
  return {
    cells: cellsFromWindows(availability.windows),
    gridEdited: false,
    startDate: settings.startDate,
    targetDate: settings.targetDate ?? '',
    sessionMinMinutes: availability.sessionMinMinutes,
    sessionMaxMinutes: availability.sessionMaxMinutes,
    breakMinutes: availability.breakMinutes,
    parallelTopics: settings.parallelTopics,
    reviewsEnabled: settings.reviews.enabled,
    trackChoices: settings.trackChoices ?? {},
    includeOptional: settings.includeOptional ?? true,
    timeZone: settings.timeZone,
    commitmentDays: settings.commitmentDays ?? DEFAULT_COMMITMENT_DAYS
  }
}

/** The plan's settings and availability with the draft applied; fields the section does not edit stay as stored. */
export function planChangeOf(
  plan: PlanRecord,
  draft: PlanDraft,
  roadmap: Roadmap
): { readonly settings: PlanSettings; readonly availability: Availability } {
  const { targetDate: _storedTarget, ...storedSettings } = plan.settings
  const settings: PlanSettings = {
    ...storedSettings,
    startDate: draft.startDate,
    ...(draft.targetDate ? { targetDate: draft.targetDate } : {}),
    timeZone: draft.timeZone,
    parallelTopics: draft.parallelTopics,
    reviews: { ...plan.settings.reviews, enabled: draft.reviewsEnabled },
    trackChoices: chosenTracks(roadmap, draft.trackChoices),
    includeOptional: draft.includeOptional,
    commitmentDays: draft.commitmentDays
  }
  const availability: Availability = {
    ...plan.availability,
    ...(draft.gridEdited
      ? // A repainted week gets first run's daily cap: its busiest painted day, so painted time is never silently cut.
        {
          windows: windowsFromCells(draft.cells),
          dailyCapMinutes: Math.max(longestDayMinutes(draft.cells), draft.sessionMinMinutes, 1)
        }
      : {}),
    sessionMinMinutes: draft.sessionMinMinutes,
    sessionMaxMinutes: draft.sessionMaxMinutes,
    breakMinutes: draft.breakMinutes
  }
  return { settings, availability }
}

/**
 * Whether the change is the one the untouched draft makes: nothing the learner chose differs from the plan (defaults
 * that the draft writes down, such as the first track, are not a change).
 */
export function changesNothing(
  plan: PlanRecord,
  roadmap: Roadmap,
  change: { readonly settings: PlanSettings; readonly availability: Availability }
): boolean {
  return sameValue(planChangeOf(plan, draftOfPlan(plan), roadmap), change)
}

/** Every choice stage's track, the default (first) one written down too, as first run stores them. */
function chosenTracks(roadmap: Roadmap, choices: Readonly<Record<string, string>>): Record<string, string> {
  const tracks: Record<string, string> = {}
  for (const stage of roadmap.stages) {
    if (stage.kind !== 'choice') continue
    const chosen = choices[stage.id] ?? stage.tracks[0]?.id
    if (chosen !== undefined) tracks[stage.id] = chosen
  }
  return tracks
}

/** Deep equality of JSON-like values, whatever the order of object keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined)
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined)
  if (keysA.length !== keysB.length) return false
  return keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}
