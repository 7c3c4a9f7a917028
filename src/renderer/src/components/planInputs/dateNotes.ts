// What the plan-input steps say about a date they cannot use, in the field's own terms.

/** The years a plan's dates may have (the engine's range). */
export const PLAN_YEARS = { first: 1900, last: 2999 } as const

/**
 * What is wrong with a date field, in the field's own terms: the learner sees the field in their locale's order
 * (31/01/2027, 01/31/2027…), so no note names a format such as YYYY-MM-DD.
 */
export const DATE_NOTES = {
  partial: 'Enter a whole date: day, month and year.',
  year: `Choose a year from ${PLAN_YEARS.first} to ${PLAN_YEARS.last}.`,
  beforeStart: 'The target is before the start date.'
} as const
