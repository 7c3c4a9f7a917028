// Walks the occurrences of a recurring VEVENT with ical.js, within a step budget, working around two of its gaps.
import ICAL from 'ical.js'
import type { EventTiming } from './eventTiming'
import { DAY_MS } from '../time'
import { alignUtcRecurrenceToZone } from './recurrenceFixups'

/** Steps left for the whole file; shared by its events so a file of many hostile RRULEs is bounded too. */
export interface ExpansionBudget {
  stepsLeft: number
}

/** How a walk ended: the series ran out, the visitor stopped it, or the step budget did. */
export type ExpansionEnd = 'complete' | 'stopped' | 'budget'

/** Recurrence steps one event may take, whatever the file's budget: a FREQ=SECONDLY rule from 1970 stops here. */
export const MAX_EXPANSION_STEPS_PER_EVENT = 20_000

function dayKey(time: ICAL.Time): string {
  return `${time.year}-${time.month}-${time.day}`
}

/**
 * Days that EXDATEs remove by date rather than by instant: any EXDATE of an all-day event (Outlook writes them as
 * midnight date-times in its own zone, which never equal a DATE occurrence), and DATE-valued EXDATEs of timed events.
 * ical.js itself removes the EXDATEs that match an occurrence exactly.
 */
function exdateDays(event: ICAL.Component, allDay: boolean): Set<string> {
  const days = new Set<string>()
  for (const property of event.getAllProperties('exdate')) {
    for (const value of property.getValues()) {
      if (value instanceof ICAL.Time && (allDay || value.isDate)) days.add(dayKey(value))
    }
  }
  return days
}

/**
 * Calls `visit` with each occurrence start in order (RRULE, RDATE, minus EXDATE) until it returns false, the series
 * ends, or the budget runs out. Several RRULEs are walked one at a time: ical.js 2.2.1's RecurExpansion skips an
 * iterator when the one before it completes (its `_nextRecurrenceIter` splice at index 0), losing the last
 * occurrences. Occurrences an RDATE shares between those walks are visited more than once; callers deduplicate.
 * ical.js errors are thrown to the caller.
 */
export function forEachOccurrence(
  event: ICAL.Component,
  timing: EventTiming,
  rangeStartMs: number,
  budget: ExpansionBudget,
  visit: (occurrence: ICAL.Time) => boolean
): ExpansionEnd {
  if (timing.floatingZone) alignUtcRecurrenceToZone(event, timing.floatingZone)
  const excluded = exdateDays(event, timing.allDay)
  const rules = event.getAllProperties('rrule')
  const walkRange = (): ExpansionEnd =>
    walk(event, timing, fastForwardedStart(event, timing, rangeStartMs), excluded, budget, visit)
  if (rules.length <= 1) return walkRange()
  let end: ExpansionEnd = 'complete'
  for (const rule of rules) {
    for (const other of rules) event.removeProperty(other)
    event.addProperty(rule)
    end = walkRange()
    if (end === 'budget') break
  }
  for (const other of event.getAllProperties('rrule')) event.removeProperty(other)
  for (const rule of rules) event.addProperty(rule)
  return end
}

function walk(
  event: ICAL.Component,
  timing: EventTiming,
  dtstart: ICAL.Time,
  excluded: Set<string>,
  budget: ExpansionBudget,
  visit: (occurrence: ICAL.Time) => boolean
): ExpansionEnd {
  const expansion = new ICAL.RecurExpansion({ component: event, dtstart })
  for (let steps = 0; ; steps += 1) {
    if (steps >= MAX_EXPANSION_STEPS_PER_EVENT || budget.stepsLeft <= 0) return 'budget'
    budget.stepsLeft -= 1
    const occurrence = expansion.next()
    if (!occurrence) return 'complete'
    if (excluded.has(dayKey(occurrence))) continue
    if (!visit(occurrence)) return 'stopped'
  }
}

const SECONDS_PER: Readonly<Record<string, number>> = {
  SECONDLY: 1,
  MINUTELY: 60,
  HOURLY: 3600,
  DAILY: 86_400,
  WEEKLY: 604_800
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b)
}

/**
 * ical.js walks a series from DTSTART one occurrence at a time (tens of microseconds each), so a daily event from
 * 1990 costs 13,000 steps before a 2027 range. When the series is periodic in whole days and has no COUNT, start the
 * walk a whole number of periods later instead: each period repeats the same pattern, so the occurrences from there
 * on are unchanged. The new start is kept one period plus the event's length (and two days of zone slack) before
 * the range, so that start itself (always yielded, even if the rule would not produce it) never reaches the range.
 * MONTHLY and YEARLY series move by whole years, only from a day that every month has (1-28).
 */
function fastForwardedStart(event: ICAL.Component, timing: EventTiming, rangeStartMs: number): ICAL.Time {
  const rule = event.getFirstPropertyValue('rrule')
  const start = timing.start
  if (!(rule instanceof ICAL.Recur) || rule.count || event.getAllProperties('rrule').length !== 1) return start
  const interval = Math.max(1, Math.floor(rule.interval || 1))
  const first = timing.spanOf(start)
  const leadDays = Math.floor((rangeStartMs - first.startMs) / DAY_MS)
  const lengthDays = Math.ceil(Math.max(0, first.endMs - first.startMs) / DAY_MS)
  const seconds = SECONDS_PER[rule.freq]
  if (seconds !== undefined) {
    const periodSeconds = seconds * interval
    const periodDays = periodSeconds / gcd(periodSeconds, 86_400)
    const periods = Math.floor((leadDays - periodDays - lengthDays - 2) / periodDays)
    if (periods <= 0) return start
    const moved = start.clone()
    moved.adjust(periods * periodDays, 0, 0, 0)
    return moved
  }
  if ((rule.freq === 'MONTHLY' || rule.freq === 'YEARLY') && start.day <= 28) {
    const periodYears = rule.freq === 'YEARLY' ? interval : (interval * 12) / gcd(interval, 12) / 12
    const years = Math.floor((leadDays / 366 - periodYears - lengthDays / 366 - 1) / periodYears) * periodYears
    if (years <= 0) return start
    const moved = start.clone()
    moved.year += years
    return moved
  }
  return start
}
