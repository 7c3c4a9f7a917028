// The app's IndexedDB database: one typed Dexie subclass; each schema version is declared here and never edited once released.
import { Dexie, type EntityTable } from 'dexie'
import type {
  PlanRecord,
  ReviewRow,
  RoadmapRecord,
  SessionRecord,
  SettingRecord,
  StudyLogRecord
} from '../../../shared/backup/records'

export type { PlanRecord, ReviewRow, RoadmapRecord, SessionRecord, SettingRecord, StudyLogRecord }

/** The state of one plan just before its last operation, so that operation can be undone. */
export interface UndoRecord {
  readonly planId: string
  /** What the operation was, for the Undo button: e.g. 'Mark done'. */
  readonly label: string
  readonly atMs: number
  readonly plan: PlanRecord
  readonly sessions: readonly SessionRecord[]
  readonly studyLog: readonly StudyLogRecord[]
  readonly reviews: readonly ReviewRow[]
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
export const CURRENT_SCHEMA_VERSION = 2

/**
 * Version 2's tables. Sessions are indexed by plan and start (the week query and every per-plan read) and by plan
 * and status. Every index entry costs each write (a restore writes every row), so only indexes a query uses exist:
 * the study log and ratings are read per plan only. `undo` and `snapshots` are app state, not user data: backups
 * leave them out.
 */
export const SCHEMA_V2 = {
  settings: 'key',
  roadmaps: 'id',
  plans: 'id, roadmapId',
  sessions: 'id, [planId+startMs], [planId+status]',
  studyLog: 'id, planId',
  reviews: 'id, planId',
  undo: 'planId',
  snapshots: 'id'
} as const

/** Every session of a plan, through the [planId+startMs] index (in start order). */
export function planSessions(db: PlannerDB, planId: string) {
  return db.sessions.where('[planId+startMs]').between([planId, Dexie.minKey], [planId, Dexie.maxKey])
}

export class PlannerDB extends Dexie {
  settings!: EntityTable<SettingRecord, 'key'>
  roadmaps!: EntityTable<RoadmapRecord, 'id'>
  plans!: EntityTable<PlanRecord, 'id'>
  sessions!: EntityTable<SessionRecord, 'id'>
  studyLog!: EntityTable<StudyLogRecord, 'id'>
  reviews!: EntityTable<ReviewRow, 'id'>
  undo!: EntityTable<UndoRecord, 'planId'>
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
    this.idbFactory = (options.indexedDB as IDBFactory | undefined) ?? globalThis.indexedDB
    this.idbKeyRange = (options.IDBKeyRange as typeof IDBKeyRange | undefined) ?? globalThis.IDBKeyRange
  }
}
