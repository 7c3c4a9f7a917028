// What the app has stored, read straight from IndexedDB in the page (page.evaluate sends the function's source, so it
// sees nothing outside itself): compared before and after an action that must change nothing, or a backup round trip.

/** The backup's tables and the store each lives in (sessions, study log and ratings in week rows). */
export const BACKUP_STORES: Record<string, string> = {
  roadmaps: 'roadmaps',
  plans: 'plans',
  sessions: 'sessionWeeks',
  studyLog: 'studyLogWeeks',
  reviews: 'reviewWeeks',
  notes: 'notes',
  settings: 'settings'
}

/** Every stored table as the backup sees it, plus undo history: what a refused file must leave exactly as it was. */
export const ALL_STORES: Record<string, string> = { ...BACKUP_STORES, undoSteps: 'undoSteps' }

/**
 * The records of each table in `stores` (table name → store): week rows are flattened into their records and sorted
 * by id, so a restore that rewrites the rows in another order still reads the same.
 */
export function readStoredRecords(stores: Record<string, string>): Promise<Record<string, unknown[]>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('study-planner')
    open.addEventListener('error', () => reject(open.error))
    open.addEventListener('success', () => {
      const db = open.result
      const transaction = db.transaction(Object.values(stores), 'readonly')
      const result: Record<string, unknown[]> = {}
      // oxlint-disable-next-line unicorn/consistent-function-scoping -- it must be in here to reach the page
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
      for (const [table, store] of Object.entries(stores)) {
        const request = transaction.objectStore(store).getAll()
        request.addEventListener('success', () => {
          result[table] = store.endsWith('Weeks')
            ? request.result.flatMap((week: { rows: Array<{ id: string }> }) => week.rows).sort(byId)
            : request.result
        })
      }
      transaction.addEventListener('complete', () => {
        db.close()
        resolve(result)
      })
      transaction.addEventListener('error', () => reject(transaction.error))
    })
  })
}
