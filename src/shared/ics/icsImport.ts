// Imports busy time from .ics text (ical.js does the parsing): events become busy intervals in a date range.
import ICAL from 'ical.js'
import { EventFieldError, MAX_EVENT_DAYS, readEventTiming, type EventTiming } from './eventTiming'
import { errorMessage, icsProblem, parseIcs, printable, type IcsProblem } from './icsParse'
import { forEachOccurrence, type ExpansionBudget } from './recurrenceExpansion'
import { takePeriodRdates } from './recurrenceFixups'
import { MAX_VTIMEZONES, refusedRuleReason, refusedZoneReason, type Refusal } from './ruleLimits'
import {
  MAX_CANDIDATES_PER_EVENT,
  MAX_CANDIDATES_PER_FILE,
  WorkBudgetSpent,
  withWorkBudget,
  type WorkBudget
} from './workBudget'
import { DAY_MS, isKnownTimeZone, wallAsUtcMs } from '../time'
import { messageRef, type MessageRef } from '../i18n/ref'
import type { ProblemMessage } from '../validation/problemText'

/** A span of time the learner is busy: [startMs, endMs) in epoch milliseconds, start < end. */
export interface BusyInterval {
  startMs: number
  endMs: number
  /** The event's SUMMARY, when it has one. */
  label?: string
}

/** Something in the file that was not turned into busy time, and why. */
export interface ImportNote {
  /** e.g. 'VEVENT #3 (UID abc@google.com)' or 'VEVENT #3 (UID abc) DTSTART'. */
  where: string
  /** Why, as a catalog message (errors.ics.skipped.*, errors.ics.note.*); show it with problemText(t, reason). */
  reason: ProblemMessage
}

/** Options of importBusyIcs. */
export interface ImportBusyOptions {
  /** The plan's IANA zone: all-day events and floating times are read in it. */
  zone: string
  /** Only busy time in [rangeStartMs, rangeEndMs) is returned; intervals are clipped to it. */
  rangeStartMs: number
  rangeEndMs: number
  /** At most this many intervals are returned (default DEFAULT_MAX_INTERVALS); the rest are reported skipped. */
  maxIntervals?: number
}

/**
 * The outcome of an import. `ok: true` carries busy intervals sorted by start, events that were left out
 * (`skipped`: cancelled, free, malformed, past a limit) and `notes` on how times were read; `ok: false` means the
 * file as a whole could not be used, and `error.where` names the line or event at fault.
 */
export type ImportBusyResult =
  | { ok: true; busy: BusyInterval[]; skipped: ImportNote[]; notes: ImportNote[] }
  | { ok: false; error: IcsProblem }

/** Default cap on returned intervals. */
export const DEFAULT_MAX_INTERVALS = 5_000
/** Recurrence steps allowed per file (see MAX_EXPANSION_STEPS_PER_EVENT): bounds the work hostile RRULEs can cause. */
export const MAX_EXPANSION_STEPS_PER_FILE = 100_000
const LABEL_MAX = 200
// Occurrences come in wall-clock order; two days of slack covers any UTC offset before stopping at the range end.
const RANGE_END_SLACK_MS = 2 * DAY_MS
// UTC offsets in a file are at most ±99:59 (TZOFFSETTO's two hour digits); five days covers them with room to spare.
const ZONE_SLACK_MS = 5 * DAY_MS

interface ImportState {
  options: Required<ImportBusyOptions>
  busy: BusyInterval[]
  skipped: ImportNote[]
  notes: ImportNote[]
  budget: ExpansionBudget
  work: WorkBudget
}

/**
 * Reads busy time from .ics text: single events, recurring ones (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides)
 * expanded within the range, all-day events as midnight-to-midnight in the plan zone. TRANSP:TRANSPARENT and
 * STATUS:CANCELLED events are not busy. Never throws; pure and host-zone independent.
 */
export function importBusyIcs(text: string, options: ImportBusyOptions): ImportBusyResult {
  try {
    return importChecked(text, options)
  } catch (error) {
    return {
      ok: false,
      error: icsProblem('file', messageRef('errors.ics.unreadable', { detail: errorMessage(error) }))
    }
  }
}

function importChecked(text: string, options: ImportBusyOptions): ImportBusyResult {
  const optionsProblem = checkOptions(options)
  if (optionsProblem) return { ok: false, error: optionsProblem }
  const parsed = parseIcs(text)
  if (!parsed.ok) return parsed
  const zoneCount = parsed.roots.reduce((sum, root) => sum + root.getAllSubcomponents('vtimezone').length, 0)
  if (zoneCount > MAX_VTIMEZONES) {
    const values = { count: String(zoneCount), max: String(MAX_VTIMEZONES) }
    return { ok: false, error: icsProblem('file', messageRef('errors.ics.tooManyZones', values)) }
  }
  const state: ImportState = {
    options: { ...options, maxIntervals: options.maxIntervals ?? DEFAULT_MAX_INTERVALS },
    busy: [],
    skipped: [],
    notes: [],
    budget: { stepsLeft: MAX_EXPANSION_STEPS_PER_FILE },
    work: { fileLeft: MAX_CANDIDATES_PER_FILE, eventLeft: MAX_CANDIDATES_PER_EVENT }
  }
  const events = parsed.roots.flatMap((root) => eventsOf(root, state.skipped))
  const malformed: EventProblem[] = []
  withWorkBudget(state.work, () => {
    const overrides = overrideKeysByUid(events, options.zone, state.work)
    events.forEach((event, index) => {
      state.work.eventLeft = MAX_CANDIDATES_PER_EVENT
      const problem = importEvent(event, `VEVENT #${index + 1}${uidPart(event)}`, overrides, state)
      if (problem) malformed.push(problem)
    })
  })
  const first = malformed[0]
  if (first && malformed.length === events.length) {
    const ref = messageRef(first.ref.key, { ...first.ref.values, more: malformed.length - 1 })
    return { ok: false, error: icsProblem(first.where, ref) }
  }
  return { ok: true, busy: earliest(sortedUnique(state.busy), state), skipped: state.skipped, notes: state.notes }
}

/** Keeps the first maxIntervals intervals in time, so the cap never depends on the order of events in the file. */
function earliest(busy: BusyInterval[], state: ImportState): BusyInterval[] {
  const { maxIntervals } = state.options
  if (busy.length <= maxIntervals) return busy
  const values = { count: String(busy.length - maxIntervals), max: String(maxIntervals) }
  state.skipped.push({ where: 'file', reason: messageRef('errors.ics.skipped.overLimit', values) })
  return busy.slice(0, maxIntervals)
}

function checkOptions(options: ImportBusyOptions): IcsProblem | null {
  if (!options || typeof options !== 'object') return icsProblem('options', messageRef('errors.ics.noOptions'))
  if (!isKnownTimeZone(options.zone)) {
    return icsProblem('options.zone', messageRef('errors.ics.unknownZone', { zone: printable(String(options.zone)) }))
  }
  const { rangeStartMs, rangeEndMs, maxIntervals } = options
  if (!Number.isFinite(rangeStartMs) || !Number.isFinite(rangeEndMs) || rangeStartMs >= rangeEndMs) {
    return icsProblem('options.range', messageRef('errors.ics.badRange'))
  }
  if (maxIntervals !== undefined && !(Number.isInteger(maxIntervals) && maxIntervals > 0)) {
    return icsProblem('options.maxIntervals', messageRef('errors.ics.badMaxIntervals'))
  }
  return null
}

/**
 * VEVENTs of a root, after dropping VTIMEZONEs that cannot work (no TZID or no observance), as ical.js trips on them,
 * and those refused before ical.js expands them (see refusedZoneReason), reported in `skipped`; times in a dropped
 * zone are then read by its TZID's IANA or Windows name, or in the plan zone with a note.
 */
function eventsOf(root: ICAL.Component, skipped: ImportNote[]): ICAL.Component[] {
  if (root.name === 'vevent') return [root]
  root.getAllSubcomponents('vtimezone').forEach((zone, index) => {
    const tzid = textOf(zone, 'tzid')
    const hasObservance = zone.getAllSubcomponents().some((sub) => sub.name === 'standard' || sub.name === 'daylight')
    if (tzid === '' || !hasObservance) {
      root.removeSubcomponent(zone)
      return
    }
    let refusal: Refusal | null
    try {
      refusal = refusedZoneReason(zone)
    } catch (error) {
      refusal = { reason: 'unreadable', detail: errorMessage(error) }
    }
    if (refusal) {
      root.removeSubcomponent(zone)
      skipped.push({
        where: `VTIMEZONE #${index + 1} (TZID ${tzid.slice(0, 60)})`,
        reason: messageRef('errors.ics.skipped.zone', refusal)
      })
    }
  })
  return root.getAllSubcomponents('vevent')
}

function textOf(event: ICAL.Component, name: string): string {
  try {
    const value = event.getFirstPropertyValue(name)
    return typeof value === 'string' ? value.trim() : ''
  } catch {
    return ''
  }
}

function uidPart(event: ICAL.Component): string {
  const uid = textOf(event, 'uid')
  return uid ? ` (UID ${uid.length > 60 ? `${uid.slice(0, 60)}…` : uid})` : ''
}

/** Keys of the occurrences that RECURRENCE-ID overrides replace, per UID; the overrides are imported on their own. */
function overrideKeysByUid(events: ICAL.Component[], planZone: string, work: WorkBudget): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>()
  for (const event of events) {
    if (!event.hasProperty('recurrence-id')) continue
    work.eventLeft = MAX_CANDIDATES_PER_EVENT
    try {
      const recurrenceId = event.getFirstPropertyValue('recurrence-id')
      if (!(recurrenceId instanceof ICAL.Time)) continue
      const key = occurrenceKey(recurrenceId, readEventTiming(event, planZone))
      const uid = textOf(event, 'uid')
      keys.set(uid, (keys.get(uid) ?? new Set()).add(key))
    } catch {
      // An unreadable override is reported when it is imported itself; the master occurrence then stays.
    }
  }
  return keys
}

function occurrenceKey(time: ICAL.Time, timing: EventTiming): string {
  return time.isDate ? `D:${time.year}-${time.month}-${time.day}` : `T:${timing.instantOf(time)}`
}

/** A malformed event: where, and what is wrong (its `more` argument counts other malformed events, 0 here). */
interface EventProblem {
  readonly where: string
  readonly ref: MessageRef
}

/** The problem of an event whose timing could not be read. */
function eventProblem(where: string, error: unknown): EventProblem {
  if (error instanceof EventFieldError) {
    const { property, problem, detail } = error
    const values = { event: where, property, problem, detail, days: String(MAX_EVENT_DAYS), more: 0 }
    return { where: `${where} ${property}`, ref: messageRef('errors.ics.event.field', values) }
  }
  if (error instanceof WorkBudgetSpent)
    return { where, ref: messageRef('errors.ics.event.slowZone', { event: where, more: 0 }) }
  return {
    where,
    ref: messageRef('errors.ics.event.unreadable', { event: where, detail: errorMessage(error), more: 0 })
  }
}

/** Imports one VEVENT into `state`; returns the problem when the event itself is malformed. */
function importEvent(
  event: ICAL.Component,
  where: string,
  overrides: Map<string, Set<string>>,
  state: ImportState
): EventProblem | null {
  if (textOf(event, 'status').toUpperCase() === 'CANCELLED') {
    state.skipped.push({ where, reason: messageRef('errors.ics.skipped.cancelled') })
    return null
  }
  if (textOf(event, 'transp').toUpperCase() === 'TRANSPARENT') {
    state.skipped.push({ where, reason: messageRef('errors.ics.skipped.free') })
    return null
  }
  let timing: EventTiming
  try {
    timing = readEventTiming(event, state.options.zone)
  } catch (error) {
    const problem = eventProblem(where, error)
    state.skipped.push({ where: problem.where, reason: problem.ref })
    return problem
  }
  for (const note of timing.notes) state.notes.push({ where, reason: note })
  const label = textOf(event, 'summary').slice(0, LABEL_MAX)
  const first = timing.spanOf(timing.start)
  if (!(first.endMs > first.startMs)) {
    state.skipped.push({ where, reason: messageRef('errors.ics.skipped.noDuration') })
    return null
  }
  const isSingle = event.hasProperty('recurrence-id') || (!event.hasProperty('rrule') && !event.hasProperty('rdate'))
  if (isSingle) {
    addSpan(first, label, state)
    return null
  }
  expandRecurrence(event, timing, overrides.get(textOf(event, 'uid')) ?? new Set(), label, where, state)
  return null
}

function expandRecurrence(
  event: ICAL.Component,
  timing: EventTiming,
  replaced: Set<string>,
  label: string,
  where: string,
  state: ImportState
): void {
  const stopAtMs = state.options.rangeEndMs + RANGE_END_SLACK_MS
  try {
    const refused = refusedRules(event)
    if (refused) {
      const values = { ...refused, labelled: label ? 'yes' : 'no', label: printable(label) }
      state.skipped.push({ where, reason: messageRef('errors.ics.skipped.rule', values) })
      return
    }
    for (const period of takePeriodRdates(event)) {
      addSpan({ startMs: timing.instantOf(period.start), endMs: timing.instantOf(period.getEnd()) }, label, state)
    }
    let added = 0
    const first = timing.spanOf(timing.start)
    // Wall-clock fields read as UTC are within ZONE_SLACK_MS of the instant, whatever the zone: steps clearly before the
    // range are passed over without asking Intl for the zone's offset (tens of microseconds each).
    const lengthMs = Math.max(0, first.endMs - first.startMs) + DAY_MS
    const end = forEachOccurrence(event, timing, state.options.rangeStartMs, state.budget, (occurrence) => {
      const wallMs = wallAsUtcMs(occurrence)
      if (wallMs + lengthMs + ZONE_SLACK_MS < state.options.rangeStartMs) return true
      if (wallMs - ZONE_SLACK_MS >= stopAtMs) return false
      if (replaced.size > 0 && replaced.has(occurrenceKey(occurrence, timing))) return true
      const span = timing.spanOf(occurrence)
      if (span.startMs >= stopAtMs) return false
      if (addSpan(span, label, state)) added += 1
      // One event never needs to give more than maxIntervals: only the earliest maxIntervals overall are kept.
      return added < state.options.maxIntervals
    })
    if (end === 'budget') {
      state.skipped.push({ where, reason: messageRef('errors.ics.skipped.tooOften') })
    }
  } catch (error) {
    if (error instanceof WorkBudgetSpent) {
      state.skipped.push({ where, reason: messageRef('errors.ics.skipped.tooMuchWork', { scope: error.scope }) })
    } else {
      state.skipped.push({
        where: `${where} RRULE`,
        reason: messageRef('errors.ics.skipped.notExpanded', { detail: errorMessage(error) })
      })
    }
  }
}

/** Why one of the event's RRULEs is refused before expansion (see refusedRuleReason), or null. */
function refusedRules(event: ICAL.Component): Refusal | null {
  for (const property of event.getAllProperties('rrule')) {
    const rule: unknown = property.getFirstValue()
    if (!(rule instanceof ICAL.Recur)) continue
    const reason = refusedRuleReason(rule)
    if (reason) return reason
  }
  return null
}

/** Adds one occurrence clipped to the range; returns whether any of it fell inside. */
function addSpan(span: { startMs: number; endMs: number }, label: string, state: ImportState): boolean {
  const startMs = Math.max(span.startMs, state.options.rangeStartMs)
  const endMs = Math.min(span.endMs, state.options.rangeEndMs)
  if (!(startMs < endMs)) return false
  state.busy.push(label ? { startMs, endMs, label } : { startMs, endMs })
  return true
}

function sortedUnique(busy: BusyInterval[]): BusyInterval[] {
  const seen = new Set<string>()
  return [...busy]
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs)
    .filter((interval) => {
      const key = `${interval.startMs}/${interval.endMs}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}
