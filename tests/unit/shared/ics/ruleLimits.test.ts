// Rules no date can meet are refused before ical.js searches for them; the check never refuses a rule that can happen.
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { refusedRuleReason } from '../../../../src/shared/ics/ruleLimits'
import { messageRef } from '../../../../src/shared/i18n/ref'
import { english } from '../../../support/english'

const reason = (rule: string) => refusedRuleReason(ICAL.Recur.fromString(rule))

describe('refusedRuleReason and week numbers', () => {
  it('refuses a yearly week number that never falls in the named month', () => {
    const refusal = reason('FREQ=YEARLY;INTERVAL=7;BYWEEKNO=25;BYMONTH=11;BYDAY=5TH,1FR,1TU;BYSETPOS=-171;COUNT=5')
    expect(refusal).toMatchObject({ reason: 'never' })
    expect(english(messageRef('errors.ics.skipped.rule', { ...refusal, labelled: 'no', label: '' }))).toBe(
      'not imported: RRULE:FREQ=YEARLY;COUNT=5;INTERVAL=7;BYWEEKNO=25;BYMONTH=11;BYDAY=5TH,1FR,1TU;BYSETPOS can never happen (no date matches all of its BY-parts)'
    )
    expect(reason('FREQ=YEARLY;BYWEEKNO=10;BYMONTH=8')).toMatchObject({ reason: 'never' })
  })

  it('keeps week numbers that can meet the month, the year ends included', () => {
    expect(reason('FREQ=YEARLY;BYWEEKNO=25;BYMONTH=6')).toBeNull()
    // ISO week 1 can start on 29 December; week 53 can end on 3 January; the last week (-1) is in December.
    expect(reason('FREQ=YEARLY;BYWEEKNO=1;BYMONTH=12')).toBeNull()
    expect(reason('FREQ=YEARLY;BYWEEKNO=53;BYMONTH=1')).toBeNull()
    expect(reason('FREQ=YEARLY;BYWEEKNO=-1;BYMONTH=12')).toBeNull()
    expect(reason('FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO')).toBeNull()
  })

  it('finds an actual date for every kept week-and-month pair (the check never refuses what can happen)', () => {
    const wronglyRefused: string[] = []
    for (let week = 1; week <= 53; week++) {
      for (let month = 1; month <= 12; month++) {
        const refused = reason(`FREQ=YEARLY;BYWEEKNO=${week};BYMONTH=${month}`) !== null
        // The truth, from real ISO weeks of 28 years (a whole calendar cycle).
        let happens = false
        for (let year = 2000; year < 2028 && !happens; year++) {
          for (
            let day = new Date(Date.UTC(year, month - 1, 1));
            day.getUTCMonth() === month - 1;
            day = new Date(day.getTime() + 86_400_000)
          ) {
            if (isoWeek(day) === week) happens = true
          }
        }
        if (happens && refused) wronglyRefused.push(`week ${week} in month ${month}`)
      }
    }
    expect(wronglyRefused).toEqual([])
  })
})

function isoWeek(date: Date): number {
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000)
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4))
  return (
    1 +
    Math.round(
      (thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000) -
        (3 - ((firstThursday.getUTCDay() + 6) % 7)) / 7
    )
  )
}
