// Wall-clock <-> instant conversion for IANA zones through Intl, so results never depend on the host's zone.

/** A local wall-clock time: calendar fields as a clock on the wall in some zone shows them (month 1-12). */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const DAY_MS = 86_400_000
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone)
  if (!formatter) {
    // en-US with h23 gives plain numeric parts; the era keeps years before 1 AD from being misread.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    formatters.set(zone, formatter)
  }
  return formatter
}

/** True when `zone` is an IANA time-zone name this JavaScript engine knows (e.g. 'Europe/Rome'). */
export function isKnownZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false
  try {
    formatterFor(zone)
    return true
  } catch {
    return false
  }
}

/** The wall time in `zone` at instant `ms` (whole seconds; milliseconds are dropped). */
export function wallFromInstant(zone: string, ms: number): WallTime {
  const fields: Record<string, number> = {}
  let bc = false
  for (const part of formatterFor(zone).formatToParts(new Date(ms))) {
    if (part.type === 'era') bc = part.value.startsWith('B')
    else if (part.type !== 'literal') fields[part.type] = Number(part.value)
  }
  const year = fields['year'] ?? 1970
  return {
    year: bc ? 1 - year : year,
    month: fields['month'] ?? 1,
    day: fields['day'] ?? 1,
    hour: fields['hour'] ?? 0,
    minute: fields['minute'] ?? 0,
    second: fields['second'] ?? 0
  }
}

/** Milliseconds of a wall time read as if it were UTC: the arithmetic base for offsets. */
export function wallAsUtcMs(wall: WallTime): number {
  const ms = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  // Date.UTC maps years 0-99 to 1900-1999; undo that so every year means itself.
  if (wall.year >= 0 && wall.year < 100) {
    const date = new Date(ms)
    date.setUTCFullYear(wall.year)
    return date.getTime()
  }
  return ms
}

/** UTC offset of `zone` at instant `ms`, in milliseconds (east of Greenwich is positive). */
export function offsetMsAt(zone: string, ms: number): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000
  return wallAsUtcMs(wallFromInstant(zone, wholeSecond)) - wholeSecond
}

function wallCandidates(zone: string, wall: WallTime): { valid: number[]; beforeGapMs: number } {
  const asUtc = wallAsUtcMs(wall)
  // Offsets a day either side bracket any single transition near this wall time.
  const offsetBefore = offsetMsAt(zone, asUtc - DAY_MS)
  const offsetAfter = offsetMsAt(zone, asUtc + DAY_MS)
  const valid = [...new Set([asUtc - offsetBefore, asUtc - offsetAfter])]
    .filter((candidate) => candidate + offsetMsAt(zone, candidate) === asUtc)
    .sort((a, b) => a - b)
  return { valid, beforeGapMs: asUtc - offsetBefore }
}

/**
 * The instant of wall time `wall` in `zone`, resolved as RFC 5545 (3.3.5) says: a time that occurs twice (the
 * fall-back hour) means its first occurrence; a time skipped by a spring-forward gap is read with the offset
 * before the gap (so 02:30 becomes 03:30 after the change).
 */
export function wallToInstant(zone: string, wall: WallTime): number {
  const { valid, beforeGapMs } = wallCandidates(zone, wall)
  return valid[0] ?? beforeGapMs
}

/** True when `wall` happens twice in `zone` (the repeated hour when clocks fall back). */
export function isAmbiguousWall(zone: string, wall: WallTime): boolean {
  return wallCandidates(zone, wall).valid.length > 1
}

/** The calendar date `days` after (or before) the given one, as wall fields at midnight. */
export function addDays(wall: WallTime, days: number): WallTime {
  const date = new Date(wallAsUtcMs({ ...wall, hour: 0, minute: 0, second: 0 }) + days * DAY_MS)
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: wall.hour,
    minute: wall.minute,
    second: wall.second
  }
}

/** Whole calendar days from date `from` to date `to` (time of day ignored). */
export function daysBetween(from: WallTime, to: WallTime): number {
  const midnight = (wall: WallTime): number => wallAsUtcMs({ ...wall, hour: 0, minute: 0, second: 0 })
  return Math.round((midnight(to) - midnight(from)) / DAY_MS)
}
