// The time zones a learner can pick, as people know them: a city and its region, the zone's current offset from UTC,
// and its name in the learner's language ('Central European Time'), all searchable.
import type { Translate } from '../../../../shared/i18n/translator'
import { offsetAt } from '../../../../shared/time'

export interface ZoneOption {
  /** The IANA id stored with the plan, e.g. 'America/New_York'. */
  readonly id: string
  /** 'New York'; for a zone with no city (UTC, Etc/GMT+5), the id itself. */
  readonly city: string
  /** 'America', or 'America · Argentina' for a three-part id; '' when there is none. */
  readonly region: string
  /** The offset now, e.g. 'UTC−05:00', 'UTC+05:30', 'UTC'. */
  readonly offset: string
  /** Minutes east of UTC now: the list's order. */
  readonly offsetMinutes: number
  /** The zone's generic name in the locale, e.g. 'Eastern Time'; '' where the runtime has none. */
  readonly longName: string
  /** Everything above, lower-cased and without accents, for matching what the learner types. */
  readonly searchText: string
}

/** 'UTC+05:30' for 330 minutes, with a true minus sign west of Greenwich. */
export function offsetText(minutes: number): string {
  if (minutes === 0) return 'UTC'
  const sign = minutes > 0 ? '+' : '−'
  const whole = Math.abs(minutes)
  return `UTC${sign}${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`
}

/** Lower case, accents dropped, so 'sao paulo' finds 'São Paulo' and 'zurich' finds 'Zürich'. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
}

/**
 * Cities renamed since the IANA ids this runtime lists were made (Intl keeps the old canonical ids): shown by their
 * current names, and found by both.
 */
const RENAMED_CITIES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Kolkata',
  'Asia/Saigon': 'Ho Chi Minh City',
  'Asia/Katmandu': 'Kathmandu',
  'Asia/Rangoon': 'Yangon',
  'Europe/Kiev': 'Kyiv',
  'America/Godthab': 'Nuuk',
  'Atlantic/Faeroe': 'Faroe',
  'Pacific/Truk': 'Chuuk',
  'Pacific/Ponape': 'Pohnpei',
  'Pacific/Enderbury': 'Kanton'
}

/** Before time zones had names of their own: Intl then names a zone by its place (city or country) alone. */
const BEFORE_ZONE_NAMES = Date.UTC(1800, 0, 1)

/** Zone names by place, by locale and zone: the same for every `now`, so worked out once. */
const locationNames = new Map<string, string>()

/** The place Intl names a zone by, as formatted in `locale` ('New York Time', 'hora de Nueva York'); '' if none. */
function locationName(id: string, locale: string | undefined): string {
  const key = `${locale ?? ''}|${id}`
  let name = locationNames.get(key)
  if (name === undefined) {
    try {
      name =
        new Intl.DateTimeFormat(locale, { timeZone: id, timeZoneName: 'longGeneric' })
          .formatToParts(BEFORE_ZONE_NAMES)
          .find((part) => part.type === 'timeZoneName')?.value ?? ''
    } catch {
      name = ''
    }
    locationNames.set(key, name)
  }
  return name
}

/** The text around the place in `locale`'s "{place} time" pattern ('', ' Time'), from two zones named by city. */
const placePatterns = new Map<string, readonly [string, string] | null>()
function placePattern(locale: string | undefined): readonly [string, string] | null {
  const key = locale ?? ''
  if (!placePatterns.has(key)) {
    const [a, b] = [locationName('America/New_York', locale), locationName('Pacific/Honolulu', locale)]
    let start = 0
    while (start < a.length && a[start] === b[start]) start++
    let end = 0
    while (end < a.length - start && end < b.length - start && a.at(-1 - end) === b.at(-1 - end)) end++
    placePatterns.set(key, a && b && a !== b ? [a.slice(0, start), a.slice(a.length - end)] : null)
  }
  return placePatterns.get(key)!
}

/**
 * The zone's city in `locale` ('Nueva York', 'Moskau') where Intl names the zone by its city, else `fallback` (the
 * id's city). Intl names a zone by its country where the country has one zone: those cities keep the id's name.
 */
function localCity(id: string, idCity: string, fallback: string, locale: string | undefined): string {
  const pattern = placePattern(locale)
  const english = placeIn(locationName(id, 'en'), placePattern('en'))
  if (!pattern || english === null || searchable(english) !== searchable(idCity)) return fallback
  const local = placeIn(locationName(id, locale), pattern)
  return local && searchable(local) !== searchable(english) ? local : fallback
}

function placeIn(name: string, pattern: readonly [string, string] | null): string | null {
  if (!pattern || !name.startsWith(pattern[0]) || !name.endsWith(pattern[1])) return null
  return name.slice(pattern[0].length, name.length - pattern[1].length) || null
}

/**
 * One zone as a learner reads it, with its offset at `now`. With `t`, the region is in the learner's language and the
 * city too where Intl knows it in `locale`; both names stay searchable.
 */
export function zoneOption(id: string, now: number, locale: string | undefined, t?: Translate): ZoneOption {
  const parts = id.split('/')
  const idCity = parts.length > 1 ? parts.at(-1)!.replaceAll('_', ' ') : id
  const englishCity = RENAMED_CITIES[id] ?? idCity
  const city = t && parts.length > 1 ? localCity(id, idCity, englishCity, locale) : englishCity
  // The city's or country's name in the learner's language ('Österreich' finds Vienna), for searching only.
  const place = t ? (placeIn(locationName(id, locale), placePattern(locale)) ?? '') : ''
  const regionParts = parts.slice(0, -1)
  const englishRegion = regionParts.join(' · ').replaceAll('_', ' ')
  const region = t
    ? regionParts.map((part) => t('common.zonePicker.region', { part }).replaceAll('_', ' ')).join(' · ')
    : englishRegion
  const offsetMinutes = Math.round(offsetAt(now, id) / 60_000)
  const offset = offsetText(offsetMinutes)
  let longName = ''
  try {
    longName =
      new Intl.DateTimeFormat(locale, { timeZone: id, timeZoneName: 'longGeneric' })
        .formatToParts(now)
        .find((part) => part.type === 'timeZoneName')?.value ?? ''
  } catch {
    // A zone this runtime cannot name keeps its city and offset.
  }
  // 'GMT+5'-style generic names repeat the offset in another spelling: not worth showing.
  if (/^(GMT|UTC)/.test(longName)) longName = ''
  const searchText = searchable(
    [id, idCity, englishCity, city, place, englishRegion, region, offset, offset.replace('−', '-'), longName].join(' ')
  )
  return { id, city, region, offset, offsetMinutes, longName, searchText }
}

/** The zones as options, west to east, then by city. */
export function zoneOptions(
  ids: readonly string[],
  now: number,
  locale: string | undefined,
  t?: Translate
): ZoneOption[] {
  return ids
    .map((id) => zoneOption(id, now, locale, t))
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.city.localeCompare(b.city, locale))
}

/**
 * The options matching every word typed (city, region, offset such as '+5:30' or 'utc-3', or the zone's name), the
 * cities that start with what was typed first.
 */
export function matchingZones(options: readonly ZoneOption[], query: string): ZoneOption[] {
  const words = searchable(query)
    .split(/\s+/)
    .filter(Boolean)
    // '+5:30' finds 'UTC+05:30': offsets are matched with their hours padded.
    .map((word) =>
      word.replace(/^(utc|gmt)?([+-])(\d)(?=:|$)/, (_, _prefix, sign: string, hour: string) => `${sign}0${hour}`)
    )
  const matches = options.filter((option) => words.every((word) => option.searchText.includes(word)))
  const typed = searchable(query.trim())
  const cityFirst = (option: ZoneOption) => (typed && searchable(option.city).startsWith(typed) ? 0 : 1)
  return matches.sort((a, b) => cityFirst(a) - cityFirst(b))
}

/** A zone's name as a sentence says it: 'New York (America)', 'Nueva York (América)'. */
export function zoneName(option: ZoneOption): string {
  return `${option.city}${option.region ? ` (${option.region})` : ''}`
}

/** The label of a zone in the picker's field: 'New York (America) · UTC−05:00'. */
export function zoneLabel(option: ZoneOption): string {
  return `${zoneName(option)} · ${option.offset}`
}

/** The name of zone `id` in the learner's language, for text that mentions a zone (never the raw IANA id). */
export function zoneNameOf(id: string, now: number, locale: string | undefined, t: Translate): string {
  return zoneName(zoneOption(id, now, locale, t))
}
