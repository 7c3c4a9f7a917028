// The app's IndexedDB database: one typed Dexie subclass; each schema version is declared here and never edited once released.
import { Dexie, type EntityTable } from 'dexie'

/** A user preference, stored by key. Values are small JSON values validated by whoever reads them. */
export interface SettingRecord {
  readonly key: string
  readonly value: unknown
}

/** The database name is fixed: renaming it would make every user's data invisible to the app. */
export const DATABASE_NAME = 'study-planner'

export class PlannerDB extends Dexie {
  settings!: EntityTable<SettingRecord, 'key'>

  constructor(name: string = DATABASE_NAME, options: ConstructorParameters<typeof Dexie>[1] = {}) {
    // Strict durability: a write is reported done only once it is on disk, so a crash right after "saved" loses nothing.
    super(name, { chromeTransactionDurability: 'strict', ...options })
    // Version 1 (released with the foundation): preferences only. Later versions add tables; never change this line.
    this.version(1).stores({ settings: 'key' })
  }
}
