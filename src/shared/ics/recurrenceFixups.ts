// Prepares a VEVENT's recurrence properties so ical.js expands them right: two cases it gets wrong on its own.
import ICAL from 'ical.js'
import { wallTimeOf } from '../time'

/**
 * Removes RDATE;VALUE=PERIOD values from the event (ical.js's expansion fails on them: "Invalid time value") and
 * returns them, so each period can be imported as its own occurrence with its own end.
 */
export function takePeriodRdates(event: ICAL.Component): ICAL.Period[] {
  const periods: ICAL.Period[] = []
  for (const property of event.getAllProperties('rdate')) {
    const values: unknown[] = property.getValues()
    const kept = values.filter((value) => !(value instanceof ICAL.Period))
    if (kept.length === values.length) continue
    periods.push(...values.filter((value): value is ICAL.Period => value instanceof ICAL.Period))
    if (kept.length > 0) property.setValues(kept)
    else event.removeProperty(property)
  }
  return periods
}

function floatingWall(time: ICAL.Time, zone: string): ICAL.Time {
  const wall = wallTimeOf(time.toUnixTime() * 1000, zone)
  return new ICAL.Time({ ...wall, isDate: false }, ICAL.Timezone.localTimezone)
}

function isUtc(value: unknown): value is ICAL.Time {
  return value instanceof ICAL.Time && !value.isDate && value.zone === ICAL.Timezone.utcTimezone
}

/**
 * When DTSTART is a wall time ical.js cannot place (a TZID with no VTIMEZONE, read by us in `zone`), ical.js
 * compares its occurrences with UTC values (UNTIL, EXDATE, RDATE) as if the wall time were UTC, cutting a series
 * short or missing an exclusion by the zone's offset. Rewrite those UTC values as wall times in `zone`.
 */
export function alignUtcRecurrenceToZone(event: ICAL.Component, zone: string): void {
  for (const property of event.getAllProperties('rrule')) {
    const rule = property.getFirstValue()
    if (rule instanceof ICAL.Recur && isUtc(rule.until)) {
      rule.until = floatingWall(rule.until, zone)
      property.setValue(rule)
    }
  }
  for (const name of ['exdate', 'rdate']) {
    for (const property of event.getAllProperties(name)) {
      const values: unknown[] = property.getValues()
      if (!values.some(isUtc)) continue
      property.setValues(values.map((value) => (isUtc(value) ? floatingWall(value, zone) : value)))
    }
  }
}
