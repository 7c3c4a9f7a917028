// IANA zone names: the one validity check and the cached Intl formatter every wall-time reading goes through.

/** Longest IANA zone name accepted (the longest real one is about 32 characters). */
export const MAX_ZONE_NAME_LENGTH = 64

/** Only letters, digits and the punctuation IANA zone names use (`America/Port-au-Prince`, `Etc/GMT+5`). */
const zoneCharacters = /^[A-Za-z0-9_+\-/]+$/

const formatters = new Map<string, Intl.DateTimeFormat>()
const unknownZones = new Set<string>()
/** Caps the memory a stream of made-up names can take; real zone names number about 600. */
const MAX_REMEMBERED_UNKNOWN = 1000

/**
 * The numeric en-US formatter of `zone` (h23, with the era so years before 1 AD are not misread), built once per zone:
 * building one costs ~0.3 ms. Throws a RangeError for a zone Intl does not know.
 */
export function zoneFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone)
  if (!formatter) {
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

/**
 * Whether `zone` is an IANA time-zone name this runtime knows (e.g. 'Europe/Rome'). Intl throws on an unknown zone,
 * which is the one reliable test without a zone database of our own; names that are empty, longer than
 * {@link MAX_ZONE_NAME_LENGTH} or use characters no IANA name has are refused before asking it.
 */
export function isKnownTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > MAX_ZONE_NAME_LENGTH || !zoneCharacters.test(zone))
    return false
  if (formatters.has(zone)) return true
  if (unknownZones.has(zone)) return false
  try {
    zoneFormatter(zone)
    return true
  } catch {
    if (unknownZones.size < MAX_REMEMBERED_UNKNOWN) unknownZones.add(zone)
    return false
  }
}
