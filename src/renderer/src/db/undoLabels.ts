// The one list of what an undo step can be called: every operation that journals one takes its label from here.

/**
 * Each learner action's undo label, as the journal stores it and the Undo button shows it (lower-cased first letter:
 * 'Undo mark done', 'Undo add of Regex'). A label naming something (a topic, a stage, a file) is made by its function.
 * The journal keeps the words, not the key: steps stored before this list existed read and undo the same way.
 */
export const UNDO_LABELS = {
  markDone: 'Mark done',
  skip: 'Skip',
  move: 'Move',
  rate: 'Rate',
  addSession: 'Add session',
  deleteSession: 'Delete session',
  replanWeek: 'Re-plan this week',
  changePlan: 'Change plan',
  reminderTime: 'Reminder time change',
  catchUp: 'Catch up on missed sessions',
  importBusyTime: 'Import busy time',
  calendarChanges: 'Changes from your calendar',
  replaceRoadmap: 'Replace roadmap',
  importRoadmap: (fileName: string) => `import of ${fileName}` as const,
  editRoadmap: 'Edit roadmap',
  add: (title: string) => `add of ${title}` as const,
  edit: (title: string) => `edit of ${title}` as const,
  rename: (title: string) => `rename of ${title}` as const,
  moveInRoadmap: (title: string) => `move of ${title}` as const,
  delete: (title: string) => `delete of ${title}` as const,
  trackChoice: 'track choice',
  markKnown: (title: string) => `mark of ${title} as known` as const,
  unmarkKnown: (title: string) => `unmark of ${title} as known` as const
} as const

type Labels = typeof UNDO_LABELS

/** A label from {@link UNDO_LABELS}: a fixed one, or one its functions make (any text in the named place). */
export type UndoLabel = {
  [K in keyof Labels]: Labels[K] extends (...args: never[]) => infer Made ? Made : Labels[K]
}[keyof Labels]

type FixedKind = { [K in keyof Labels]: Labels[K] extends string ? K : never }[keyof Labels]
type NamedKind = Exclude<keyof Labels, FixedKind>

/** A stored label read back: the kind of step, and the name in it for a step that names something. */
export type ReadUndoLabel =
  | { readonly kind: FixedKind; readonly name?: undefined }
  | { readonly kind: NamedKind; readonly name: string }

/** The English words of each named label around its name, e.g. ['add of ', ''] for `add of Regex`. */
const NAMED: ReadonlyArray<readonly [NamedKind, string, string]> = [
  ['importRoadmap', 'import of ', ''],
  ['add', 'add of ', ''],
  ['edit', 'edit of ', ''],
  ['rename', 'rename of ', ''],
  ['moveInRoadmap', 'move of ', ''],
  ['delete', 'delete of ', ''],
  ['markKnown', 'mark of ', ' as known'],
  ['unmarkKnown', 'unmark of ', ' as known']
]

/** Which step a stored label names (the journal keeps words, so a screen can say them in any language); null if none. */
export function readUndoLabel(label: string): ReadUndoLabel | null {
  for (const [kind, text] of Object.entries(UNDO_LABELS)) {
    if (text === label) return { kind: kind as FixedKind }
  }
  for (const [kind, before, after] of NAMED) {
    if (label.length > before.length + after.length && label.startsWith(before) && label.endsWith(after))
      return { kind, name: label.slice(before.length, label.length - after.length) }
  }
  return null
}
