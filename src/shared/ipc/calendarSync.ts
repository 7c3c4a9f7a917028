// What renderer and main say to each other about the learner's CalDAV calendar (issue 21): the plan to publish, the
// sync's status, and the changes read back from the calendar for the renderer to apply. Schemas check what crosses.
import { z } from 'zod'
import { instantSchema, timeZoneSchema } from '../domain/reminder'

const idSchema = z.string().min(1).max(200)
const textSchema = (max: number) => z.string().max(max)

/** Most sessions one publish carries: 8 weeks of a busy plan is ~200; a year of daily sessions fits too. */
export const MAX_PUBLISHED_SESSIONS = 2_000
/** Most busy intervals read back per calendar (the .ics import's own cap). */
export const MAX_BUSY_PER_CALENDAR = 5_000
/** The publish ranges offered, in weeks ahead. */
export const PUBLISH_WEEKS = [2, 4, 8, 12, 26] as const
export const DEFAULT_PUBLISH_WEEKS = 8

/** One session as its calendar event (the .ics exporter's IcsSession, checked). */
export const publishedSessionSchema = z
  .strictObject({
    id: idSchema,
    title: z.string().min(1).max(500),
    description: textSchema(20_000).optional(),
    startMs: instantSchema,
    endMs: instantSchema,
    location: textSchema(2_000).optional(),
    done: z.boolean().optional(),
    alarm: z.boolean().optional()
  })
  .refine((session) => session.endMs > session.startMs, 'endMs is not after startMs')

/** What the calendar should hold: the synced plan's sessions in the publish range. Sent whenever they change. */
export const publishSnapshotSchema = z
  .strictObject({
    planId: idSchema,
    zone: timeZoneSchema,
    /** Minutes before a session its alarm rings on the phone, or null for no alarms. */
    reminderLeadMinutes: z.number().int().min(0).max(40_320).nullable(),
    sessions: z.array(publishedSessionSchema).max(MAX_PUBLISHED_SESSIONS)
  })
  .superRefine((snapshot, ctx) => {
    const seen = new Set<string>()
    snapshot.sessions.forEach((session, index) => {
      if (seen.has(session.id)) ctx.addIssue({ code: 'custom', message: 'duplicate id', path: ['sessions', index] })
      seen.add(session.id)
    })
  })
export type PublishSnapshot = z.output<typeof publishSnapshotSchema>

/** The account the learner enters. The password is sent once, to main, and never comes back. */
export const calendarAccountSchema = z.strictObject({
  serverUrl: z.string().min(1).max(2_048),
  username: z.string().min(1).max(500),
  password: z.string().min(1).max(1_000),
  /** The learner agreed to keep the password unencrypted where this desktop has no keychain. */
  allowPlainText: z.boolean()
})
export type CalendarAccountInput = z.output<typeof calendarAccountSchema>

/** A calendar of the account, as the learner picks it. */
export interface CalendarChoice {
  readonly url: string
  readonly displayName: string
  /** Whether events can be put in it (some calendars hold only tasks). */
  readonly holdsEvents: boolean
}

/** What the learner picks after connecting. */
export const calendarSelectionSchema = z.strictObject({
  /** The calendar that receives the plan: one of the account's, or null to create "Study Planner". */
  calendarUrl: z.string().min(1).max(2_048).nullable(),
  /** Calendars whose events count as busy time. */
  busyCalendarUrls: z.array(z.string().min(1).max(2_048)).max(20),
  /** The plan that is published. */
  planId: idSchema,
  /** Weeks ahead that are published (one of PUBLISH_WEEKS in Settings). */
  weeks: z.number().int().min(1).max(52),
  /** Done sessions stay in the calendar marked ✓; otherwise they are removed like skipped ones. */
  keepDone: z.boolean()
})
export type CalendarSelection = z.output<typeof calendarSelectionSchema>

/**
 * A failure of a whole CalDAV operation (connect, discover, list, publish), never of one event: main's requests
 * (src/main/caldav) make them, Settings puts them in words.
 */
export type CalDavError =
  /** The server address is not a URL, or not http(s). */
  | { readonly kind: 'invalid-url' }
  /** http:// to a host that is not this machine: refused before any request, as credentials would travel in clear. */
  | { readonly kind: 'insecure-url' }
  /** 401: the user name or the (app) password is wrong. */
  | { readonly kind: 'wrong-password' }
  /** 403: the account may not do this (read-only calendar, another user's collection). */
  | { readonly kind: 'forbidden' }
  /** No answer: DNS, refused connection, reset, or no response within the time limit. */
  | { readonly kind: 'unreachable'; readonly detail: string }
  /** The TLS certificate is expired, self-signed, for another name or otherwise not trusted. */
  | { readonly kind: 'certificate-invalid'; readonly detail: string }
  /** 404 or 410 on the chosen calendar: it was deleted on the server (or moved). */
  | { readonly kind: 'calendar-gone' }
  /** The server answers HTTP but not as a CalDAV server (no principal, no calendar home, no multistatus). */
  | { readonly kind: 'not-caldav' }
  /** A redirect or a link to another origin: not followed, so credentials never reach another host. */
  | { readonly kind: 'other-origin'; readonly url: string }
  /** An answer longer than the size limit (by its Content-Length, or counted as it arrived): refused, not read. */
  | { readonly kind: 'response-too-large'; readonly limitBytes: number }
  /**
   * A multistatus answer that cannot be trusted: its XML is cut off or malformed, its root is not DAV:multistatus, or
   * it lists an event without its ETag. (A 2xx that is no multistatus at all, such as an HTML page, is 'not-caldav'.)
   */
  | { readonly kind: 'bad-response'; readonly detail: string }
  /** Any other unexpected status (5xx, 3xx we do not follow, 4xx not listed above). */
  | { readonly kind: 'server-error'; readonly status: number }

/**
 * Why a sync or a connection failed: a CalDAV error, or the credential store's 'plain-text-needs-consent' (no keychain
 * here, and the learner has not agreed yet) or 'credentials-unreadable' (the keychain no longer opens what was saved).
 */
export type CalendarSyncError =
  | CalDavError
  | { readonly kind: 'plain-text-needs-consent' }
  | { readonly kind: 'credentials-unreadable' }

export type ConnectResult =
  | { readonly ok: true; readonly calendars: readonly CalendarChoice[] }
  | { readonly ok: false; readonly error: CalendarSyncError }

/** A session moved in the calendar app: the planner pins it at the new time. */
export interface IncomingMove {
  readonly sessionId: string
  readonly startMs: number
  readonly endMs: number
  /** The planner had also changed this session's time since the last sync: the calendar's time wins (shown). */
  readonly alsoChangedHere: boolean
}

/** Busy time read from one of the chosen busy calendars, replacing what was read from it before. */
export interface IncomingBusy {
  /** `caldav:<calendar url>`: the plan's busy time from this source is replaced within the range. */
  readonly source: string
  readonly displayName: string
  readonly rangeStartMs: number
  readonly rangeEndMs: number
  readonly intervals: readonly { readonly startMs: number; readonly endMs: number; readonly label?: string }[]
}

/** Changes read back from the calendars, for the renderer to apply to the plan, then acknowledge by id. */
export interface IncomingChanges {
  readonly id: string
  readonly planId: string
  readonly moved: readonly IncomingMove[]
  /** Sessions deleted in the calendar app: the planner skips them. */
  readonly deleted: readonly string[]
  readonly busy: readonly IncomingBusy[]
}

/** What the renderer did with incoming changes: the ids of sessions whose change the plan refused, and why. */
export const incomingAckSchema = z.strictObject({
  id: idSchema,
  refused: z.array(z.strictObject({ sessionId: idSchema, reason: textSchema(500) })).max(MAX_PUBLISHED_SESSIONS)
})
export type IncomingAck = z.output<typeof incomingAckSchema>

/** What the last finished sync did. */
export interface SyncSummary {
  readonly created: number
  readonly updated: number
  readonly deleted: number
  /**
   * The last changes read back from the calendar app (kept until newer ones come, since the round after them finds
   * none): sessions moved, deleted, and those changed in both places; when, epoch ms, or null if none came yet.
   */
  readonly movedThere: number
  readonly deletedThere: number
  readonly bothChanged: number
  readonly fromCalendarAtMs: number | null
  /** Busy intervals now read from the busy calendars. */
  readonly busyIntervals: number
}

/** The sync as the Settings screen shows it. */
export type CalendarSyncStatus =
  /** The web build: no main process to keep credentials or reach a server. */
  | { readonly state: 'unavailable' }
  | { readonly state: 'disconnected' }
  | {
      readonly state: 'connected'
      readonly serverUrl: string
      readonly username: string
      /** Where the password is kept: the OS keychain, or (agreed to) a plain file. */
      readonly passwordStorage: 'keychain' | 'plain-text'
      /** The account's calendars, as last discovered. */
      readonly calendars: readonly CalendarChoice[]
      /** What the learner picked; null until they pick. */
      readonly selection: (Omit<CalendarSelection, 'calendarUrl'> & { readonly calendarUrl: string }) | null
      readonly syncing: boolean
      /** Last sync that reached the end, epoch ms. */
      readonly lastSyncAtMs: number | null
      readonly lastSummary: SyncSummary | null
      /** Changes of the plan not yet on the server (waiting for the next attempt). */
      readonly pending: boolean
      /** The next attempt after a failure, epoch ms. */
      readonly nextAttemptAtMs: number | null
      readonly error: CalendarSyncError | null
      /** Changes read back that the renderer has not applied yet. */
      readonly incoming: IncomingChanges | null
    }
