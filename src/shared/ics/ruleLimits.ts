// Refuses recurrence rules and time zones before ical.js expands them: the shapes that never end or cost minutes.
import ICAL from 'ical.js'

/** Most VTIMEZONE blocks read from one file; real exports carry one per zone they use, a handful. */
export const MAX_VTIMEZONES = 100
/** Most STANDARD/DAYLIGHT observances in one VTIMEZONE; a full historical zone (Europe/London) has under 100. */
export const MAX_OBSERVANCES_PER_VTIMEZONE = 1_000
/** Most starts a rule may give in one day: nothing repeats more often than hourly. */
export const MAX_STARTS_PER_DAY = 24
/** Largest INTERVAL accepted: ical.js steps an interval one day (or hour) at a time for every candidate it tries. */
export const MAX_RULE_INTERVAL = 100

// How many distinct values each BY-part can have (RFC 5545 3.3.10); a longer list only repeats values, at a cost per step.
const MAX_PART_VALUES: Readonly<Record<string, number>> = {
  BYSECOND: 61,
  BYMINUTE: 60,
  BYHOUR: 24,
  BYDAY: 7 * 107,
  BYMONTHDAY: 62,
  BYYEARDAY: 732,
  BYWEEKNO: 106,
  BYMONTH: 12,
  BYSETPOS: 732
}

// The BY-parts real VTIMEZONE rules use (e.g. BYMONTH=3;BYDAY=-1SU); the rest only make ical.js's expansion slower.
const ZONE_PARTS = new Set(['BYMONTH', 'BYDAY', 'BYMONTHDAY'])
const EVERY: Readonly<Record<string, string>> = { SECONDLY: 'second', MINUTELY: 'minute' }
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']

function numbers(rule: ICAL.Recur, part: string): number[] {
  const values: unknown = (rule.parts as Record<string, unknown>)[part]
  return Array.isArray(values) ? values.map(Number).filter(Number.isInteger) : []
}

function count(rule: ICAL.Recur, part: string): number {
  const values: unknown = (rule.parts as Record<string, unknown>)[part]
  return Array.isArray(values) ? values.length : 0
}

/**
 * Why a rule or time zone is refused: `reason` names a branch of errors.ics.skipped.rule (a rule's reasons) or
 * errors.ics.skipped.zone (a zone's and a rule's), the other fields are that branch's arguments.
 */
export type Refusal = { readonly reason: string } & Readonly<Record<string, string>>

/**
 * Why an event's RRULE is refused before expansion (see {@link Refusal}), or null when it can be expanded. Refused:
 * rules repeating every second or minute, or giving more than {@link MAX_STARTS_PER_DAY} starts a day; INTERVAL over
 * {@link MAX_RULE_INTERVAL}; BY-lists longer than the values they can hold; and day filters no date can meet (such as
 * BYMONTH=2;BYMONTHDAY=30), which ical.js would search for forever.
 */
export function refusedRuleReason(rule: ICAL.Recur): Refusal | null {
  const key = rule.toString()
  const known = verdicts.get(key)
  if (known !== undefined) return known
  // A file often repeats one rule across many events: each distinct rule is judged once (the cache stays small).
  if (verdicts.size >= 1_000) verdicts.clear()
  const verdict = judgeRule(rule, key)
  verdicts.set(key, verdict)
  return verdict
}

const verdicts = new Map<string, Refusal | null>()

function judgeRule(rule: ICAL.Recur, key: string): Refusal | null {
  const text = key.slice(0, 80)
  const every = EVERY[rule.freq]
  if (every) return { reason: 'tooOften', rule: text, every }
  const interval = rule.interval || 1
  if (interval > MAX_RULE_INTERVAL)
    return { reason: 'interval', rule: text, interval: String(interval), max: String(MAX_RULE_INTERVAL) }
  for (const [part, max] of Object.entries(MAX_PART_VALUES)) {
    if (count(rule, part) > max)
      return { reason: 'tooManyValues', rule: text, count: String(count(rule, part)), part, max: String(max) }
  }
  const perHour = Math.max(1, count(rule, 'BYMINUTE')) * Math.max(1, count(rule, 'BYSECOND'))
  const hours = rule.freq === 'HOURLY' ? Math.ceil(24 / interval) : Math.max(1, count(rule, 'BYHOUR'))
  if (hours * perHour > MAX_STARTS_PER_DAY) {
    return { reason: 'tooManyStarts', rule: text, count: String(hours * perHour), max: String(MAX_STARTS_PER_DAY) }
  }
  if (!someDayMatches(rule)) return { reason: 'never', rule: text }
  return null
}

/**
 * Whether some date meets the rule's BYMONTH, BYMONTHDAY, BYYEARDAY, BYDAY and (yearly) BYWEEKNO together. BYSETPOS
 * is ignored and a week number counts as met a week either side (WKST and year ends move weeks by one), so the check
 * can only say "possible" too often, never refuse a rule that can happen. Each of the 14 kinds of year (leap or not,
 * by the weekday of January 1) is tried: every year is one of them.
 */
function someDayMatches(rule: ICAL.Recur): boolean {
  const months = new Set(numbers(rule, 'BYMONTH'))
  const monthDays = numbers(rule, 'BYMONTHDAY')
  const yearDays = numbers(rule, 'BYYEARDAY')
  const byDay = byDays(rule)
  // RFC 5545 allows BYWEEKNO in yearly rules only; ical.js searches a whole year per candidate for it (BYWEEKNO=25 in
  // November took a second before the iteration budget stopped it).
  const weekNumbers = rule.freq === 'YEARLY' ? numbers(rule, 'BYWEEKNO') : []
  const filters = [months.size, monthDays.length, yearDays.length, byDay.length, weekNumbers.length].filter(
    (size) => size > 0
  ).length
  if (filters < 2) return true
  // RFC 5545: a BYDAY ordinal counts within the month for MONTHLY rules and YEARLY rules with BYMONTH, else within the
  // year; other frequencies take no ordinal, so only its weekday is checked there.
  const ordinalIn =
    rule.freq === 'MONTHLY' || (rule.freq === 'YEARLY' && months.size > 0)
      ? 'month'
      : rule.freq === 'YEARLY'
        ? 'year'
        : null
  const dayMatches = (weekday: number, day: number, length: number, yearDay: number, yearLength: number): boolean =>
    byDay.some((code) => {
      if (code.weekday !== weekday) return false
      if (code.ordinal === 0 || ordinalIn === null) return true
      const [at, of] = ordinalIn === 'month' ? [day, length] : [yearDay, yearLength]
      return code.ordinal > 0 ? Math.ceil(at / 7) === code.ordinal : -Math.ceil((of - at + 1) / 7) === code.ordinal
    })
  for (const leap of [false, true]) {
    const monthLengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    const yearLength = leap ? 366 : 365
    for (let firstWeekday = 0; firstWeekday < 7; firstWeekday++) {
      let yearDay = 0
      for (let month = 1; month <= 12; month++) {
        const length = monthLengths[month - 1]!
        for (let day = 1; day <= length; day++) {
          yearDay++
          if (months.size > 0 && !months.has(month)) continue
          if (monthDays.length > 0 && !monthDays.some((value) => (value > 0 ? value : length + value + 1) === day))
            continue
          if (
            yearDays.length > 0 &&
            !yearDays.some((value) => (value > 0 ? value : yearLength + value + 1) === yearDay)
          )
            continue
          if (byDay.length > 0 && !dayMatches((firstWeekday + yearDay - 1) % 7, day, length, yearDay, yearLength))
            continue
          if (weekNumbers.length > 0 && !weekNumberNear(weekNumbers, (firstWeekday + yearDay - 1) % 7, yearDay))
            continue
          return true
        }
      }
    }
  }
  return false
}

/**
 * Whether one of the BYWEEKNO values is within a week of the ISO week holding the day (`weekday` 0 = Sunday). Negative
 * values count from the year's last week, 52 or 53; weeks around New Year are near both ends.
 */
function weekNumberNear(values: readonly number[], weekday: number, yearDay: number): boolean {
  const isoWeekday = weekday === 0 ? 7 : weekday
  const week = Math.floor((yearDay - isoWeekday + 10) / 7)
  return values.some((value) =>
    [52, 53].some((weeks) => {
      const target = value > 0 ? value : weeks + value + 1
      return Math.abs(target - week) <= 1 || (week <= 1 && target >= 52) || (week >= 52 && target <= 1)
    })
  )
}

/** BYDAY entries as weekday (0 = Sunday) and ordinal (0 when none); unreadable entries are left out. */
function byDays(rule: ICAL.Recur): { weekday: number; ordinal: number }[] {
  const codes: unknown = (rule.parts as Record<string, unknown>).BYDAY
  if (!Array.isArray(codes)) return []
  return codes.flatMap((code) => {
    const text = String(code).toUpperCase()
    const weekday = WEEKDAYS.indexOf(text.slice(-2))
    const ordinal = text.length > 2 ? Number(text.slice(0, -2)) : 0
    return weekday >= 0 && Number.isInteger(ordinal) ? [{ weekday, ordinal }] : []
  })
}

/**
 * Why a VTIMEZONE is refused, or null. ical.js expands every observance rule from its DTSTART to a few years past the
 * latest date it is asked about, so an observance repeating every minute costs gigabytes: rules must repeat monthly
 * or yearly (yearly ones in named months), and a zone may have at most {@link MAX_OBSERVANCES_PER_VTIMEZONE} observances.
 */
export function refusedZoneReason(zone: ICAL.Component): Refusal | null {
  const observances = zone.getAllSubcomponents().filter((sub) => sub.name === 'standard' || sub.name === 'daylight')
  if (observances.length > MAX_OBSERVANCES_PER_VTIMEZONE) {
    return {
      reason: 'tooManyParts',
      count: String(observances.length),
      max: String(MAX_OBSERVANCES_PER_VTIMEZONE)
    }
  }
  for (const observance of observances) {
    for (const property of observance.getAllProperties('rrule')) {
      const rule: unknown = property.getFirstValue()
      if (!(rule instanceof ICAL.Recur)) return { reason: 'unreadableRule' }
      if (rule.freq !== 'YEARLY' && rule.freq !== 'MONTHLY') {
        return { reason: 'frequency', freq: String(rule.freq).toLowerCase(), code: String(rule.freq) }
      }
      // Real zones change on a day of named months; a yearly rule without BYMONTH makes ical.js scan every day of every year.
      if (rule.freq === 'YEARLY' && count(rule, 'BYMONTH') === 0) return { reason: 'noMonth' }
      const unusual = Object.keys(rule.parts).find((part) => !ZONE_PARTS.has(part))
      if (unusual) return { reason: 'unusualPart', part: unusual }
      const reason = refusedRuleReason(rule)
      if (reason) return reason
    }
  }
  return null
}
