// What the learner reads when a roadmap file is refused: the file, where in it (in words), what is wrong, what to do.
import { translateRef, type MessageRef } from '../../../shared/i18n/ref'
import type { Translate } from '../../../shared/i18n/translator'

/** The lists a roadmap file holds, which a reader counts from 1: "stage 2, topic 3". */
const LISTS = new Set(['stages', 'tracks', 'topics', 'resources', 'prerequisites'])

/**
 * Where in the file a problem is, as a reader counts: 'roadmap.stages[0].topics[2].estimatedMinutes' becomes
 * 'stage 1, topic 3, estimatedMinutes'; a line number stays; the whole file or its format names no place (undefined).
 */
export function placeInFile(t: Translate, where: string | undefined): string | undefined {
  if (where === undefined || where === '' || where === 'file' || where === 'format' || where === 'roadmap')
    return undefined
  const line = /^line (\d+)(.*)$/s.exec(where)
  if (line) return t('common.importRefusal.line', { line: line[1]! }) + line[2]!
  return where
    .replace(/^roadmap\./, '')
    .replace(/([A-Za-z]+)\[(\d+)\]/g, (whole: string, list: string, index: string) =>
      LISTS.has(list) ? t('common.importRefusal.item', { list, n: String(Number(index) + 1) }) : whole
    )
    .split('.')
    .join(', ')
}

/**
 * e.g. '“ml.json” was not imported (stage 1, topic 3, estimatedMinutes): Too small… Fix that part of the file and
 * import it again; nothing was changed.' or '… (line 6): …'.
 */
export function importRefusalText(
  t: Translate,
  fileName: string,
  error: { readonly where?: string | undefined; readonly message: string; readonly ref?: MessageRef | undefined }
): string {
  const place = placeInFile(t, error.where)
  // A catalog message (`ref`) in the learner's language, else the reader's own words.
  const said = (error.ref ? translateRef(t, error.ref) : error.message).trim()
  const problem = /[.!?]$/.test(said) ? said : `${said}.`
  return place
    ? t('common.importRefusal.withPlace', { file: fileName, place, problem })
    : t('common.importRefusal.withoutPlace', { file: fileName, problem })
}
