// Lengths of time in milliseconds: the one definition every process uses.
//
// Files on the planner's hot paths read these once into a module-level const of their own (`const DAY = DAY_MS`):
// under tsx (npm run bench) an imported binding compiles to a getter call on every read, which measured ~10% of
// planning time; a local const is a plain read. The value still comes from here.

/** Milliseconds in a second. */
export const SECOND_MS = 1_000
/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000
/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000
/** Milliseconds in a 24-hour day (a local day on a clock-change night is 23 or 25 hours: see localDates.ts). */
export const DAY_MS = 86_400_000
/** Milliseconds in seven 24-hour days. */
export const WEEK_MS = 7 * DAY_MS
