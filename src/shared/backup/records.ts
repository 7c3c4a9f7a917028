// The rows the planner stores, one interface per table: shared by the database, backups and their validators.
import type { Availability } from '../domain/availability'
import type { PlanSettings, RecallRating } from '../domain/plan'
import type { Roadmap } from '../domain/roadmap'
import type { ScheduleReport } from '../domain/schedule'
import type { Session } from '../domain/session'
import type { EpochMs } from '../domain/time'

/** A roadmap the learner can plan from: the built-in one, an imported one or an edited copy. */
export interface RoadmapRecord {
  /** Equal to `roadmap.id`. */
  readonly id: string
  readonly roadmap: Roadmap
  /** True for roadmaps shipped with the app. */
  readonly builtIn: boolean
  readonly updatedAtMs: EpochMs
}

/** A study plan: which roadmap, the learner's settings and availability, and the latest engine report. */
export interface PlanRecord {
  readonly id: string
  readonly title: string
  readonly roadmapId: string
  readonly settings: PlanSettings
  readonly availability: Availability
  /** Minutes before a session its reminder (and the .ics alarm) fires; null for none. */
  readonly reminderLeadMinutes: number | null
  /** What the engine reported the last time the plan was (re)generated; null if it could not plan. */
  readonly report: ScheduleReport | null
  readonly createdAtMs: EpochMs
  readonly updatedAtMs: EpochMs
  /**
   * Missed sessions that ended by this instant were dealt with in the missed-sessions prompt (a catch-up option was
   * applied): they stay in the calendar as missed, but no longer count as waiting for the learner.
   */
  readonly missedSettledAtMs?: EpochMs
  /** When the learner archived the plan: it keeps its data but leaves the plan switcher and sends no reminders. */
  readonly archivedAtMs?: EpochMs
}

/**
 * One session of a plan. `id` is unique across plans (`<planId>/<sessionId>`); `sessionId` is the engine's id,
 * stable across re-plans, which is what the engine's Progress refers to.
 */
export interface SessionRecord extends Omit<Session, 'id'> {
  readonly id: string
  readonly planId: string
  readonly sessionId: string
}

/** A line of the study log: minutes actually spent, written when a session is marked done. */
export interface StudyLogRecord {
  readonly id: string
  readonly planId: string
  /** The SessionRecord id (`<planId>/<sessionId>`). */
  readonly sessionId: string
  readonly topicId: string
  readonly actualMinutes: number
  readonly loggedAtMs: EpochMs
}

/** One recall rating of a topic in a plan. */
export interface ReviewRow {
  readonly id: string
  readonly planId: string
  readonly topicId: string
  readonly rating: RecallRating
  readonly ratedAtMs: EpochMs
}

/** The learner's notes on one topic of a plan, written in the session panel of any of its sessions. */
export interface TopicNoteRecord {
  readonly planId: string
  readonly topicId: string
  readonly text: string
  readonly updatedAtMs: EpochMs
}

/** A user preference stored by key; the value is small JSON validated by whoever reads it. */
export interface SettingRecord {
  readonly key: string
  readonly value: unknown
}

/** Everything a backup holds: every user table of the database, in full. */
export interface BackupData {
  readonly roadmaps: readonly RoadmapRecord[]
  readonly plans: readonly PlanRecord[]
  readonly sessions: readonly SessionRecord[]
  readonly studyLog: readonly StudyLogRecord[]
  readonly reviews: readonly ReviewRow[]
  readonly notes: readonly TopicNoteRecord[]
  readonly settings: readonly SettingRecord[]
}

/** The tables of {@link BackupData}, in the order they are written. */
export const BACKUP_TABLES = ['roadmaps', 'plans', 'sessions', 'studyLog', 'reviews', 'notes', 'settings'] as const

/** One table name of a backup. */
export type BackupTable = (typeof BACKUP_TABLES)[number]

/** The global id of a plan's session: plan id and engine id joined by '/'. */
export function sessionRecordId(planId: string, sessionId: string): string {
  return `${planId}/${sessionId}`
}
