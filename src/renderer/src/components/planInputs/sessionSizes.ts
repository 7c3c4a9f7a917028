// Checks the session-size settings the learner typed before they reach the planner.
import type { Translate } from '../../../../shared/i18n/translator'

/** Session sizes as entered, in minutes. */
export interface SessionSizes {
  readonly sessionMinMinutes: number
  readonly sessionMaxMinutes: number
  readonly breakMinutes: number
}

const whole = (value: number, from: number, to: number) => Number.isInteger(value) && value >= from && value <= to

/**
 * Why the sizes cannot be used, or null when they can. `longestDayMinutes` is the plan's daily cap: the most study
 * time in one day (its longest day of painted hours), which no session may need more than.
 */
export function sessionSizesProblem(t: Translate, sizes: SessionSizes, longestDayMinutes: number): string | null {
  const { sessionMinMinutes: min, sessionMaxMinutes: max, breakMinutes } = sizes
  if (!whole(min, 5, 1440)) return t('common.planInputs.sizes.min')
  if (!whole(max, 5, 1440)) return t('common.planInputs.sizes.max')
  if (min > max) return t('common.planInputs.sizes.minAboveMax', { min: String(min), max: String(max) })
  if (!whole(breakMinutes, 0, 240)) return t('common.planInputs.sizes.break')
  if (min > longestDayMinutes)
    return t('common.planInputs.sizes.longerThanDay', { min: String(min), day: String(longestDayMinutes) })
  return null
}
