// Property tests of buildSchedule: every invariant of a plan, each on 1,000 generated inputs across DST-heavy zones.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ScheduleInput, ScheduleResult } from '../../../../src/shared/domain/schedule'
import { buildSchedule } from '../../../../src/shared/scheduling/buildSchedule'
import { inputArb } from './arbitraries'
import {
  checkCapAndBreaks,
  checkInsideAvailability,
  checkKeptSessions,
  checkMinutesConserved,
  checkNoOverlap,
  checkNothingBeforeNow,
  checkPrerequisites,
  checkReport,
  checkSessionLengths,
  plannedEstimates
} from './oracle'
import { cases } from '../../../support/fuzz'

const RUNS = { numRuns: cases(1000) }

type Planned = Extract<ScheduleResult, { ok: true }>

/** Plans a generated input; generated inputs are valid, so an error is itself a failure. */
function planOf(input: ScheduleInput): Planned {
  const result = buildSchedule(input)
  if (!result.ok) throw new Error(`valid input rejected: ${JSON.stringify(result.error)}`)
  return result
}

/** The first violation `check` finds on 1,000 generated plans (shrunk to a small counterexample), or null. */
function violationIn(check: (input: ScheduleInput, result: Planned) => string | null): string | null {
  const details = fc.check(
    fc.property(inputArb, (input) => {
      const violation = check(input, planOf(input))
      if (violation !== null) throw new Error(violation)
    }),
    RUNS
  )
  return details.failed ? (fc.defaultReportMessage(details) ?? 'failed') : null
}

describe('buildSchedule properties (1,000 generated plans each)', () => {
  it('never overlaps two sessions', () => expect(violationIn((_, result) => checkNoOverlap(result))).toBeNull())

  it('places every session inside a window, outside blackouts, busy time and repeated fall-back hours, with Intl-exact wall times', () =>
    expect(violationIn(checkInsideAvailability)).toBeNull())

  it('holds the daily cap and the break between sessions', () => expect(violationIn(checkCapAndBreaks)).toBeNull())

  it('keeps session lengths within bounds, only a final remainder shorter', () =>
    expect(violationIn(checkSessionLengths)).toBeNull())

  it('starts a topic only after its prerequisites end', () =>
    expect(
      violationIn((input, result) => checkPrerequisites(input, result, new Set(plannedEstimates(input).keys())))
    ).toBeNull())

  it('conserves minutes per topic: done + pinned + placed + unplaced = estimate', () =>
    expect(violationIn((input, result) => checkMinutesConserved(input, result, plannedEstimates(input)))).toBeNull())

  it('returns pinned and done sessions untouched and never reuses an id', () =>
    expect(violationIn(checkKeptSessions)).toBeNull())

  it('places nothing before now', () => expect(violationIn(checkNothingBeforeNow)).toBeNull())

  it('reports figures that agree with the sessions', () =>
    expect(violationIn((input, result) => checkReport(input, result, plannedEstimates(input)))).toBeNull())

  it('gives identical output for the same input', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(JSON.stringify(buildSchedule(structuredClone(input)))).toBe(JSON.stringify(buildSchedule(input)))
      }),
      RUNS
    )
  })
})
