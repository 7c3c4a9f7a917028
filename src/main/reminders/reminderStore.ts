// Persists the reminder state in userData so reminders fire after a restart, and never clobbers a file it can't read.
import { join } from 'node:path'
import { z } from 'zod'
import { instantSchema, reminderSchema, reminderSyncSchema } from '../../shared/domain/reminder'
import { createJsonFileStore, parseJsonText } from '../fs/jsonFileStore'
import type { Logger } from './ports'
import { ledgerKey, MAX_LEDGER_ENTRIES, type ReminderState } from './reminderState'

/** File name of the persisted state inside the reminders directory. */
export const REMINDERS_FILE = 'reminders.json'
const FORMAT = 'study-planner-reminders'
const VERSION = 1

// Pause and snooze instants come from the local clock, which can be wildly wrong (an RTC reset to 1970): accept any
// valid Date value so a bad clock never turns a good state file into a 'corrupt' one.
const clockInstant = z.number().int().min(0).max(8.64e15)

const fileSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  sync: reminderSyncSchema.nullable(),
  fired: z
    .array(z.strictObject({ sessionId: z.string().min(1).max(200), fireAt: instantSchema }))
    .max(MAX_LEDGER_ENTRIES),
  snoozes: z.array(z.strictObject({ reminder: reminderSchema, fireAt: clockInstant })).max(1000),
  pause: z.strictObject({ from: clockInstant, until: clockInstant }).nullable(),
  digestSentOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  // Files written before main tracked it have no syncedAt: they read as "not known".
  syncedAt: clockInstant.nullable().optional()
})

/** How loading went: 'corrupt' means the file exists but was unreadable, and it is left untouched. */
export type LoadStatus = 'loaded' | 'missing' | 'corrupt'

/** Reads and writes the reminder state file. Writes are atomic and applied in call order. */
export interface ReminderStore {
  /** Reads the file. A missing or corrupt file yields null state; a corrupt one is logged and write-protected. */
  load(): Promise<{ status: LoadStatus; state: ReminderState | null }>
  /**
   * Writes `state`. While the file on disk is corrupt, only a save `afterValidSync` writes: it first moves the
   * corrupt file aside (kept for diagnosis) so no user data is destroyed by a guess.
   */
  save(state: ReminderState, afterValidSync: boolean): Promise<boolean>
  /** Resolves when every write queued so far has finished. */
  flush(): Promise<void>
}

/** Turns the state into the file's JSON text. */
export function serializeState(state: ReminderState): string {
  return JSON.stringify(fileContent(state))
}

function fileContent(state: ReminderState): z.input<typeof fileSchema> {
  // The ledger grows between syncs (which trim it); the file keeps the newest entries the loader accepts.
  const newest = [...state.fired].sort((a, b) => b[1] - a[1]).slice(0, MAX_LEDGER_ENTRIES)
  const fired = newest.map(([key, fireAt]) => ({ sessionId: key.slice(key.indexOf('|') + 1), fireAt }))
  return {
    format: FORMAT,
    version: VERSION,
    sync: state.sync,
    fired,
    snoozes: [...state.snoozes.values()],
    pause: state.pause,
    digestSentOn: state.digestSentOn,
    syncedAt: state.syncedAt
  }
}

// The file as the service holds it: the ledger and snoozes keyed for lookups.
const stateSchema = fileSchema.transform((file): ReminderState => ({
  sync: file.sync,
  fired: new Map(file.fired.map((entry) => [ledgerKey(entry), entry.fireAt])),
  snoozes: new Map(file.snoozes.map((entry) => [entry.reminder.sessionId, entry])),
  pause: file.pause,
  digestSentOn: file.digestSentOn,
  syncedAt: file.syncedAt ?? null
}))

/** Parses the file's JSON text, or returns the reason it is unusable. */
export function parseState(text: string): { ok: true; state: ReminderState } | { ok: false; reason: string } {
  const checked = parseJsonText(text, stateSchema)
  return checked.ok ? { ok: true, state: checked.value } : checked
}

/** A store over `<dir>/reminders.json`. `now` names the aside copy of a corrupt file. */
export function createReminderStore(options: { dir: string; logger: Logger; now: () => number }): ReminderStore {
  const path = join(options.dir, REMINDERS_FILE)
  const file = createJsonFileStore<ReminderState | null>({
    path,
    schema: stateSchema,
    fallback: null,
    encode: (state) => (state ? fileContent(state) : null),
    onCorrupt: ({ reason, readError }) => {
      if (readError !== undefined)
        options.logger.error('reminders: cannot read state file; ignoring it until the next sync', path, readError)
      else options.logger.error('reminders: state file is corrupt; ignoring it until the next sync', path, reason)
    },
    // Reminders the learner set up must not be lost to a guess: only the renderer's next valid sync replaces the file.
    keepCorrupt: {
      asidePath: () => join(options.dir, `reminders.corrupt-${options.now()}.json`),
      onMovedAside: (aside) =>
        options.logger.warn('reminders: corrupt state file moved aside after a valid sync', aside)
    }
  })
  return {
    load: async () => {
      const { status, value } = await file.load()
      return { status, state: value }
    },
    save: (state, afterValidSync) => file.save(state, { replaceCorrupt: afterValidSync }),
    flush: () => file.flush()
  }
}
