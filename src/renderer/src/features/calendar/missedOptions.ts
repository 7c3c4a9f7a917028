// Words for the engine's missed-session options: what each does and what it would change.
import type { MissedOption, MissedOptionPreview } from '../../../../shared/scheduling/missed'
import type { LocalDate } from '../../../../shared/domain/time'
import { formatHours, formatLocalDate } from '../../../../shared/format'
import type { Translate } from '../../../../shared/i18n/translator'

/** The option's name as the learner sees it. */
export function missedOptionTitle(option: MissedOption, t: Translate): string {
  return t('calendar.missed.optionTitle', { option })
}

/** One line on what the option gives: its finish date, and the new cap or target where that is the point. */
export function missedOptionDetail(
  preview: MissedOptionPreview,
  today: LocalDate,
  locale: string | undefined,
  t: Translate
): string {
  const date = (value: LocalDate) => formatLocalDate(value, locale, value.slice(0, 4) !== today.slice(0, 4))
  // Why an option is offered but cannot be chosen.
  if (!preview.applicable) return t('calendar.missed.notApplicable', { option: preview.option })
  const finish =
    preview.finishDate === null
      ? t('calendar.missed.notEverythingFits')
      : t('calendar.missed.finishes', { date: date(preview.finishDate) })
  const moved = t('calendar.missed.changes', { count: preview.changed.length })
  const extra =
    preview.option === 'raiseDailyCap'
      ? t('calendar.missed.dailyCap', { hours: formatHours(preview.dailyCapMinutes, locale) })
      : preview.option === 'moveTarget' && preview.targetDate
        ? t('calendar.missed.newTarget', { date: date(preview.targetDate) })
        : null
  const late = preview.feasible ? null : t('calendar.missed.stillLate')
  // Separate facts, each a phrase of its own: no sentence is built from them.
  return [finish, extra, late, moved].filter(Boolean).join(' · ')
}
