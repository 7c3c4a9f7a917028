// Opens the database once for the app and hands its repositories to feature hooks; components never see Dexie.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { PlannerDB } from './PlannerDB'
import { createSettingsRepository, type SettingsRepository } from './settingsRepository'

export type DatabaseState =
  | { readonly status: 'opening' }
  | { readonly status: 'ready'; readonly settings: SettingsRepository }
  | { readonly status: 'failed'; readonly message: string }

const DatabaseContext = createContext<DatabaseState>({ status: 'opening' })

export function DatabaseProvider({ db, children }: { db: PlannerDB; children: ReactNode }) {
  const [state, setState] = useState<DatabaseState>({ status: 'opening' })
  const settings = useMemo(() => createSettingsRepository(db), [db])

  useEffect(() => {
    let cancelled = false
    db.open().then(
      () => !cancelled && setState({ status: 'ready', settings }),
      (error: unknown) => !cancelled && setState({ status: 'failed', message: describeOpenError(error) })
    )
    return () => {
      cancelled = true
    }
  }, [db, settings])

  return <DatabaseContext.Provider value={state}>{children}</DatabaseContext.Provider>
}

/** Whether the database is open, and its repositories once it is. */
export function useDatabase(): DatabaseState {
  return useContext(DatabaseContext)
}

function describeOpenError(error: unknown): string {
  if (error instanceof Error && error.name === 'VersionError') {
    return 'This data was saved by a newer version of Study Planner. Update the app to open it; nothing was changed.'
  }
  const detail = error instanceof Error ? error.message : String(error)
  return `The study database could not be opened (${detail}). Nothing was changed.`
}
