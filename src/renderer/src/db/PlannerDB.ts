// The app's IndexedDB database: one typed Dexie subclass; each schema version is declared here and never edited once released.
import { Dexie, type EntityTable, type Table } from 'dexie'
import type {
  PlanRecord,
  ReviewRow,
  RoadmapRecord,
  SessionRecord,
  SettingRecord,
  StudyLogRecord,
  TopicNoteRecord
} from '../../../shared/backup/records'
import { recordLimits } from './recordLimits'

export type { PlanRecord, ReviewRow, RoadmapRecord, SessionRecord, SettingRecord, StudyLogRecord, TopicNoteRecord }

/** The week-bucket tables an undo step can put back. */
export type UndoBucketTable = 'sessionWeeks' | 'studyLogWeeks' | 'reviewWeeks'

/** One week bucket an operation wrote, as it was before: its rows, or null when the operation created it. */
export interface UndoWeek {
  readonly table: UndoBucketTable
  readonly weekMs: number
  readonly rows: readonly unknown[] | null
}

/**
 * One step of a plan's undo history: what an operation changed, as it was before (see undoJournal.ts). It keeps the
 * plan record, the roadmap record when the operation edited it (so undoing never leaves sessions planned from a
 * roadmap other than the stored one), and only the week buckets the operation wrote, never a copy of the whole plan.
 */
export interface UndoStepRecord {
  /** Auto-incremented: a later step has a larger number. */
  readonly seq?: number
  readonly planId: string
  /** What the operation was, for the Undo button: e.g. 'Mark done', 'add of Regex'. */
  readonly label: string
  readonly atMs: number
  readonly plan: PlanRecord
  /** The roadmap as it was, when the operation edited it. */
  readonly roadmap?: RoadmapRecord
  /** Each week bucket the operation wrote or deleted, once, with its contents before the operation. */
  readonly weeks: readonly UndoWeek[]
}

/** A copy of all data kept inside the database, e.g. the state just before a restore replaced it. */
export interface SnapshotRecord {
  readonly id: string
  readonly takenAtMs: number
  /** Backup file text (see src/shared/backup). */
  readonly text: string
}

/** The database name is fixed: renaming it would make every user's data invisible to the app. */
export const DATABASE_NAME = 'study-planner'

/** The newest schema version declared below. */
export const CURRENT_SCHEMA_VERSION = 4

/**
 * A plan's records of one kind (sessions, study log lines or ratings) whose instant falls in one week: many records
 * per IndexedDB row, because Chromium's cost is per row (see planRows.ts). Never empty.
 */
export interface WeekBucket<T> {
  readonly planId: string
  /** Start of the bucket: a multiple of 7 days from the epoch. */
  readonly weekMs: number
  readonly rows: readonly T[]
}

/** A table of week buckets, keyed by [planId, weekMs]. */
export type WeekBucketTable<T> = Table<WeekBucket<T>, [string, number]>

/**
 * Version 2's tables. Sessions, study log lines and ratings are stored per plan and week ([planId+weekMs]): the week
 * query reads one or two rows, and a re-plan or restore writes a row per week instead of a row per record. No
 * secondary index on them: every read is per plan (and time range), which the primary key serves. `undo` and
 * `snapshots` are app state, not user data: backups leave them out.
 */
export const SCHEMA_V2 = {
  settings: 'key',
  roadmaps: 'id',
  plans: 'id, roadmapId',
  sessionWeeks: '[planId+weekMs]',
  studyLogWeeks: '[planId+weekMs]',
  reviewWeeks: '[planId+weekMs]',
  undo: 'planId',
  snapshots: 'id'
} as const

/**
 * Version 3: the learner's notes per plan and topic ([planId+topicId]), written in the session panel; and an undo
 * history of several steps per plan (`undoSteps`, newest last) in place of version 2's single step (`undo`).
 */
export const SCHEMA_V3 = { ...SCHEMA_V2, notes: '[planId+topicId]', undo: null, undoSteps: '++seq, planId' } as const

/**
 * Version 4: the same tables; undo steps keep only what an operation changed (the week buckets it wrote) instead of a
 * copy of the whole plan. Steps of the old shape are dropped on upgrade: undo history is app state, not user data.
 */
export const SCHEMA_V4 = SCHEMA_V3

export class PlannerDB extends Dexie {
  settings!: EntityTable<SettingRecord, 'key'>
  roadmaps!: EntityTable<RoadmapRecord, 'id'>
  plans!: EntityTable<PlanRecord, 'id'>
  sessionWeeks!: WeekBucketTable<SessionRecord>
  studyLogWeeks!: WeekBucketTable<StudyLogRecord>
  reviewWeeks!: WeekBucketTable<ReviewRow>
  notes!: Table<TopicNoteRecord, [string, string]>
  undoSteps!: EntityTable<UndoStepRecord, 'seq'>
  snapshots!: EntityTable<SnapshotRecord, 'id'>
  /** The IndexedDB implementation this database uses, so safety checks can look at the stored version first. */
  readonly idbFactory: IDBFactory | undefined
  readonly idbKeyRange: typeof IDBKeyRange | undefined

  constructor(name: string = DATABASE_NAME, options: ConstructorParameters<typeof Dexie>[1] = {}) {
    // Strict durability: a write is reported done only once it is on disk, so a crash right after "saved" loses nothing.
    super(name, { chromeTransactionDurability: 'strict', ...options })
    // Version 1 (released with the foundation): preferences only. Later versions add tables; never change this line.
    this.version(1).stores({ settings: 'key' })
    // Version 2 (the offline data layer): new tables only, so no data moves and no upgrade function is needed.
    this.version(2).stores(SCHEMA_V2)
    // Version 3: new tables; version 2's undo step is dropped (undo history is app state, not user data).
    this.version(3).stores(SCHEMA_V3)
    // Version 4: undo steps change shape; the old whole-plan steps are dropped.
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade((tx) => tx.table('undoSteps').clear())
    // Every write of user data is checked against the schema restore uses: what is stored can always be restored.
    this.use(recordLimits)
    this.idbFactory = (options.indexedDB as IDBFactory | undefined) ?? globalThis.indexedDB
    this.idbKeyRange = (options.IDBKeyRange as typeof IDBKeyRange | undefined) ?? globalThis.IDBKeyRange
  }
}
