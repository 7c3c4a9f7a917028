// Strict zod schemas of every stored row, and of the data part of a backup file.
import { z } from 'zod'
import type {
  BackupTable,
  PlanRecord,
  ReviewRow,
  RoadmapRecord,
  SessionRecord,
  SettingRecord,
  StudyLogRecord,
  TopicNoteRecord
} from './records'
import {
  availabilitySchema,
  idSchema,
  instantSchema,
  localDateTimeSchema,
  planSettingsSchema,
  roadmapSchema,
  scheduleReportSchema,
  titleSchema
} from './domainSchemas'
import { FILE_LIMITS as L } from './limits'

/** A stored roadmap. */
export const roadmapRecordSchema: z.ZodType<RoadmapRecord> = z.strictObject({
  id: idSchema,
  roadmap: roadmapSchema,
  builtIn: z.boolean(),
  updatedAtMs: instantSchema
})

/** A stored plan. */
export const planRecordSchema: z.ZodType<PlanRecord> = z.strictObject({
  id: idSchema,
  title: titleSchema,
  roadmapId: idSchema,
  settings: planSettingsSchema,
  availability: availabilitySchema,
  reminderLeadMinutes: z.number().int().min(0).max(40_320).nullable(),
  report: scheduleReportSchema.nullable(),
  createdAtMs: instantSchema,
  updatedAtMs: instantSchema,
  missedSettledAtMs: instantSchema.optional(),
  // Optional: backups written before plans could be archived still restore.
  archivedAtMs: instantSchema.optional()
})

/** A roadmap topic's id, or '' (NO_TOPIC) for a free-text session. */
const sessionTopicSchema = z.string().max(L.maxIdLength)

/** A stored session. */
export const sessionRecordSchema: z.ZodType<SessionRecord> = z.strictObject({
  id: z
    .string()
    .min(3)
    .max(L.maxIdLength * 2 + 1),
  planId: idSchema,
  sessionId: idSchema,
  topicId: sessionTopicSchema,
  stageId: z.string().max(L.maxIdLength),
  kind: z.enum(['study', 'review']),
  status: z.enum(['planned', 'done', 'skipped']),
  pinned: z.boolean(),
  startMs: instantSchema,
  endMs: instantSchema,
  localStart: localDateTimeSchema,
  localEnd: localDateTimeSchema,
  minutes: z.number().int().min(0).max(1440),
  // Quick-added sessions (backups made before quick add have neither field).
  title: titleSchema.min(1).optional(),
  adHoc: z.literal(true).optional()
})

/** A stored study-log line. */
export const studyLogRecordSchema: z.ZodType<StudyLogRecord> = z.strictObject({
  id: idSchema,
  planId: idSchema,
  sessionId: z
    .string()
    .min(3)
    .max(L.maxIdLength * 2 + 1),
  topicId: sessionTopicSchema,
  actualMinutes: z.number().int().min(0).max(1440),
  loggedAtMs: instantSchema
})

/** A stored recall rating. */
export const reviewRowSchema: z.ZodType<ReviewRow> = z.strictObject({
  id: idSchema,
  planId: idSchema,
  topicId: idSchema,
  rating: z.enum(['again', 'hard', 'good', 'easy']),
  ratedAtMs: instantSchema
})

/** The learner's notes on a topic of a plan. */
export const topicNoteRecordSchema: z.ZodType<TopicNoteRecord> = z.strictObject({
  planId: idSchema,
  topicId: idSchema,
  text: z.string().max(L.maxTextFieldLength),
  updatedAtMs: instantSchema
})

/** A stored preference; its value may be any JSON (bounded by the file walk). */
export const settingRecordSchema: z.ZodType<SettingRecord> = z.strictObject({
  key: idSchema,
  value: z.json()
})

/** Each backup table's record schema. */
export const backupRecordSchemas = {
  roadmaps: roadmapRecordSchema,
  plans: planRecordSchema,
  sessions: sessionRecordSchema,
  studyLog: studyLogRecordSchema,
  reviews: reviewRowSchema,
  notes: topicNoteRecordSchema,
  settings: settingRecordSchema
} as const satisfies Record<BackupTable, z.ZodType>

/**
 * The data part of a backup as a shape only: every table a list, each bounded in length; its records are checked one
 * by one against {@link backupRecordSchemas} after, so a bad file is refused at its first bad record.
 */
export const backupTablesSchema = z.strictObject({
  roadmaps: z.array(z.unknown()).max(L.maxRoadmaps),
  plans: z.array(z.unknown()).max(L.maxPlans),
  sessions: z.array(z.unknown()).max(L.maxSessions),
  studyLog: z.array(z.unknown()).max(L.maxStudyLog),
  reviews: z.array(z.unknown()).max(L.maxReviews),
  // Backups made before notes existed have none.
  notes: z.array(z.unknown()).max(L.maxNotes).default([]),
  settings: z.array(z.unknown()).max(L.maxSettings)
})
