// The time zones a learner can pick, as people know them: a city and its region, the zone's current offset from UTC,
// and its name in the learner's language ('Central European Time'), all searchable.
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

/** One zone as a learner reads it, with its offset at `now`. */
export function zoneOption(id: string, now: number, locale: string | undefined): ZoneOption {
  const parts = id.split('/')
  const idCity = parts.length > 1 ? parts.at(-1)!.replaceAll('_', ' ') : id
  const city = RENAMED_CITIES[id] ?? idCity
  const region = parts.length > 1 ? parts.slice(0, -1).join(' · ').replaceAll('_', ' ') : ''
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
  const searchText = searchable([id, idCity, city, region, offset, offset.replace('−', '-'), longName].join(' '))
  return { id, city, region, offset, offsetMinutes, longName, searchText }
}

/** The zones as options, west to east, then by city. */
export function zoneOptions(ids: readonly string[], now: number, locale: string | undefined): ZoneOption[] {
  return ids
    .map((id) => zoneOption(id, now, locale))
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

/** The label of a zone in the picker's field: 'New York (America) · UTC−05:00'. */
export function zoneLabel(option: ZoneOption): string {
  return `${option.city}${option.region ? ` (${option.region})` : ''} · ${option.offset}`
}
