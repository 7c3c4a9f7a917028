// Topic estimates as the learner types and reads them: hours ('1.5', or '1,5' where a comma is the decimal mark),
// stored as whole minutes as the roadmap always has.
import type { Translate } from '../../../../shared/i18n/translator'
import { MAX_TOPIC_MINUTES } from '../../../../shared/scheduling/validateRoadmap'

/** The estimate in minutes, or why the text is not one (a sentence to show beside the field). */
export type ParsedEstimate =
  | { readonly ok: true; readonly minutes: number }
  | { readonly ok: false; readonly message: string }

const MAX_HOURS = MAX_TOPIC_MINUTES / 60

function separators(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.6)
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ','
  }
}

/** An hour and a half as the locale writes it in the field ('1.5', '1,5'), for the hints. */
export function exampleHours(locale: string): string {
  return hoursFieldText(90, locale)
}

/** Minutes written as hours for the estimate field: at most two decimals in the locale's decimal mark, no grouping. */
export function hoursFieldText(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(minutes / 60)
}

/**
 * Reads an estimate typed in hours. Either '.' or ',' is taken as the decimal mark ('1,5' and '1.5' are both an hour
 * and a half), except that the locale's own grouping mark before exactly three digits groups ('1,000' in English).
 */
export function parseEstimateHours(text: string, locale: string, t: Translate): ParsedEstimate {
  const typed = text
    .trim()
    .replace(/\s+/g, '')
    .replace(/h(ours?)?$/i, '')
  const invalid = {
    ok: false,
    message: t('roadmap.estimate.invalid', { example: exampleHours(locale) })
  } as const
  if (!/^\d*[.,]?\d*$/.test(typed) || !/\d/.test(typed)) return invalid
  const { group } = separators(locale)
  const mark = /[.,]/.exec(typed)?.[0]
  const grouped = mark !== undefined && mark === group && /^\d{1,3}[.,]\d{3}$/.test(typed)
  const hours = Number(grouped ? typed.replace(mark, '') : typed.replace(',', '.'))
  if (!Number.isFinite(hours)) return invalid
  const minutes = Math.round(hours * 60)
  if (minutes < 1) return { ok: false, message: t('roadmap.estimate.tooSmall') }
  if (minutes > MAX_TOPIC_MINUTES)
    return {
      ok: false,
      message: t('roadmap.estimate.tooLarge', { max: new Intl.NumberFormat(locale).format(MAX_HOURS) })
    }
  return { ok: true, minutes }
}
