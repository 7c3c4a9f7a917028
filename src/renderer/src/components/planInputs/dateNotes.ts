// What the plan-input steps say about a date they cannot use, in the field's own terms.
import type { Translate } from '../../../../shared/i18n/translator'

/** The years a plan's dates may have (the engine's range). */
export const PLAN_YEARS = { first: 1900, last: 2999 } as const

/** The kinds of note a date field can show. */
export type DateNote = 'partial' | 'year' | 'beforeStart'

/**
 * What is wrong with a date field, in the field's own terms: the learner sees the field in their locale's order
 * (31/01/2027, 01/31/2027…), so no note names a format such as YYYY-MM-DD.
 */
export function dateNoteText(t: Translate, note: DateNote): string {
  if (note === 'year')
    return t('common.planInputs.dates.year', { first: String(PLAN_YEARS.first), last: String(PLAN_YEARS.last) })
  return t(note === 'partial' ? 'common.planInputs.dates.partial' : 'common.planInputs.dates.beforeStart')
}
