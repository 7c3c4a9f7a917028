// The whole backup's size: the one limit no single record can keep, checked before the writes that bring data in bulk.
import { serializeBackup } from '../../../shared/backup/backupFile'
import { MAX_BACKUP_TEXT_LENGTH } from '../../../shared/backup/limits'
import { dumpAll } from './backupRepository'
import type { OperationError } from './operationResult'
import type { PlannerDB } from './PlannerDB'
import { dbText } from './dbText'
import { currentTranslations } from '../i18n/translations'

/**
 * Room kept below MAX_BACKUP_TEXT_LENGTH for the small writes that follow a bulk one: marking a session done, a rating,
 * a quick-added session or a re-plan each add well under a kilobyte, so 2 MB is thousands of them. Those small writes
 * are not measured (measuring means serialising the whole database on every click); the bulk writes are, and refuse to
 * eat into this room.
 */
export const SMALL_WRITES_HEADROOM = 2 * 1024 * 1024

function megabytes(length: number): string {
  return (length / (1024 * 1024)).toLocaleString(currentTranslations().locale, { maximumFractionDigits: 1 })
}

/** What a bulk write brings: a new plan, a roadmap, or a file's contents (by its name). */
export type BulkWrite = { readonly kind: 'newPlan' | 'roadmap' } | { readonly kind: 'file'; readonly file: string }

/**
 * Why adding about `addedLength` characters of backup text (e.g. the JSON of an imported calendar's busy time) is
 * refused: the whole backup would pass what restore accepts, less {@link SMALL_WRITES_HEADROOM}; null when it fits.
 * Reads the whole database (its own read transaction): call it before the write's transaction, for bulk writes only.
 * `what` names the write for the learner, e.g. the file “work.ics”.
 */
export async function backupRoomProblem(
  db: PlannerDB,
  addedLength: number,
  what: BulkWrite
): Promise<OperationError | null> {
  const limit = MAX_BACKUP_TEXT_LENGTH - SMALL_WRITES_HEADROOM
  const total = serializeBackup(await dumpAll(db), 0).length + addedLength
  if (total <= limit) return null
  return {
    code: 'invalid',
    where: 'backup',
    message: dbText()('common.operations.backupRoom', {
      what: what.kind,
      file: what.kind === 'file' ? what.file : '',
      total: megabytes(total),
      limit: megabytes(limit)
    })
  }
}
