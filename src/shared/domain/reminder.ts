// What the renderer tells main to announce: reminder and reminder-sync schemas, validated at the IPC boundary.
import { z } from 'zod'
import { displayLocaleSchema } from '../format/displayLocale'
import { DAY_MS, isKnownTimeZone, MAX_ZONE_NAME_LENGTH, WEEK_MS } from '../time'

/** Hard bounds on a reminder sync, so a hostile or buggy payload stays small and cheap to check. */
export const REMINDER_LIMITS = {
  /** Most reminders one sync may carry (about two months of a busy plan). */
  maxReminders: 1000,
  /** Longest session id, matching the IPC contract's entity ids. */
  maxIdLength: 200,
  /** Longest topic or stage title shown in a notification. */
  maxTitleLength: 300,
  /** Longest IANA zone name accepted (the longest real one is about 32 characters). */
  maxZoneLength: MAX_ZONE_NAME_LENGTH,
  /** Earliest instant accepted: 2000-01-01T00:00:00Z. */
  minInstant: Date.UTC(2000, 0, 1),
  /** Latest instant accepted: 2200-01-01T00:00:00Z. */
  maxInstant: Date.UTC(2200, 0, 1),
  /** Longest session a reminder may describe: 24 hours. */
  maxSessionMs: DAY_MS,
  /** Longest lead time between a reminder and its session: 7 days. */
  maxLeadMs: WEEK_MS
} as const

/** The kinds of session a reminder announces. */
export const REMINDER_KINDS = ['study', 'review'] as const

/** A kind of session: first study of a topic, or a spaced review of it. */
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** An IANA time-zone name that this runtime can format in, e.g. 'Europe/Rome'. */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(REMINDER_LIMITS.maxZoneLength)
  .refine(isKnownTimeZone, { message: 'unknown IANA time zone' })

/** An instant as epoch milliseconds (UTC), within the years 2000-2200. */
export const instantSchema = z.number().int().min(REMINDER_LIMITS.minInstant).max(REMINDER_LIMITS.maxInstant)

/** A local clock time 'HH:mm' (24-hour), e.g. '07:30'. */
export const localClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:mm')

const reminderFields = z.strictObject({
  /** The session to open when the notification is clicked. */
  sessionId: z.string().min(1).max(REMINDER_LIMITS.maxIdLength),
  /** Topic studied in the session, shown as the notification's subject. */
  topicTitle: z.string().min(1).max(REMINDER_LIMITS.maxTitleLength),
  /** Roadmap stage the topic belongs to; may be empty. */
  stageTitle: z.string().max(REMINDER_LIMITS.maxTitleLength),
  /** Session start, epoch ms. */
  startsAt: instantSchema,
  /** Session end, epoch ms; not before the start and at most 24 hours after it. */
  endsAt: instantSchema,
  /** When to announce the session, epoch ms: the start minus the lead time (0 to 7 days). */
  fireAt: instantSchema,
  /** Study or review. */
  kind: z.enum(REMINDER_KINDS)
})

/** One session to announce, as the renderer computed it from the plan. */
export const reminderSchema = reminderFields.superRefine((reminder, ctx) => {
  const length = reminder.endsAt - reminder.startsAt
  if (length < 0 || length > REMINDER_LIMITS.maxSessionMs) {
    ctx.addIssue({ code: 'custom', message: 'endsAt must be 0 to 24 h after startsAt', path: ['endsAt'] })
  }
  const lead = reminder.startsAt - reminder.fireAt
  if (lead < 0 || lead > REMINDER_LIMITS.maxLeadMs) {
    ctx.addIssue({ code: 'custom', message: 'fireAt must be 0 to 7 days before startsAt', path: ['fireAt'] })
  }
})

/** One session to announce: which session, what to say, and when. */
export type Reminder = z.output<typeof reminderSchema>

/** The daily digest: one notification a day at a local time summarising the day's sessions. */
export const digestSettingsSchema = z.strictObject({
  /** Whether the digest is sent at all. */
  enabled: z.boolean(),
  /** Local time in the plan's zone, 'HH:mm'. */
  time: localClockTimeSchema
})

/** Daily digest settings. */
export type DigestSettings = z.output<typeof digestSettingsSchema>

/**
 * Everything main needs to announce the plan, sent by the renderer whenever the plan or settings change. It
 * replaces the previous sync entirely; main keeps its own ledger of what already fired.
 */
export const reminderSyncSchema = z
  .strictObject({
    /** The plan's IANA zone: notification times and the digest's "today" are shown in it. */
    zone: timeZoneSchema,
    /**
     * The renderer's display locale, with the learner's 12/24-hour choice ('en-US-u-hc-h23'): notifications and the
     * tray write times as the app's screens do. Syncs made before this field existed use main's own locale.
     */
    locale: displayLocaleSchema.optional(),
    /** Upcoming reminders, at most {@link REMINDER_LIMITS.maxReminders}, one per session. */
    reminders: z.array(reminderSchema).max(REMINDER_LIMITS.maxReminders),
    /**
     * False when the learner chose no reminder before sessions: the sessions still feed the daily digest and the
     * tray's next session, but none is announced. Syncs made before this field existed announced them.
     */
    announce: z.boolean().default(true),
    /** Daily digest settings. */
    digest: digestSettingsSchema
  })
  .superRefine((sync, ctx) => {
    const seen = new Set<string>()
    sync.reminders.forEach((reminder, index) => {
      if (seen.has(reminder.sessionId)) {
        ctx.addIssue({ code: 'custom', message: 'duplicate sessionId', path: ['reminders', index, 'sessionId'] })
      }
      seen.add(reminder.sessionId)
    })
  })

/** A validated reminder sync payload. */
export type ReminderSync = z.output<typeof reminderSyncSchema>

/** The snooze lengths offered to the user, in minutes. */
export const SNOOZE_MINUTES = [5, 10, 15] as const

/** A snooze length offered to the user, in minutes. */
export type SnoozeMinutes = (typeof SNOOZE_MINUTES)[number]

/** Validates a snooze length: only the offered choices. */
export const snoozeMinutesSchema = z.union([z.literal(5), z.literal(10), z.literal(15)])

/** How long the user can pause reminders from the tray or settings. */
export const PAUSE_CHOICES = ['hour', 'restOfDay'] as const

/** A pause length: one hour, or until local midnight in the plan's zone. */
export type PauseChoice = (typeof PAUSE_CHOICES)[number]

/** Validates a pause choice. */
export const pauseChoiceSchema = z.enum(PAUSE_CHOICES)
