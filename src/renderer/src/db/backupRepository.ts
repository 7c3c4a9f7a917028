// Whole-database backup and restore: dump every user table, and replace them all from a validated backup, or nothing.
import { readBackup, serializeBackup, type ValidBackup } from '../../../shared/backup/backupFile'
import type { FileResult } from '../../../shared/backup/problem'
import type { BackupData } from '../../../shared/backup/records'
import type { PlannerDB } from './PlannerDB'

/** Id of the snapshot kept in the database just before a restore replaced everything. */
export const BEFORE_RESTORE_SNAPSHOT = 'before-restore'

/** The user tables a backup holds, plus the app-state tables a restore resets. */
function userTables(db: PlannerDB) {
  return [db.roadmaps, db.plans, db.sessions, db.studyLog, db.reviews, db.settings] as const
}

/** Reads every user table in one read transaction, so the dump is consistent. */
export function dumpAll(db: PlannerDB): Promise<BackupData> {
  return db.transaction('r', userTables(db), async () => {
    const [roadmaps, plans, sessions, studyLog, reviews, settings] = await Promise.all([
      db.roadmaps.toArray(),
      db.plans.toArray(),
      db.sessions.toArray(),
      db.studyLog.toArray(),
      db.reviews.toArray(),
      db.settings.toArray()
    ])
    return { roadmaps, plans, sessions, studyLog, reviews, settings }
  })
}

/** Creates the backup repository over `db`. */
export function createBackupRepository(db: PlannerDB) {
  return {
    dumpAll: () => dumpAll(db),

    /** Backup file text of the whole database; `now` is its export time. */
    async exportBackup(now: number): Promise<string> {
      return serializeBackup(await dumpAll(db), now)
    },

    /** Validates backup text for the restore preview; changes nothing. */
    previewRestore(text: string): FileResult<ValidBackup> {
      return readBackup(text)
    },

    /**
     * Replaces every user table with the backup's data in one transaction, after keeping the current data as a
     * snapshot in the database (id {@link BEFORE_RESTORE_SNAPSHOT}); clears every undo step. If anything fails the
     * transaction aborts and the database is exactly as before. Resolves the snapshot's backup text.
     */
    applyRestore(backup: ValidBackup, now: number): Promise<string> {
      return db.transaction('rw', [...userTables(db), db.undo, db.snapshots], async () => {
        const before = serializeBackup(await dumpAll(db), now)
        await db.snapshots.put({ id: BEFORE_RESTORE_SNAPSHOT, takenAtMs: now, text: before })
        await Promise.all([...userTables(db), db.undo].map((table) => table.clear()))
        const { data } = backup.file
        await Promise.all([
          db.roadmaps.bulkAdd([...data.roadmaps]),
          db.plans.bulkAdd([...data.plans]),
          db.sessions.bulkAdd([...data.sessions]),
          db.studyLog.bulkAdd([...data.studyLog]),
          db.reviews.bulkAdd([...data.reviews]),
          db.settings.bulkAdd([...data.settings])
        ])
        return before
      })
    },

    /** The snapshot kept before the last restore, if any. */
    async snapshotBeforeRestore(): Promise<{ takenAtMs: number; text: string } | null> {
      const snapshot = await db.snapshots.get(BEFORE_RESTORE_SNAPSHOT)
      return snapshot ? { takenAtMs: snapshot.takenAtMs, text: snapshot.text } : null
    },

    /** Rows per user table. */
    counts(): Promise<Record<'roadmaps' | 'plans' | 'sessions' | 'studyLog' | 'reviews' | 'settings', number>> {
      return db.transaction('r', userTables(db), async () => {
        const [roadmaps, plans, sessions, studyLog, reviews, settings] = await Promise.all(userTables(db).map((table) => table.count()))
        return { roadmaps: roadmaps!, plans: plans!, sessions: sessions!, studyLog: studyLog!, reviews: reviews!, settings: settings! }
      })
    },

    /** True when there is no plan, session, study log, rating or stored roadmap (settings alone do not count). */
    async holdsNoStudyData(): Promise<boolean> {
      const counts = await db.transaction('r', [db.roadmaps, db.plans, db.sessions, db.studyLog, db.reviews], () =>
        Promise.all([db.roadmaps.count(), db.plans.count(), db.sessions.count(), db.studyLog.count(), db.reviews.count()])
      )
      return counts.every((count) => count === 0)
    }
  }
}

/** The backup repository's API. */
export type BackupRepository = ReturnType<typeof createBackupRepository>
