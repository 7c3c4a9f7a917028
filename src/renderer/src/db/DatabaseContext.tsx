// Opens the database once for the app (with its safety checks) and hands its repositories to feature hooks; components never see Dexie.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { messageRef, type MessageRef } from '../../../shared/i18n/ref'
import type { BackupSummary } from '../../../shared/ipc/contract'
import { HOUR_MS } from '../../../shared/time'
import { usePlatform } from '../platform/PlatformContext'
import type { PlannerDB } from './PlannerDB'
import { createRepositories, type Repositories } from './repositories'
import type { SettingsRepository } from './settingsRepository'
import { dailyBackupIfDue } from './dailyBackup'
import {
  backUpBeforeUpgrade,
  NewerDatabaseError,
  refuseNewerDatabase,
  requestPersistence,
  restoreOffer,
  type PersistenceStatus,
  type PreUpgradeBackup
} from './storageSafety'

export type DatabaseState =
  | {
      readonly status: 'opening'
      /** Why opening waits, when it is waiting on something the learner can fix. */ readonly waitingFor?: MessageRef
    }
  | { readonly status: 'ready'; readonly settings: SettingsRepository; readonly repositories: Repositories }
  | { readonly status: 'failed'; readonly message: MessageRef }

/** What the app knows about keeping the data safe; filled in after the database opened. */
export interface StorageStatus {
  /** null until the browser answered. */
  readonly persistence: PersistenceStatus | null
  readonly preUpgradeBackup: PreUpgradeBackup
  /** Backups the platform keeps, offered because the database opened with no study data; empty otherwise. */
  readonly restoreOffer: readonly BackupSummary[]
  /** Checks the offer again (e.g. after a restore or once data was created). */
  readonly refreshRestoreOffer: () => void
}

const DatabaseContext = createContext<DatabaseState>({ status: 'opening' })
const StorageStatusContext = createContext<StorageStatus | null>(null)
// Set only inside <DatabaseReady>: what renders there can count on the repositories.
const RepositoriesContext = createContext<Repositories | null>(null)

/** How often the app checks whether today's backup is due while it stays open. */
const DAILY_CHECK_MS = HOUR_MS
/** How long opening may take before the learner is told why the app is still not there (it keeps waiting). */
export const OPEN_TIMEOUT_MS = 10_000

export function DatabaseProvider({
  db,
  children,
  openTimeoutMs = OPEN_TIMEOUT_MS
}: {
  db: PlannerDB
  children: ReactNode
  openTimeoutMs?: number
}) {
  const platform = usePlatform()
  const [state, setState] = useState<DatabaseState>({ status: 'opening' })
  const [persistence, setPersistence] = useState<PersistenceStatus | null>(null)
  const [preUpgradeBackup, setPreUpgradeBackup] = useState<PreUpgradeBackup>({ status: 'not-needed' })
  const [offer, setOffer] = useState<readonly BackupSummary[]>([])
  const repositories = useMemo(() => createRepositories(db), [db])

  useEffect(() => {
    let cancelled = false
    // Another window of an older version holds the database open: the upgrade waits for it to close.
    const onBlocked = () => !cancelled && setState({ status: 'opening', waitingFor: BLOCKED_MESSAGE })
    // A newer version (or a restore) in another window needs the database: let go of it, and say how to go on.
    const onVersionChange = () => {
      db.close()
      if (!cancelled) setState({ status: 'failed', message: CHANGED_ELSEWHERE_MESSAGE })
      return false
    }
    db.on('blocked', onBlocked)
    db.on('versionchange', onVersionChange)
    const open = async () => {
      await refuseNewerDatabase(db)
      const backup = await backUpBeforeUpgrade(db, platform, Date.now())
      if (!cancelled) setPreUpgradeBackup(backup)
      await db.open()
    }
    // An open can wait with no event at all: queued behind another window's upgrade that a third window holds up,
    // or on a disk that does not answer. Say so rather than show "Opening…" forever; a more specific wait stays.
    const slow = setTimeout(() => {
      if (!cancelled)
        setState((current) =>
          current.status === 'opening' && current.waitingFor === undefined
            ? { status: 'opening', waitingFor: SLOW_OPEN_MESSAGE }
            : current
        )
    }, openTimeoutMs)
    open()
      .finally(() => clearTimeout(slow))
      .then(
        () => !cancelled && setState({ status: 'ready', settings: repositories.settings, repositories }),
        (error: unknown) => !cancelled && setState({ status: 'failed', message: describeOpenError(error) })
      )
    return () => {
      cancelled = true
      clearTimeout(slow)
      db.on('blocked').unsubscribe(onBlocked)
      db.on('versionchange').unsubscribe(onVersionChange)
    }
  }, [db, platform, repositories, openTimeoutMs])

  const ready = state.status === 'ready'
  useEffect(() => {
    if (!ready) return
    let cancelled = false
    void requestPersistence(globalThis.navigator?.storage).then((status) => !cancelled && setPersistence(status))
    const daily = () =>
      void dailyBackupIfDue(repositories.backup, repositories.settings, platform, Date.now()).catch(() => false)
    daily()
    const timer = setInterval(daily, DAILY_CHECK_MS)
    return () => {
      cancelled = true
      clearInterval(timer)
    }
  }, [ready, platform, repositories])

  const refreshRestoreOffer = useCallback(() => {
    void restoreOffer(repositories.backup, platform).then(setOffer, () => setOffer([]))
  }, [platform, repositories])

  useEffect(() => {
    if (ready) refreshRestoreOffer()
  }, [ready, refreshRestoreOffer])

  const storage = useMemo<StorageStatus>(
    () => ({ persistence, preUpgradeBackup, restoreOffer: offer, refreshRestoreOffer }),
    [persistence, preUpgradeBackup, offer, refreshRestoreOffer]
  )

  return (
    <DatabaseContext.Provider value={state}>
      <StorageStatusContext.Provider value={storage}>{children}</StorageStatusContext.Provider>
    </DatabaseContext.Provider>
  )
}

/** Whether the database is open, and its repositories once it is. */
export function useDatabase(): DatabaseState {
  return useContext(DatabaseContext)
}

/**
 * Renders `children` only once the database is open, handing them its repositories; nothing while it opens or after it
 * failed. Screens and data hooks live inside it, so they never wait for or guard against a database that is not there.
 */
export function DatabaseReady({ children }: { children: ReactNode }) {
  const state = useDatabase()
  if (state.status !== 'ready') return null
  return <RepositoriesContext.Provider value={state.repositories}>{children}</RepositoriesContext.Provider>
}

/** The open database's repositories. Throws outside <DatabaseReady>, where there may be no open database to use. */
export function useRepositories(): Repositories {
  const repositories = useContext(RepositoriesContext)
  if (!repositories)
    throw new Error(
      'useRepositories() is used outside <DatabaseReady>: render data screens and hooks only once the database is open.'
    )
  return repositories
}

/** Persistence, pre-upgrade backup and restore-offer status (see {@link StorageStatus}). */
export function useStorageStatus(): StorageStatus {
  const status = useContext(StorageStatusContext)
  if (!status) throw new Error('useStorageStatus must be used inside <DatabaseProvider>')
  return status
}

// Named, not worded: the shell says them in the language in use, even one chosen after they were set.
const BLOCKED_MESSAGE = messageRef('common.database.blocked')
const SLOW_OPEN_MESSAGE = messageRef('common.database.slowOpen')
const CHANGED_ELSEWHERE_MESSAGE = messageRef('common.database.changedElsewhere')

function describeOpenError(error: unknown): MessageRef {
  if (error instanceof Error && (error.name === 'VersionError' || error instanceof NewerDatabaseError)) {
    return messageRef('common.database.newer')
  }
  const detail = error instanceof Error ? error.message : String(error)
  return messageRef('common.database.openFailed', { detail })
}
