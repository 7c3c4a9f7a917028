// Where in a file a problem is, in the learner's words: the core names places as 'file', 'line 12' or a field path.
import type { Translate } from '../i18n/translator'

/**
 * The learner's words for a problem's place (`where` of a FileProblem, IcsProblem or ImportNote): the whole file and
 * a line number in the learner's language; a field path ('data.sessions[3].topicId') or an iCalendar place
 * ('VEVENT #2 (UID abc) DTSTART') as the file itself names it.
 */
export function placeText(t: Translate, where: string): string {
  if (where === 'file') return t('errors.place.file')
  const line = /^line (\d+)$/.exec(where)
  if (line) return t('errors.place.line', { line: line[1]! })
  return where
}
