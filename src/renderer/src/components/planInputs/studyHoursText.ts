// Painted hours against the study hours they really hold: "14 h painted → 12.7 h of study after 10-minute breaks".
import type { Availability } from '../../../../shared/domain/availability'
import type { Translate } from '../../../../shared/i18n/translator'
import { weeklyStudyCapacity } from '../../../../shared/scheduling/capacity'
import { weeklyMinutes } from '../../../../shared/scheduling/windows'
import { formatHours } from '../../../../shared/format'

/**
 * Words for the weekly hours of `availability`: "14 h a week" when every painted minute can be studied, otherwise
 * the painted hours, the study hours and what cuts them (breaks, the shortest session, the daily cap), e.g.
 * "14 h painted → 12.7 h of study after 10-minute breaks". Hours as formatHours writes them in `locale`.
 */
export function studyHoursText(t: Translate, availability: Availability, locale: string | undefined): string {
  const painted = weeklyMinutes(availability).reduce(
    (total, ranges) => total + ranges.reduce((sum, [start, end]) => sum + end - start, 0),
    0
  )
  const study = weeklyStudyCapacity(availability)
  if (study >= painted) return t('common.planInputs.availability.weekly', { hours: formatHours(painted, locale) })
  // The causes as a list in the language's own way ("a and b", "a und b"); ListFormat needs a runtime that has it.
  const causes = reasons(t, availability, study, locale)
  const list =
    typeof Intl.ListFormat === 'function'
      ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(causes)
      : causes.join(', ')
  return t('common.planInputs.availability.cut', {
    painted: formatHours(painted, locale),
    study: formatHours(study, locale),
    reasons: list
  })
}

/** What takes painted time away, each named only when lifting it alone would give more study time. */
function reasons(t: Translate, availability: Availability, study: number, locale: string | undefined): string[] {
  const gains = (change: Partial<Availability>) => weeklyStudyCapacity({ ...availability, ...change }) > study
  const found: string[] = []
  if (availability.breakMinutes > 0 && gains({ breakMinutes: 0 }))
    found.push(t('common.planInputs.availability.breaks', { minutes: String(availability.breakMinutes) }))
  if (gains({ sessionMinMinutes: 1 }))
    found.push(t('common.planInputs.availability.shortSlots', { minutes: String(availability.sessionMinMinutes) }))
  if (gains({ dailyCapMinutes: 1440 }))
    found.push(
      t('common.planInputs.availability.dailyCap', { hours: formatHours(availability.dailyCapMinutes, locale) })
    )
  // Several rules together (e.g. breaks and the longest session) can cut time none of them cuts alone.
  return found.length > 0 ? found : [t('common.planInputs.availability.sizes')]
}
