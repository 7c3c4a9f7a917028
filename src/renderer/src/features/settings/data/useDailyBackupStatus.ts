// The daily backup's last outcome, live: Settings shows it and updates when a backup is made or fails.
import { useLiveQuery } from 'dexie-react-hooks'
import { readDailyBackupStatus, type DailyBackupStatus } from '../../../db/dailyBackup'
import { useRepositories } from '../../../db/DatabaseContext'

/** The stored daily backup outcome; undefined while loading. */
export function useDailyBackupStatus(): DailyBackupStatus | undefined {
  const repos = useRepositories()
  return useLiveQuery(() => (repos ? readDailyBackupStatus(repos.settings) : undefined), [repos])
}
