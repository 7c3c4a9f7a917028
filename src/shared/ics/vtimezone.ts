// Builds a VTIMEZONE for an IANA zone from Intl's offsets, since ical.js carries no time-zone database.
import ICAL from 'ical.js'
import { DAY_MS, HOUR_MS, offsetAt, type WallTime, wallTimeOf } from '../time'

/** One change of a zone's UTC offset. */
export interface ZoneTransition {
  /** The instant the new offset starts (epoch ms). */
  atMs: number
  offsetFromMs: number
  offsetToMs: number
}

// Offsets are sampled every 6 hours: real zones never change twice within 6 hours, and a year costs ~1,500 lookups.
const SAMPLE_MS = 6 * HOUR_MS

/**
 * Transitions already found, by zone and span: a CalDAV publish writes one calendar object per session, each with its
 * VTIMEZONE, and sampling a year took ~5 ms per object. Bounded; the values are never handed out, only copies.
 */
const transitionCache = new Map<string, readonly ZoneTransition[]>()
const TRANSITION_CACHE_SIZE = 64

/** The offset changes of `zone` in [fromMs, toMs), found by sampling and then bisecting to the second. */
export function findTransitions(zone: string, fromMs: number, toMs: number): ZoneTransition[] {
  const key = `${zone}|${fromMs}|${toMs}`
  const cached = transitionCache.get(key)
  if (cached) return cached.map((change) => ({ ...change }))
  const transitions = sampleTransitions(zone, fromMs, toMs)
  if (transitionCache.size >= TRANSITION_CACHE_SIZE) transitionCache.clear()
  transitionCache.set(
    key,
    transitions.map((change) => ({ ...change }))
  )
  return transitions
}

function sampleTransitions(zone: string, fromMs: number, toMs: number): ZoneTransition[] {
  const transitions: ZoneTransition[] = []
  let previousMs = fromMs
  let previousOffset = offsetAt(fromMs, zone)
  for (let sampleMs = fromMs + SAMPLE_MS; sampleMs < toMs + SAMPLE_MS; sampleMs += SAMPLE_MS) {
    const offset = offsetAt(sampleMs, zone)
    if (offset !== previousOffset) {
      const atMs = bisect(zone, previousMs, sampleMs, offset)
      if (atMs < toMs) transitions.push({ atMs, offsetFromMs: previousOffset, offsetToMs: offset })
    }
    previousMs = sampleMs
    previousOffset = offset
  }
  return transitions
}

/** The first whole second in (lowMs, highMs] whose offset is `offsetAtHigh`. */
function bisect(zone: string, lowMs: number, highMs: number, offsetAtHigh: number): number {
  let low = lowMs
  let high = highMs
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000
    if (offsetAt(middle, zone) === offsetAtHigh) high = middle
    else low = middle
  }
  return high
}

function utcOffsetValue(offsetMs: number): ICAL.UtcOffset {
  return ICAL.UtcOffset.fromSeconds(Math.round(offsetMs / 1000))
}

function floatingTime(wall: WallTime): ICAL.Time {
  // A VTIMEZONE observance's DTSTART is local time with no zone of its own (RFC 5545 3.6.5).
  return new ICAL.Time({ ...wall, isDate: false }, ICAL.Timezone.localTimezone)
}

function observance(kind: 'standard' | 'daylight', startWall: WallTime, fromMs: number, toMs: number): ICAL.Component {
  const component = new ICAL.Component(kind)
  component.addPropertyWithValue('dtstart', floatingTime(startWall))
  component.addPropertyWithValue('tzoffsetfrom', utcOffsetValue(fromMs))
  component.addPropertyWithValue('tzoffsetto', utcOffsetValue(toMs))
  return component
}

/**
 * A VTIMEZONE for `zone` covering calendar years firstYear..lastYear: one observance per offset change (with its
 * local start written in the offset before the change), plus one at the start that holds the offset in force
 * then. An offset above the lowest one seen is DAYLIGHT, the rest STANDARD. Pure: Intl supplies the offsets.
 */
export function buildVtimezone(zone: string, firstYear: number, lastYear: number): ICAL.Component {
  const fromMs = Date.UTC(firstYear, 0, 1) - 2 * DAY_MS
  const toMs = Date.UTC(lastYear + 1, 0, 1) + 2 * DAY_MS
  const transitions = findTransitions(zone, fromMs, toMs)
  const initialOffset = offsetAt(fromMs, zone)
  const lowest = Math.min(initialOffset, ...transitions.map((change) => change.offsetToMs))
  const kindOf = (offsetMs: number): 'standard' | 'daylight' => (offsetMs > lowest ? 'daylight' : 'standard')
  const vtimezone = new ICAL.Component('vtimezone')
  vtimezone.addPropertyWithValue('tzid', zone)
  vtimezone.addPropertyWithValue('x-lic-location', zone)
  vtimezone.addSubcomponent(observance(kindOf(initialOffset), wallTimeOf(fromMs, zone), initialOffset, initialOffset))
  for (const change of transitions) {
    const localStart = wallTimeOf(change.atMs + change.offsetFromMs, 'UTC')
    vtimezone.addSubcomponent(observance(kindOf(change.offsetToMs), localStart, change.offsetFromMs, change.offsetToMs))
  }
  return vtimezone
}
