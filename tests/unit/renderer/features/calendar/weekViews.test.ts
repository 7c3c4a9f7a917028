// The Week tab in a narrow calendar: three days around the day in view, so yesterday and tomorrow stay in sight.
import { describe, expect, it } from 'vitest'
import { threeDaysDate, threeDaysView } from '../../../../../src/renderer/src/features/calendar/weekViews'

// Calendar dates are wall-clock times written as UTC (see calendarClock).
const day = (date: string, time = '00:00') => new Date(`${date}T${time}:00Z`)

describe('the three-day week', () => {
  it('shows the day in view with the one before and the one after', () => {
    expect(threeDaysView.visibleRange(day('2027-01-08', '12:00'))).toEqual({
      start: day('2027-01-07'),
      end: day('2027-01-10')
    })
    expect(threeDaysView.dateIncrement).toEqual({ days: 3 })
  })

  it('narrows a week around today when the week holds it: a missed session yesterday stays in sight', () => {
    const friday = day('2027-01-08', '12:00').valueOf()
    expect(threeDaysDate(day('2027-01-04'), day('2027-01-11'), friday)).toEqual(day('2027-01-08', '12:00'))
  })

  it('narrows another week to its first three days', () => {
    const friday = day('2027-01-08', '12:00').valueOf()
    const centre = threeDaysDate(day('2027-01-11'), day('2027-01-18'), friday)
    expect(threeDaysView.visibleRange(centre).start).toEqual(day('2027-01-11'))
  })
})
