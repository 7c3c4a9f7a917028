// The app preferences kept in the settings table (theme, clock, week start, daily digest): their keys, defaults and checks.
import type { Weekday } from '../../../shared/domain/availability'
import type { DigestSettings } from '../../../shared/domain/reminder'
import { CLOCK_STYLES, type ClockStyle } from '../../../shared/format'

/** The colour theme: follow the system, or force light or dark. */
export type Theme = 'system' | 'light' | 'dark'

/** Settings-table key of the theme. */
export const THEME_KEY = 'ui.theme'
/** Settings-table key of the first day of the week (0 = Sunday). */
export const WEEK_START_KEY = 'ui.weekStart'

/** Settings-table key of how clock times are written: as the language does, 12-hour or 24-hour. */
export const CLOCK_STYLE_KEY = 'ui.clock'

/** Settings-table key of the daily digest: one notification a day listing the day's sessions. */
export const DIGEST_KEY = 'reminders.digest'
/** The digest until the learner changes it: on, at 08:00 in the plan's zone. */
export const DEFAULT_DIGEST: DigestSettings = { enabled: true, time: '08:00' }

/**
 * Settings-table key of the missed sessions the learner answered "Not now" for, per plan: stored so the prompt stays
 * closed across a restart or another screen until a session that is not in the list turns missed.
 */
export const missedDismissedKey = (planId: string): string => `plan.${planId}.missedDismissed`

/** A stored list of session ids. */
export const isIdList = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string')

export const isTheme = (value: unknown): value is Theme => value === 'system' || value === 'light' || value === 'dark'
export const isClockStyle = (value: unknown): value is ClockStyle => CLOCK_STYLES.includes(value as ClockStyle)
export const isWeekday = (value: unknown): value is Weekday =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 6

/** A stored digest setting: on or off, and a local 'HH:mm' time (the same rule main validates the sync with). */
export function isDigest(value: unknown): value is DigestSettings {
  if (typeof value !== 'object' || value === null) return false
  const { enabled, time } = value as Record<string, unknown>
  return (
    typeof enabled === 'boolean' &&
    typeof time === 'string' &&
    /^([01]\d|2[0-3]):[0-5]\d$/.test(time) &&
    Object.keys(value).length === 2
  )
}
