// Wall-clock arithmetic in an IANA zone with Intl only, so results never depend on the host's own time zone.

/** The local calendar and clock fields of an instant in a zone. */
export interface WallFields {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  /** 0 = Sunday ... 6 = Saturday. */
  readonly weekday: number
}

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

// Building a formatter costs far more than using one; a plan has one zone, so the cache stays tiny.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit'
    })
    formatters.set(zone, formatter)
  }
  return formatter
}

/** The local date and time fields of `instant` in `zone`. */
export function wallFields(instant: number, zone: string): WallFields {
  const parts: Record<string, string> = {}
  for (const part of formatterFor(zone).formatToParts(instant)) parts[part.type] = part.value
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday as (typeof WEEKDAYS)[number])
  }
}

function pad2(value: number): string {
  return String(value).padStart(2, '0')
}

/** The local calendar date 'YYYY-MM-DD' of `instant` in `zone`. */
export function localDate(instant: number, zone: string): string {
  const f = wallFields(instant, zone)
  return `${f.year}-${pad2(f.month)}-${pad2(f.day)}`
}

/** The local clock time 'HH:mm' of `instant` in `zone`. */
export function localClockTime(instant: number, zone: string): string {
  const f = wallFields(instant, zone)
  return `${pad2(f.hour)}:${pad2(f.minute)}`
}

/** A short local day label such as 'Tue 16 Mar' (English, locale-independent). */
export function localDayLabel(instant: number, zone: string): string {
  const f = wallFields(instant, zone)
  return `${WEEKDAYS[f.weekday] ?? ''} ${f.day} ${MONTHS[f.month - 1] ?? ''}`
}

// The zone's offset from UTC at `instant`, in ms, at minute precision (all offsets since 1970 are whole minutes).
function offsetAt(instant: number, zone: string): number {
  const f = wallFields(instant, zone)
  const wallAsUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute)
  return wallAsUtc - (instant - (((instant % MINUTE_MS) + MINUTE_MS) % MINUTE_MS))
}

/**
 * The instant at which the wall clock in `zone` shows `time` ('HH:mm') on `date` ('YYYY-MM-DD'). An ambiguous time
 * (clocks going back) resolves to its earlier instant; a time skipped by clocks going forward resolves to the same
 * distance after the jump (02:30 on a spring-forward night becomes 03:30), as @date-fns/tz does.
 */
export function instantAtLocal(date: string, time: string, zone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute)
  const offsetBefore = offsetAt(wallAsUtc - DAY_MS, zone)
  const offsetAfter = offsetAt(wallAsUtc + DAY_MS, zone)
  const candidates = [wallAsUtc - offsetBefore, wallAsUtc - offsetAfter, wallAsUtc - offsetAt(wallAsUtc, zone)]
  const matching = candidates.filter((candidate) => offsetAt(candidate, zone) === wallAsUtc - candidate)
  return matching.length > 0 ? Math.min(...matching) : wallAsUtc - offsetBefore
}

/** The local date after `date` ('YYYY-MM-DD'), calendar arithmetic only. */
export function nextLocalDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const next = new Date(Date.UTC(year, month - 1, day + 1))
  return `${next.getUTCFullYear()}-${pad2(next.getUTCMonth() + 1)}-${pad2(next.getUTCDate())}`
}

/** The first instant of the local day after the one containing `instant` (local midnight, or later if skipped). */
export function startOfNextLocalDay(instant: number, zone: string): number {
  return instantAtLocal(nextLocalDate(localDate(instant, zone)), '00:00', zone)
}
