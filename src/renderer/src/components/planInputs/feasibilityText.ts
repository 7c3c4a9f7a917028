// The preview's feasibility sentence, e.g. "Needs 9.5 h/week to finish by 1 June; you have 8 h/week → finishes 3 August".
import type { LocalDate } from '../../../../shared/domain/time'
import { translateRef } from '../../../../shared/i18n/ref'
import type { Translate } from '../../../../shared/i18n/translator'
import { formatHours, formatLocalDate } from '../../../../shared/format'
import { PLAN_YEARS } from './dateNotes'
import type { PlanPreview } from './planPreview'

/** The sentence and how it should be shown: on track, late, or something to fix first. */
export interface FeasibilityText {
  readonly sentence: string
  readonly tone: 'on-track' | 'late' | 'blocked'
}

/**
 * Words for a preview. Dates drop the year when it is `today`'s year, as people say them; hours have at most one
 * decimal, in the locale's digits.
 */
export function feasibilityText(
  t: Translate,
  preview: PlanPreview,
  today: LocalDate,
  locale: string | undefined
): FeasibilityText {
  if (preview.kind === 'no-availability') {
    return { sentence: t('common.planInputs.feasibility.noAvailability'), tone: 'blocked' }
  }
  if (preview.kind === 'invalid') return { sentence: invalidText(t, preview), tone: 'blocked' }
  const date = (value: LocalDate) => formatLocalDate(value, locale, value.slice(0, 4) !== today.slice(0, 4))
  const need =
    preview.targetDate === null
      ? 'none'
      : preview.weeklyMinutesNeeded === null
        ? 'passed'
        : preview.weeklyMinutesNeeded > WEEK_MINUTES
          ? 'overWeek'
          : 'needs'
  const sentence = t('common.planInputs.feasibility.sentence', {
    need,
    target: preview.targetDate === null ? '' : date(preview.targetDate),
    needed: preview.weeklyMinutesNeeded === null ? '' : formatHours(preview.weeklyMinutesNeeded, locale),
    have: formatHours(preview.weeklyMinutesAvailable, locale),
    finish: preview.finishDate === null ? 'none' : 'date',
    finishDate: preview.finishDate === null ? '' : date(preview.finishDate)
  })
  return { sentence, tone: preview.feasible ? 'on-track' : 'late' }
}

/**
 * The engine's words for a problem, except for a date it cannot read: it names the format it stores ('YYYY-MM-DD'),
 * which the learner never sees; their field shows the date in their locale's order.
 */
function invalidText(t: Translate, preview: PlanPreview & { kind: 'invalid' }): string {
  const years = { first: String(PLAN_YEARS.first), last: String(PLAN_YEARS.last) }
  const engine = typeof preview.message === 'string' ? preview.message : translateRef(t, preview.message)
  if (preview.code !== 'invalid-date') return engine
  if (preview.field === 'settings.startDate') return t('common.planInputs.feasibility.startYear', years)
  if (preview.field === 'settings.targetDate') return t('common.planInputs.feasibility.targetYear', years)
  return engine
}

/** Every minute of a week: a target needing more is out of reach, and a figure like 6,524 h/week says nothing. */
const WEEK_MINUTES = 7 * 24 * 60
