// Words for the engine's missed-session options: what each does and what it would change.
import type { MissedOption, MissedOptionPreview } from '../../../../shared/scheduling/missed'
import type { LocalDate } from '../../../../shared/domain/time'
import { formatHours, formatLocalDate } from '../../../../shared/format'

const titles: Record<MissedOption, string> = {
  reflow: 'Place the missed work after this week',
  raiseDailyCap: 'Study a bit longer per day',
  dropOptional: 'Drop optional topics',
  moveTarget: 'Move the target date'
}

/** Why an option is offered but cannot be chosen. */
const notApplicable: Record<MissedOption, string> = {
  reflow: 'Would not change the plan.',
  raiseDailyCap: 'Would not change the plan.',
  dropOptional: 'This plan has no optional topics left.',
  moveTarget: 'The plan has no target date to move, or already meets it.'
}

/** The option's name as the learner sees it. */
export function missedOptionTitle(option: MissedOption): string {
  return titles[option]
}

/** One line on what the option gives: its finish date, and the new cap or target where that is the point. */
export function missedOptionDetail(preview: MissedOptionPreview, today: LocalDate, locale: string | undefined): string {
  const date = (value: LocalDate) => formatLocalDate(value, locale, value.slice(0, 4) !== today.slice(0, 4))
  if (!preview.applicable) return notApplicable[preview.option]
  const finish = preview.finishDate === null ? 'Not everything fits' : `Finishes ${date(preview.finishDate)}`
  const moved = preview.changed.length === 1 ? '1 session changes' : `${preview.changed.length} sessions change`
  const extra =
    preview.option === 'raiseDailyCap'
      ? `up to ${formatHours(preview.dailyCapMinutes, locale)} h a day`
      : preview.option === 'moveTarget' && preview.targetDate
        ? `target becomes ${date(preview.targetDate)}`
        : null
  const late = preview.feasible ? null : 'still late for the target'
  return [finish, extra, late, moved].filter(Boolean).join(' · ')
}
