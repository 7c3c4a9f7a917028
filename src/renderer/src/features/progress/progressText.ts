// Sentences for the progress screen: the finish date against the target, and what the pace means for it.
import type { LocalDate } from '../../../../shared/domain/time'
import { formatLocalDate } from '../../../../shared/format'
import type { Translate } from '../../../../shared/i18n/translator'
import { daysBetween, finishAtPace, type Pace } from './progressStats'

/** A whole percentage's number as the locale writes it (the messages place the sign: '42%', '42 %'). */
export function formatPercent(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: false }).format(percent)
}

/** The planned finish compared with the target date. */
export function finishSentence(
  finish: LocalDate | null,
  target: LocalDate | undefined,
  locale: string,
  t: Translate
): string {
  if (!finish) return t('progress.finish.none')
  const finishText = formatLocalDate(finish, locale, true)
  if (!target) return t('progress.finish.noTarget', { finish: finishText })
  const slack = daysBetween(finish, target)
  const targetText = formatLocalDate(target, locale, true)
  if (slack > 0) return t('progress.finish.beforeTarget', { finish: finishText, days: slack, target: targetText })
  if (slack === 0) return t('progress.finish.onTarget', { finish: finishText })
  return t('progress.finish.afterTarget', { finish: finishText, days: -slack, target: targetText })
}

/** The pace as a percentage of planned session time, and the finish date it leads to if kept up. */
export function paceSentence(
  pace: Pace,
  today: LocalDate,
  finish: LocalDate | null,
  locale: string,
  t: Translate
): string {
  if (pace.ratio === null) return t('progress.pace.none')
  const percent = formatPercent(Math.round(pace.ratio * 100), locale)
  const base =
    pace.missed === 0
      ? t('progress.pace.done', { done: pace.sessions, percent })
      : t('progress.pace.doneAndMissed', {
          done: pace.sessions,
          missed: pace.missed,
          total: pace.sessions + pace.missed,
          percent
        })
  if (!finish) return base
  if (pace.ratio === 0) return `${base} ${t('progress.pace.nothingWorked')}`
  const atPace = finishAtPace(today, finish, pace.ratio)
  const shift = daysBetween(finish, atPace)
  if (shift === 0) return `${base} ${t('progress.pace.onDate')}`
  const date = formatLocalDate(atPace, locale, true)
  const next =
    shift > 0 ? t('progress.pace.later', { date, days: shift }) : t('progress.pace.earlier', { date, days: -shift })
  return `${base} ${next}`
}
