// The learner's notes on a topic of a plan: read them, save them (saving an empty text deletes them).
import { Dexie } from 'dexie'
import { FILE_LIMITS } from '../../../shared/backup/limits'
import type { Roadmap } from '../../../shared/domain/roadmap'
import { allTopics } from '../../../shared/scheduling/topics'
import { failWith, runOperation, type OperationResult } from './operationResult'
import type { PlannerDB } from './PlannerDB'
import { dbText, quoted } from './dbText'

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
          if (text.length > MAX_NOTE_LENGTH)
            failWith('invalid', dbText()('common.operations.noteLength', { max: MAX_NOTE_LENGTH }), 'notes')
          if (!(await db.plans.get(planId))) failWith('not-found', dbText()('common.operations.noPlan', { id: planId }))
          if (text.trim() === '') await db.notes.delete([planId, topicId])
          else await db.notes.put({ planId, topicId, text, updatedAtMs: now })
        })
      )
    }
  }
}

/**
 * Topics the learner wrote notes on in plans `planIds` that `roadmap` does not have, inside the caller's transaction
 * (which must include db.notes). A backup refuses a note on a topic its plan's roadmap lacks, so a roadmap change that
 * drops such a topic is refused while the notes are there: removing them silently would lose what the learner wrote.
 */
export async function notedTopicsMissingFrom(
  db: PlannerDB,
  planIds: readonly string[],
  roadmap: Roadmap
): Promise<string[]> {
  const kept = new Set(allTopics(roadmap).map((entry) => entry.topic.id))
  const missing = new Set<string>()
  for (const planId of planIds) {
    const notes = await db.notes
      .where('[planId+topicId]')
      .between([planId, Dexie.minKey], [planId, Dexie.maxKey])
      .toArray()
    for (const note of notes) if (!kept.has(note.topicId)) missing.add(note.topicId)
  }
  return [...missing]
}

/** Why a roadmap change is refused for notes on topics it drops, in the learner's words; `titles` names the topics. */
export function notedTopicsText(topicIds: readonly string[], titles: ReadonlyMap<string, string>): string {
  const named = topicIds
    .slice(0, 3)
    .map((id) => quoted(titles.get(id) ?? id))
    .join(', ')
  return dbText()('common.operations.notedTopics', {
    topics: named,
    more: Math.max(0, topicIds.length - 3),
    count: topicIds.length
  })
}

/** The notes repository's API. */
export type NotesRepository = ReturnType<typeof createNotesRepository>
