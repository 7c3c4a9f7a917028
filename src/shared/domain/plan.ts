// The learner's choices for a plan and what has happened so far (done, skipped, pinned sessions and recall ratings).
import type { EpochMs, IanaZone, LocalDate } from './time'
import type { SessionKind } from './session'

/** How many topics the learner studies side by side. */
export type ParallelTopics = 1 | 2 | 3

/** How well the learner recalled a topic at the end of its study or at a review (FSRS grades). */
export type RecallRating = 'again' | 'hard' | 'good' | 'easy'

/** Spaced-review settings of a plan. */
export interface ReviewSettings {
  readonly enabled: boolean
  /** Length of one review session; 15 when absent. */
  readonly sessionMinutes?: number
}

/** The learner's choices that shape a plan. */
export interface PlanSettings {
  /** First day sessions may be placed on. */
  readonly startDate: LocalDate
  /** Day the learner wants to finish by, if any. */
  readonly targetDate?: LocalDate
  /** IANA zone every wall time and date of the plan is in. */
  readonly timeZone: IanaZone
  readonly parallelTopics: ParallelTopics
  readonly reviews: ReviewSettings
  /** For each choice stage id, the id of the chosen track; the first track when absent. */
  readonly trackChoices?: Readonly<Record<string, string>>
  /** False drops optional stages and topics from the plan; true when absent. */
  readonly includeOptional?: boolean
  /**
   * Ids of topics the learner already knows: they count as done (their work is not planned and they meet the
   * prerequisites of later topics). Ids no longer in the roadmap are ignored.
   */
  readonly knownTopics?: readonly string[]
  /**
   * Days from now whose planned sessions stay put when the plan is re-planned (the commitment horizon): 0 to 28, 7 when
   * absent. Inside it only the learner's own moves, an availability change or an explicit re-plan of the week change a
   * session; beyond it the engine re-flows freely.
   */
  readonly commitmentDays?: number
}

/** Default commitment horizon: the week ahead. */
export const DEFAULT_COMMITMENT_DAYS = 7

/** Longest commitment horizon a plan may ask for. */
export const MAX_COMMITMENT_DAYS = 28

/** A session the learner finished, with the minutes actually spent. */
export interface DoneSession {
  readonly id: string
  readonly topicId: string
  readonly kind: SessionKind
  readonly startMs: EpochMs
  readonly endMs: EpochMs
  /** Minutes of real work, which may differ from the session's length; counts toward the topic. */
  readonly actualMinutes: number
}

/** A session the learner fixed in time; the planner keeps it exactly and plans around it. */
export interface PinnedSession {
  readonly id: string
  /** A roadmap topic, or NO_TOPIC for a free-text session (which then has a `title`). */
  readonly topicId: string
  readonly kind: SessionKind
  readonly startMs: EpochMs
  readonly endMs: EpochMs
  /** What a free-text session is about; returned unchanged on the planned session. */
  readonly title?: string
  /** Added by the learner with quick add; returned unchanged on the planned session. */
  readonly adHoc?: true
}

/** One recall rating of a topic, given after its last study session or after a review. */
export interface ReviewRecord {
  readonly topicId: string
  readonly ratedAtMs: EpochMs
  readonly rating: RecallRating
}

/** A stretch of time, e.g. the slot of a skipped session. */
export interface TimeSlot {
  readonly startMs: EpochMs
  readonly endMs: EpochMs
}

/** What has happened in a plan so far. The planner derives remaining work from it and re-plans the rest. */
export interface Progress {
  readonly done: readonly DoneSession[]
  /**
   * Ids of sessions the learner skipped or missed. Their work is re-planned and the ids are never reused for new
   * sessions. A skipped id that is also pinned cancels the pin (the learner let it go); done sessions stay done.
   */
  readonly skipped: readonly string[]
  readonly pinned: readonly PinnedSession[]
  readonly reviews: readonly ReviewRecord[]
  /**
   * The plan's planned sessions as they stand (not done, skipped, missed or pinned). Those inside the commitment
   * horizon are kept as they are; the rest are re-flowed. Absent when the plan is made, or its week re-planned, afresh.
   */
  readonly previous?: readonly PinnedSession[]
  /** Slots of skipped sessions: their time stays free, nothing new is placed there. */
  readonly freed?: readonly TimeSlot[]
}
