// The planning engine's contract: what goes in, the report that comes out, and the typed errors for impossible input.
import type { Availability } from './availability'
import type { PlanSettings, Progress } from './plan'
import type { Roadmap } from './roadmap'
import type { Session } from './session'
import type { EpochMs, LocalDate } from './time'
import type { MessageRef } from '../i18n/ref'

/** Everything buildSchedule needs; `now` is an input because shared code never reads the clock. */
export interface ScheduleInput {
  readonly roadmap: Roadmap
  readonly availability: Availability
  readonly settings: PlanSettings
  /** Missing progress means nothing has happened yet. */
  readonly progress?: Progress
  /** Nothing new is placed before this instant. */
  readonly now: EpochMs
  /**
   * With `progress.previous`: 'keep' (the default) places new work only after the commitment horizon, so the week
   * ahead stays exactly as it was; 'fill' also places new work in the horizon's free time, around the kept sessions
   * (after the learner changed their availability).
   */
  readonly horizon?: 'keep' | 'fill'
}

/** A kept session of the week ahead whose topic needed no more work, handed to the next topic in order. */
export interface Reassignment {
  readonly sessionId: string
  readonly fromTopicId: string
  readonly toTopicId: string
}

/** What happened to the week ahead (the commitment horizon) in a re-plan that kept it. */
export interface KeptWeek {
  /** End of the commitment horizon: sessions starting before it were kept. */
  readonly horizonEndMs: EpochMs
  /** Ids of the previous plan's sessions kept in the horizon (reassigned ones included). */
  readonly kept: readonly string[]
  readonly reassigned: readonly Reassignment[]
  /**
   * Ids of the previous plan's sessions in the horizon that were let go: no longer inside the learner's free time
   * or daily cap, or with no topic left that needed the time. Their work, if any, was placed again.
   */
  readonly released: readonly string[]
}

/** Why a topic (or a review) got no place in the calendar. */
export type UnplacedReason = 'no-availability' | 'beyond-horizon' | 'prerequisite-not-placeable'

/** A topic whose remaining work could not be fully placed. */
export interface UnplacedTopic {
  readonly topicId: string
  readonly stageId: string
  /** Minutes still without a session. */
  readonly unplacedMinutes: number
  readonly reason: UnplacedReason
}

/** A due review that found no slot. */
export interface UnplacedReview {
  readonly topicId: string
  readonly dueMs: EpochMs
  readonly reason: Exclude<UnplacedReason, 'prerequisite-not-placeable'>
}

/** Per-stage figures of a plan. */
export interface StageReport {
  readonly stageId: string
  /** Local date of the stage's last study session; null when some of it could not be placed or it has no topics. */
  readonly finishDate: LocalDate | null
  /** Estimated minutes of the stage's planned topics. */
  readonly totalMinutes: number
  /** Minutes already done. */
  readonly doneMinutes: number
}

/** What a plan amounts to. Every figure can be recomputed from the sessions. */
export interface ScheduleReport {
  /** Local date of the last study session; null when some topic could not be placed. */
  readonly finishDate: LocalDate | null
  readonly stages: readonly StageReport[]
  /** Estimated minutes of every topic in the plan (chosen tracks only, optional ones unless dropped). */
  readonly totalMinutes: number
  /** Minutes counted from done study sessions (capped per topic at its estimate). */
  readonly doneMinutes: number
  /** Minutes of study still to do: totalMinutes - doneMinutes. */
  readonly remainingMinutes: number
  /** Minutes in planned (not done) study sessions, pinned ones included. */
  readonly plannedStudyMinutes: number
  /** Minutes in planned review sessions. */
  readonly plannedReviewMinutes: number
  /** Study minutes per week needed from today to finish by the target date; null without a usable target date. */
  readonly weeklyMinutesNeeded: number | null
  /** True when everything is placed and, if there is a target date, finished by it. */
  readonly feasible: boolean
  /** Study minutes that land after the target date or nowhere at all; 0 when feasible. */
  readonly shortfallMinutes: number
  readonly unplaced: readonly UnplacedTopic[]
  readonly unplacedReviews: readonly UnplacedReview[]
}

/** Machine-readable kinds of impossible input. */
export type ScheduleErrorCode =
  | 'invalid-value'
  | 'invalid-date'
  | 'invalid-time-zone'
  | 'no-availability'
  | 'session-min-above-max'
  | 'window-ends-before-start'
  | 'duplicate-id'
  | 'unknown-prerequisite'
  | 'unknown-topic'
  | 'prerequisite-cycle'
  | 'unknown-track'
  | 'target-before-start'

/** Impossible input, naming the offending field with a path such as 'availability.windows[2].end'. */
export interface ScheduleError {
  readonly code: ScheduleErrorCode
  readonly field: string
  /** What is wrong, in English; for a catalog message (`ref`), its key. Show it with errorText(t, error). */
  readonly message: string
  /** The catalog message, when the check has one (the roadmap checks). */
  readonly ref?: MessageRef
}

/** The outcome of buildSchedule: a plan, or the first problem found in the input. */
export type ScheduleResult =
  | {
      readonly ok: true
      readonly sessions: readonly Session[]
      readonly report: ScheduleReport
      readonly week?: KeptWeek
    }
  | { readonly ok: false; readonly error: ScheduleError }
