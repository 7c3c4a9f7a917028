// The Undo button's words, the same on every screen: 'Undo mark done', 'Undo add of Regex', in the learner's language.
import type { Translate } from '../../../shared/i18n/translator'
import { readUndoLabel } from '../db/undoLabels'

/**
 * The Undo button for a step the journal stores as `label` (its English words, see UNDO_LABELS): one whole message
 * per kind of step, a name inside it (a topic's, a file's) as it was. Words this version does not know stay as stored.
 */
export function undoText(t: Translate, label: string): string {
  const read = readUndoLabel(label)
  if (read === null) return t('common.undo.other', { label: `${label.charAt(0).toLowerCase()}${label.slice(1)}` })
  return read.name === undefined ? t(`common.undo.${read.kind}`) : t(`common.undo.${read.kind}`, { name: read.name })
}
