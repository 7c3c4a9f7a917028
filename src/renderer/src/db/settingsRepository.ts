// Reads and writes preferences; the only code outside PlannerDB that touches the settings table.
import type { PlannerDB } from './PlannerDB'

export function createSettingsRepository(db: PlannerDB) {
  return {
    /** The stored value, or `fallback` when absent or when `isValid` rejects what is stored. */
    async get<T>(key: string, isValid: (value: unknown) => value is T, fallback: T): Promise<T> {
      const record = await db.settings.get(key)
      return record && isValid(record.value) ? record.value : fallback
    },
    /**
     * Stores a preference. Rejects with an OperationFailure (its message in the learner's words), storing nothing, for
     * a value a backup could not restore: not JSON, a `__proto__`/`constructor`/`prototype` key, nested past 32 levels,
     * a string over 100,000 characters, or a 10,001st key (see recordLimits.ts).
     */
    async set(key: string, value: unknown): Promise<void> {
      await db.settings.put({ key, value })
    }
  }
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>
