// What the calendar sync keeps between runs in userData (never a credential: see credentialStore.ts): the calendars
// picked, what the last publish wrote, what came back from the calendar and has not been applied yet.
import { join } from 'node:path'
import { z } from 'zod'
import type { CalendarSyncError, IncomingChanges, SyncSummary } from '../../shared/ipc/calendarSync'
import { createJsonFileStore, type JsonFileStore, type JsonFileSystem } from '../fs/jsonFileStore'
import type { Logger } from '../reminders/ports'

export const SYNC_STATE_FILE = 'calendar-sync.json'

const urlSchema = z.string().min(1).max(2_048)
const idSchema = z.string().min(1).max(200)
const count = z.number().int().min(0)

const calendarSchema = z.strictObject({ url: urlSchema, displayName: z.string().max(500), holdsEvents: z.boolean() })

const selectionSchema = z.strictObject({
  calendarUrl: urlSchema,
  busyCalendarUrls: z.array(urlSchema).max(20),
  planId: idSchema,
  weeks: z.number().int().min(1).max(52),
  keepDone: z.boolean()
})

const intervalSchema = z.strictObject({
  startMs: z.number().int(),
  endMs: z.number().int(),
  label: z.string().max(500).optional()
})

const incomingSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  moved: z.array(
    z.strictObject({
      sessionId: idSchema,
      startMs: z.number().int(),
      endMs: z.number().int(),
      alsoChangedHere: z.boolean()
    })
  ),
  deleted: z.array(idSchema),
  busy: z.array(
    z.strictObject({
      source: z.string().max(2_100),
      displayName: z.string().max(500),
      rangeStartMs: z.number().int(),
      rangeEndMs: z.number().int(),
      intervals: z.array(intervalSchema)
    })
  )
}) satisfies z.ZodType<IncomingChanges>

const summarySchema = z.strictObject({
  created: count,
  updated: count,
  deleted: count,
  movedThere: count,
  deletedThere: count,
  bothChanged: count,
  // Absent in files written before it existed.
  fromCalendarAtMs: z.number().int().nullable().default(null),
  busyIntervals: count
}) satisfies z.ZodType<SyncSummary>

const syncStateSchema = z.strictObject({
  /** The account's calendar home (where "Study Planner" is created) and calendars, as last discovered. */
  homeUrl: urlSchema.nullable(),
  calendars: z.array(calendarSchema).max(500),
  selection: selectionSchema.nullable(),
  /** PublishState: per UID, the resource we wrote, its ETag and content hash. */
  publish: z
    .strictObject({
      calendarUrl: urlSchema,
      events: z.record(
        z.string(),
        z.strictObject({ href: urlSchema, etag: z.string().nullable(), contentHash: z.string().max(64) })
      )
    })
    .nullable(),
  /** The times we last wrote per UID: a read-back compares the calendar's times with them. */
  written: z.record(z.string(), z.strictObject({ startMs: z.number().int(), endMs: z.number().int() })),
  /** UIDs deleted in the calendar app: never created again while the plan still has them. */
  deletedThere: z.array(z.string()).max(10_000),
  /** Per busy calendar, a hash of what was last read from it, so unchanged busy time is not sent again. */
  busyHashes: z.record(z.string(), z.string().max(64)),
  incoming: incomingSchema.nullable(),
  lastSyncAtMs: z.number().int().nullable(),
  lastSummary: summarySchema.nullable(),
  error: z.custom<CalendarSyncError>((value) => typeof value === 'object' && value !== null).nullable()
})
/** The file's value; incoming changes typed as the renderer receives them. */
export type SyncState = Omit<z.output<typeof syncStateSchema>, 'incoming'> & {
  readonly incoming: IncomingChanges | null
}

export const EMPTY_SYNC_STATE: SyncState = {
  homeUrl: null,
  calendars: [],
  selection: null,
  publish: null,
  written: {},
  deletedThere: [],
  busyHashes: {},
  incoming: null,
  lastSyncAtMs: null,
  lastSummary: null,
  error: null
}

export function createSyncStateFile(dir: string, logger: Logger, fs?: JsonFileSystem): JsonFileStore<SyncState> {
  return createJsonFileStore<SyncState>({
    path: join(dir, SYNC_STATE_FILE),
    schema: syncStateSchema satisfies z.ZodType<SyncState>,
    fallback: EMPTY_SYNC_STATE,
    // A lost file costs one full re-publish (each event is found by its UID-derived name): nothing to keep aside.
    onCorrupt: ({ reason }) => logger.warn(`Ignoring malformed ${SYNC_STATE_FILE}: ${reason}`),
    ...(fs ? { fs } : {})
  })
}
