// Whole-database backup and restore: dump every user table, and replace them all from a validated backup, or nothing.
import { readBackup, serializeBackup, type ValidBackup } from '../../../shared/backup/backupFile'
import type { FileResult } from '../../../shared/backup/problem'
import type { BackupData } from '../../../shared/backup/records'
import { isAppStateSetting } from './appStateSettings'
import type { PlannerDB } from './PlannerDB'
import { countRows, readAllRows, REVIEWS, SESSIONS, STUDY_LOG, toWeekBuckets } from './planRows'

/** Id of the snapshot kept in the database just before a restore replaced everything. */
export const BEFORE_RESTORE_SNAPSHOT = 'before-restore'

/** The tables holding user data (sessions, study log and ratings in week buckets). */
function userTables(db: PlannerDB) {
  return [db.roadmaps, db.plans, db.sessionWeeks, db.studyLogWeeks, db.reviewWeeks, db.notes, db.settings] as const
}

/**
 * Reads every user table in one read transaction, so the dump is consistent; every table in id (key) order. The
 * installation's own settings rows (see isAppStateSetting) are left out.
 */
export function dumpAll(db: PlannerDB): Promise<BackupData> {
  return db.transaction('r', userTables(db), async () => {
    const [roadmaps, plans, sessions, studyLog, reviews, notes, settings] = await Promise.all([
      db.roadmaps.toArray(),
      db.plans.toArray(),
      readAllRows(db, SESSIONS),
      readAllRows(db, STUDY_LOG),
      readAllRows(db, REVIEWS),
      db.notes.toArray(),
      db.settings.toArray()
    ])
    return {
      roadmaps,
      plans,
      sessions,
      studyLog,
      reviews,
      notes,
      settings: settings.filter((row) => !isAppStateSetting(row.key))
    }
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
      return db.transaction('rw', [...userTables(db), db.undoSteps, db.snapshots], async () => {
        const before = serializeBackup(await dumpAll(db), now)
        await db.snapshots.put({ id: BEFORE_RESTORE_SNAPSHOT, takenAtMs: now, text: before })
        const installation = (await db.settings.toArray()).filter((row) => isAppStateSetting(row.key))
        await Promise.all([...userTables(db), db.undoSteps].map((table) => table.clear()))
        const { data } = backup.file
        // This installation's backup state stays; an older file's (written before it was left out) is not restored.
        const settings = [...data.settings.filter((row) => !isAppStateSetting(row.key)), ...installation]
        await Promise.all([
          db.roadmaps.bulkAdd([...data.roadmaps]),
          db.plans.bulkAdd([...data.plans]),
          db.sessionWeeks.bulkAdd(toWeekBuckets(SESSIONS, data.sessions)),
          db.studyLogWeeks.bulkAdd(toWeekBuckets(STUDY_LOG, data.studyLog)),
          db.reviewWeeks.bulkAdd(toWeekBuckets(REVIEWS, data.reviews)),
          db.notes.bulkAdd([...data.notes]),
          db.settings.bulkAdd(settings)
        ])
        return before
      })
    },

    /** The snapshot kept before the last restore, if any. */
    async snapshotBeforeRestore(): Promise<{ takenAtMs: number; text: string } | null> {
      const snapshot = await db.snapshots.get(BEFORE_RESTORE_SNAPSHOT)
      return snapshot ? { takenAtMs: snapshot.takenAtMs, text: snapshot.text } : null
    },

    /** Records per user table. */
    counts(): Promise<
      Record<'roadmaps' | 'plans' | 'sessions' | 'studyLog' | 'reviews' | 'notes' | 'settings', number>
    > {
      return db.transaction('r', userTables(db), async () => {
        const [roadmaps, plans, sessions, studyLog, reviews, notes, settings] = await Promise.all([
          db.roadmaps.count(),
          db.plans.count(),
          countRows(db, SESSIONS),
          countRows(db, STUDY_LOG),
          countRows(db, REVIEWS),
          db.notes.count(),
          db.settings.filter((row) => !isAppStateSetting(row.key)).count()
        ])
        return { roadmaps, plans, sessions, studyLog, reviews, notes, settings }
      })
    },

    /** True when there is no plan, session, study log, rating or stored roadmap (settings alone do not count). */
    async holdsNoStudyData(): Promise<boolean> {
      // A week bucket is never empty, so counting buckets is enough.
      const tables = [db.roadmaps, db.plans, db.sessionWeeks, db.studyLogWeeks, db.reviewWeeks] as const
      const counts = await db.transaction('r', tables, () => Promise.all(tables.map((table) => table.count())))
      return counts.every((count) => count === 0)
    }
  }
}

/** The backup repository's API. */
export type BackupRepository = ReturnType<typeof createBackupRepository>
