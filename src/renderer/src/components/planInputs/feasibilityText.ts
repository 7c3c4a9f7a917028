// The preview's feasibility sentence, e.g. "Needs 9.5 h/week to finish by 1 June; you have 8 h/week → finishes 3 August".
import type { LocalDate } from '../../../../shared/domain/time'
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
export function feasibilityText(preview: PlanPreview, today: LocalDate, locale: string | undefined): FeasibilityText {
  if (preview.kind === 'no-availability') {
    return { sentence: 'Paint at least one study slot on the week grid to see when you would finish.', tone: 'blocked' }
  }
  if (preview.kind === 'invalid') return { sentence: invalidText(preview), tone: 'blocked' }
  const date = (value: LocalDate) => formatLocalDate(value, locale, value.slice(0, 4) !== today.slice(0, 4))
  const have = `you have ${formatHours(preview.weeklyMinutesAvailable, locale)} h/week`
  const finishes =
    preview.finishDate === null ? 'not everything fits within ten years' : `finishes ${date(preview.finishDate)}`
  const needs =
    preview.targetDate !== null && preview.weeklyMinutesNeeded !== null && preview.weeklyMinutesNeeded > WEEK_MINUTES
      ? `Finishing by ${date(preview.targetDate)} would take more hours than a week has; ${have}`
      : preview.targetDate !== null && preview.weeklyMinutesNeeded !== null
        ? `Needs ${formatHours(preview.weeklyMinutesNeeded, locale)} h/week to finish by ${date(preview.targetDate)}; ${have}`
        : preview.targetDate !== null
          ? `The target date ${date(preview.targetDate)} has passed; ${have}`
          : capitalise(have)
  return { sentence: `${needs} → ${finishes}.`, tone: preview.feasible ? 'on-track' : 'late' }
}

/**
 * The engine's words for a problem, except for a date it cannot read: it names the format it stores ('YYYY-MM-DD'),
 * which the learner never sees; their field shows the date in their locale's order.
 */
function invalidText(preview: PlanPreview & { kind: 'invalid' }): string {
  if (preview.code !== 'invalid-date') return preview.message
  if (preview.field === 'settings.startDate') return `Choose a start date with a year from ${yearsText}.`
  if (preview.field === 'settings.targetDate') return `Choose a target date with a year from ${yearsText}.`
  return preview.message
}

const yearsText = `${PLAN_YEARS.first} to ${PLAN_YEARS.last}`

/** Every minute of a week: a target needing more is out of reach, and a figure like 6,524 h/week says nothing. */
const WEEK_MINUTES = 7 * 24 * 60

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
