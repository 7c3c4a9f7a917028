// Checks the session-size settings the learner typed before they reach the planner.

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
export function sessionSizesProblem(sizes: SessionSizes, longestDayMinutes: number): string | null {
  const { sessionMinMinutes: min, sessionMaxMinutes: max, breakMinutes } = sizes
  if (!whole(min, 5, 1440)) return 'The minimum session must be a whole number of minutes from 5 to 1440.'
  if (!whole(max, 5, 1440)) return 'The maximum session must be a whole number of minutes from 5 to 1440.'
  if (min > max)
    return `The minimum (${min} min) is above the maximum (${max} min): a session could never be long enough and short enough at once.`
  if (!whole(breakMinutes, 0, 240)) return 'The break must be a whole number of minutes from 0 to 240.'
  if (min > longestDayMinutes)
    return `The minimum (${min} min) is longer than your longest study day (${longestDayMinutes} min): no session could be placed.`
  return null
}
