// The reminder planner on 1,500 stored syncs (digests in the small hours, DST nights in 9 zones, pauses) announces
// what it announced when their hashes were taken, with the same words at the same instants.
//
// The hashes were re-taken once, for #19 item 2 (one time vocabulary), which changed words only: durations in the
// locale's units ('1 hr 30 mins', was '1 h 30'), ICU's month abbreviations ('Sept') and a comma between a day and a
// time. Before re-taking them, every case's output with its notice titles, bodies and tooltips removed was compared
// with the previous commit's: all 1,500 identical, so no notice moved or changed its sessions.
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { type ReminderCase, reminderCaseOutput, reminderOutputHash } from '../../../fixtures/engine-golden/run'
import { addLocalDays, instantOfWall, isSkippedWall, localDateOf, type WallTime } from '../../../../src/shared/time'

const cases = JSON.parse(
  gunzipSync(readFileSync(new URL('../../../fixtures/engine-golden/reminders.json.gz', import.meta.url))).toString(
    'utf8'
  )
) as ReminderCase[]

/**
 * The stored cases whose output changed with #20 item 1 (before the hashes were re-taken), and why: each has its daily digest set to a wall time that
 * spring-forward skips on a night inside its watched four days (America/New_York and America/St_Johns 2027-03-14,
 * Europe/Berlin and Europe/London 2027-03-28, Pacific/Auckland 2027-09-26, Australia/Lord_Howe 2027-10-03). Their
 * hashes were taken when the digest read a skipped time as RFC 5545 does (02:30 -> 03:30); it now follows the study
 * windows' rule and comes when the clocks jump (02:30 -> 03:00), so that night's wake-up, and the digest, move.
 * Stored cases with a skipped digest time that did not change: the night fell outside the watched days, or the time
 * is the gap's first minute (02:00), which both rules read as the jump.
 */
const CHANGED_BY_THE_SKIPPED_TIME_RULE = [28, 54, 173, 226, 270, 282, 427, 653, 845, 1098, 1099, 1192]

function wallOn(date: string, time: string): WallTime {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  return { year, month, day, hour, minute, second: 0 }
}

/** The watched dates on which the case's digest time does not exist. */
function skippedDigestDates(entry: ReminderCase): string[] {
  const dates: string[] = []
  const last = localDateOf(entry.until, entry.sync.zone)
  for (let date = localDateOf(entry.from, entry.sync.zone); date <= last; date = addLocalDays(date, 1)) {
    if (isSkippedWall(wallOn(date, entry.sync.digest.time), entry.sync.zone)) dates.push(date)
  }
  return dates
}

describe('the reminder planner on its stored golden inputs', () => {
  it('announces for every stored sync what it announced when the hashes were taken, byte for byte', () => {
    const changed = cases.flatMap((entry, index) => (reminderOutputHash(entry) === entry.hash ? [] : [index]))
    expect(changed).toEqual([])
  })

  it.each(CHANGED_BY_THE_SKIPPED_TIME_RULE)(
    'case %i: the digest time is skipped that night and it now wakes when the clocks jump',
    (index) => {
      const entry = cases[index]!
      expect(entry.sync.digest.enabled).toBe(true)
      const [night] = skippedDigestDates(entry)
      expect(night).toBeDefined()
      const jump = instantOfWall(wallOn(night!, entry.sync.digest.time), entry.sync.zone)
      const rfc5545 = instantOfWall(wallOn(night!, entry.sync.digest.time), entry.sync.zone, 'rfc5545')
      expect(jump).toBeLessThan(rfc5545)
      const wakes = reminderCaseOutput(entry).map((event) => (event as { at: number }).at)
      expect(wakes).toContain(jump)
      expect(wakes).not.toContain(rfc5545)
    }
  )
})
