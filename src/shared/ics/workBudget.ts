// The last line of defence against ical.js recurrence loops: every candidate date it tries is counted against a budget.
import ICAL from 'ical.js'

/**
 * Candidate dates ical.js may try while one file is read (event series and time-zone rules together). A candidate costs
 * ical.js 5-30 µs, so a file stays well under a second; a year of 130 daily series, or of 900 weekly ones, fits.
 */
export const MAX_CANDIDATES_PER_FILE = 50_000
/**
 * Candidate dates ical.js may try for one event (its series and the time zones it needs): 27 years of a daily rule
 * counted from its start, or four centuries of a zone's two yearly clock changes (Outlook starts them in 1601).
 */
export const MAX_CANDIDATES_PER_EVENT = 10_000

/** Work left: for the whole file, and for the event being expanded (reset per event). */
export interface WorkBudget {
  fileLeft: number
  eventLeft: number
}

/** Thrown from inside ical.js when a budget runs out; `scope` says which one. */
export class WorkBudgetSpent extends Error {
  constructor(readonly scope: 'file' | 'event') {
    super(
      scope === 'file'
        ? 'the calendar needs too much work to read (its repeat rules or time zones are too complex)'
        : 'the event repeats in a way that takes too long to work out'
    )
  }
}

type Method = (this: unknown, ...args: unknown[]) => unknown
// ical.js's RecurIterator loops over candidate dates until one passes check_contracting_rules (every frequency), and
// YEARLY rules also search years with expand_year_days; counting those two calls bounds every loop it has.
const GUARDED = ['check_contracting_rules', 'expand_year_days'] as const

/**
 * What one candidate costs: ical.js moves a DAILY or WEEKLY rule to its next candidate one day at a time, so a rule
 * with INTERVAL=100 does a hundred steps per candidate; every ten days stepped count as one more candidate.
 */
function candidateCost(iterator: unknown): number {
  const rule = (iterator as { rule?: { freq?: unknown; interval?: unknown } } | null)?.rule
  const interval = typeof rule?.interval === 'number' && rule.interval > 1 ? rule.interval : 1
  const days = rule?.freq === 'DAILY' ? interval : rule?.freq === 'WEEKLY' ? 7 * interval : 0
  return 1 + Math.floor(days / 10)
}

/**
 * Runs `work` with every candidate date ical.js tries counted against `budget`; throws WorkBudgetSpent (from inside
 * ical.js, which leaves the iterator unusable: callers drop it) when a count runs out. The library's prototype is
 * patched only for the duration of the synchronous call and restored after, so other callers see it unchanged.
 */
export function withWorkBudget<T>(budget: WorkBudget, work: () => T): T {
  const prototype = ICAL.RecurIterator.prototype as unknown as Record<string, Method>
  const originals = GUARDED.map((name) => prototype[name]!)
  GUARDED.forEach((name, index) => {
    const original = originals[index]!
    prototype[name] = function guarded(this: unknown, ...args: unknown[]): unknown {
      const cost = candidateCost(this)
      budget.fileLeft -= cost
      budget.eventLeft -= cost
      if (budget.fileLeft < 0) throw new WorkBudgetSpent('file')
      if (budget.eventLeft < 0) throw new WorkBudgetSpent('event')
      return original.apply(this, args)
    }
  })
  try {
    return work()
  } finally {
    GUARDED.forEach((name, index) => {
      prototype[name] = originals[index]!
    })
  }
}
