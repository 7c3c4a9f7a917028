// Strict zod schemas of the domain values a file may carry: roadmaps, plan settings, availability and engine reports.
import { z } from 'zod'
import type { Availability } from '../domain/availability'
import { MAX_COMMITMENT_DAYS, type PlanSettings } from '../domain/plan'
import type { Roadmap, Stage, Topic } from '../domain/roadmap'
import type { ScheduleReport } from '../domain/schedule'
import { FILE_LIMITS as L } from './limits'

/** An app-made id: 1-200 characters. */
export const idSchema = z.string().min(1).max(L.maxIdLength)
/** A title or label: at most 500 characters. */
export const titleSchema = z.string().max(L.maxTitleLength)
/** A summary or description: at most 20,000 characters. */
export const textSchema = z.string().max(L.maxTextFieldLength)
/** An instant in epoch ms within 1900-2999. */
export const instantSchema = z.number().int().min(L.minInstant).max(L.maxInstant)
/** A calendar date 'YYYY-MM-DD'. */
export const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
/** A wall time 'YYYY-MM-DDTHH:mm'. */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected a local time YYYY-MM-DDTHH:mm')
/** A clock time 'HH:mm', '24:00' allowed for window ends. */
export const clockTimeSchema = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'expected a time HH:mm')
/** Whole minutes from 0 up to a bound. */
export const minutesSchema = (max: number) => z.number().int().min(0).max(max)

const resourceSchema = z.strictObject({
  title: titleSchema,
  url: z
    .string()
    .max(2048)
    .regex(/^https:\/\/\S+$/, 'expected an https URL')
})

/** One topic of a roadmap. */
export const topicSchema: z.ZodType<Topic> = z.strictObject({
  id: idSchema,
  title: titleSchema.min(1),
  summary: textSchema,
  estimatedMinutes: z.number().int().min(1).max(60_000),
  kind: z.enum(['learn', 'practice', 'project', 'milestone']),
  prerequisites: z.array(idSchema).max(L.maxPrerequisites),
  resources: z.array(resourceSchema).max(L.maxResources),
  outcome: textSchema,
  optional: z.boolean().optional()
})

const topicListSchema = z.array(topicSchema).max(L.maxTopicsPerList)

const stageBase = {
  id: idSchema,
  title: titleSchema.min(1),
  summary: textSchema,
  optional: z.boolean()
}

const stageSchema: z.ZodType<Stage> = z.discriminatedUnion('kind', [
  z.strictObject({ ...stageBase, kind: z.literal('sequence'), topics: topicListSchema }),
  z.strictObject({
    ...stageBase,
    kind: z.literal('choice'),
    tracks: z
      .array(z.strictObject({ id: idSchema, title: titleSchema.min(1), summary: textSchema, topics: topicListSchema }))
      .min(1)
      .max(L.maxTracks)
  })
])

/** A whole roadmap (its prerequisite graph is checked separately by validateRoadmap). */
export const roadmapSchema: z.ZodType<Roadmap> = z.strictObject({
  id: idSchema,
  title: titleSchema.min(1),
  version: z.number().int().min(1).max(1_000_000),
  stages: z.array(stageSchema).max(L.maxStages)
})

/** A plan's settings (zone and dates are checked again by the engine's validateSettings). */
export const planSettingsSchema: z.ZodType<PlanSettings> = z.strictObject({
  startDate: localDateSchema,
  targetDate: localDateSchema.optional(),
  timeZone: z.string().min(1).max(64),
  parallelTopics: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  reviews: z.strictObject({ enabled: z.boolean(), sessionMinutes: z.number().int().min(1).max(240).optional() }),
  trackChoices: z.record(idSchema, idSchema).optional(),
  includeOptional: z.boolean().optional(),
  knownTopics: z.array(idSchema).optional(),
  commitmentDays: z.number().int().min(0).max(MAX_COMMITMENT_DAYS).optional()
})

const weekdaySchema = z.union(
  [0, 1, 2, 3, 4, 5, 6].map((day) => z.literal(day)) as [
    z.ZodLiteral<0>,
    z.ZodLiteral<1>,
    z.ZodLiteral<2>,
    z.ZodLiteral<3>,
    z.ZodLiteral<4>,
    z.ZodLiteral<5>,
    z.ZodLiteral<6>
  ]
)

/** The learner's time: weekly windows, blackouts, busy intervals and session rules. */
export const availabilitySchema: z.ZodType<Availability> = z.strictObject({
  windows: z
    .array(z.strictObject({ weekday: weekdaySchema, start: clockTimeSchema, end: clockTimeSchema }))
    .max(L.maxWindows),
  blackouts: z
    .array(z.strictObject({ start: localDateSchema, end: localDateSchema, label: titleSchema.optional() }))
    .max(L.maxBlackouts),
  busy: z
    .array(
      z.strictObject({
        startMs: instantSchema,
        endMs: instantSchema,
        label: titleSchema.optional(),
        source: titleSchema.optional()
      })
    )
    .max(L.maxBusy),
  dailyCapMinutes: minutesSchema(1440),
  sessionMinMinutes: minutesSchema(1440),
  sessionMaxMinutes: minutesSchema(1440),
  breakMinutes: minutesSchema(1440)
})

const count = z.number().int().min(0).max(100_000_000)

/** What the engine last reported about a plan. */
export const scheduleReportSchema: z.ZodType<ScheduleReport> = z.strictObject({
  finishDate: localDateSchema.nullable(),
  stages: z
    .array(
      z.strictObject({
        stageId: idSchema,
        finishDate: localDateSchema.nullable(),
        totalMinutes: count,
        doneMinutes: count
      })
    )
    .max(L.maxStages),
  totalMinutes: count,
  doneMinutes: count,
  remainingMinutes: count,
  plannedStudyMinutes: count,
  plannedReviewMinutes: count,
  weeklyMinutesNeeded: z.number().min(0).max(100_000_000).nullable(),
  feasible: z.boolean(),
  shortfallMinutes: count,
  unplaced: z
    .array(
      z.strictObject({
        topicId: idSchema,
        stageId: idSchema,
        unplacedMinutes: count,
        reason: z.enum(['no-availability', 'beyond-horizon', 'prerequisite-not-placeable'])
      })
    )
    .max(L.maxTopicsPerList * 4),
  unplacedReviews: z
    .array(
      z.strictObject({ topicId: idSchema, dueMs: instantSchema, reason: z.enum(['no-availability', 'beyond-horizon']) })
    )
    .max(L.maxTopicsPerList * 4)
})
