// Painted hours against the study hours they really hold: "14 h painted → 12.7 h of study after 10-minute breaks".
import type { Availability } from '../../../../shared/domain/availability'
import { weeklyStudyCapacity } from '../../../../shared/scheduling/capacity'
import { weeklyMinutes } from '../../../../shared/scheduling/windows'
import { formatHours } from '../../../../shared/format'

/**
 * Words for the weekly hours of `availability`: "14 h a week" when every painted minute can be studied, otherwise
 * the painted hours, the study hours and what cuts them (breaks, the shortest session, the daily cap), e.g.
 * "14 h painted → 12.7 h of study after 10-minute breaks". Hours as formatHours writes them in `locale`.
 */
export function studyHoursText(availability: Availability, locale: string | undefined): string {
  const painted = weeklyMinutes(availability).reduce(
    (total, ranges) => total + ranges.reduce((sum, [start, end]) => sum + end - start, 0),
    0
  )
  const study = weeklyStudyCapacity(availability)
  if (study >= painted) return `${formatHours(painted, locale)} h a week`
  return `${formatHours(painted, locale)} h painted → ${formatHours(study, locale)} h of study after ${reasons(availability, study, locale).join(' and ')}`
}

/** What takes painted time away, each named only when lifting it alone would give more study time. */
function reasons(availability: Availability, study: number, locale: string | undefined): string[] {
  const gains = (change: Partial<Availability>) => weeklyStudyCapacity({ ...availability, ...change }) > study
  const found: string[] = []
  if (availability.breakMinutes > 0 && gains({ breakMinutes: 0 }))
    found.push(`${availability.breakMinutes}-minute breaks`)
  if (gains({ sessionMinMinutes: 1 }))
    found.push(`skipping slots shorter than ${availability.sessionMinMinutes} minutes`)
  if (gains({ dailyCapMinutes: 1440 }))
    found.push(`the ${formatHours(availability.dailyCapMinutes, locale)} h daily cap`)
  // Several rules together (e.g. breaks and the longest session) can cut time none of them cuts alone.
  return found.length > 0 ? found : ['breaks and session sizes']
}
