// The learner's notes on a topic of a plan: read them, save them (saving an empty text deletes them).
import { FILE_LIMITS } from '../../../shared/backup/limits'
import { failWith, runOperation, type OperationResult } from './operationResult'
import type { PlannerDB } from './PlannerDB'

/** Longest note kept: the same bound a backup enforces, so every saved note can be restored. */
export const MAX_NOTE_LENGTH = FILE_LIMITS.maxTextFieldLength

/** Creates the notes repository over `db`. */
export function createNotesRepository(db: PlannerDB) {
  return {
    /** The notes on a topic of a plan; '' when there are none. */
    async getNote(planId: string, topicId: string): Promise<string> {
      return (await db.notes.get([planId, topicId]))?.text ?? ''
    },

    /** Saves the notes on a topic of a plan; blank text deletes them. Fails, changing nothing, for an unknown plan or a text too long. */
    saveNote(planId: string, topicId: string, text: string, now: number): Promise<OperationResult<void>> {
      return runOperation(() =>
        db.transaction('rw', [db.plans, db.notes], async () => {
          if (text.length > MAX_NOTE_LENGTH) failWith('invalid', `Notes can be at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters long.`, 'notes')
          if (!(await db.plans.get(planId))) failWith('not-found', `There is no plan "${planId}".`)
          if (text.trim() === '') await db.notes.delete([planId, topicId])
          else await db.notes.put({ planId, topicId, text, updatedAtMs: now })
        })
      )
    }
  }
}

/** The notes repository's API. */
export type NotesRepository = ReturnType<typeof createNotesRepository>
