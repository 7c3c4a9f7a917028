// Every repository over one database, created together: what the DatabaseProvider hands to feature hooks.
import { createBackupRepository } from './backupRepository'
import { createBusyTimeRepository } from './busyTimeRepository'
import { createCalendarSyncRepository } from './calendarSyncRepository'
import { createIcsExportRepository } from './icsExportRepository'
import { createNotesRepository } from './notesRepository'
import { createPlanRepository } from './planRepository'
import type { PlannerDB } from './PlannerDB'
import { createQuickAddRepository } from './quickAddRepository'
import { createRoadmapRepository } from './roadmapRepository'
import { createSessionRepository } from './sessionRepository'
import { createSettingsRepository } from './settingsRepository'

/** Creates every repository over `db`; `newId` makes record ids (random UUIDs by default). */
export function createRepositories(db: PlannerDB, newId?: () => string) {
  return {
    settings: createSettingsRepository(db),
    plans: createPlanRepository(db, newId),
    sessions: createSessionRepository(db, newId),
    quickAdd: createQuickAddRepository(db, newId),
    roadmaps: createRoadmapRepository(db),
    busyTime: createBusyTimeRepository(db),
    calendarSync: createCalendarSyncRepository(db),
    icsExport: createIcsExportRepository(db),
    notes: createNotesRepository(db),
    backup: createBackupRepository(db)
  }
}

/** All repositories: the one door from features to stored data. */
export type Repositories = ReturnType<typeof createRepositories>
