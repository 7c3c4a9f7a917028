// The week grid shows the learner's study hours with an hour either side, and never hides a session.
import { describe, expect, it } from 'vitest'
import { visibleHours } from '../../../../../src/renderer/src/features/calendar/visibleHours'

const evenings = [{ start: '19:00', end: '21:00' }]

describe('visibleHours', () => {
  it('shows an hour either side of the study windows', () => {
    expect(visibleHours([...evenings, { start: '09:00', end: '12:00' }], [])).toEqual({
      min: '08:00:00',
      max: '22:00:00'
    })
  })

  it('widens for a session moved outside the windows', () => {
    const early = { localStart: '2027-01-09T06:30', localEnd: '2027-01-09T07:30' }
    expect(visibleHours(evenings, [early])).toEqual({ min: '05:00:00', max: '22:00:00' })
  })

  it('runs to midnight for a window or session that ends at or after midnight', () => {
    expect(visibleHours([{ start: '22:00', end: '00:00' }], [])).toEqual({ min: '21:00:00', max: '24:00:00' })
    const lateNight = { localStart: '2027-01-09T23:30', localEnd: '2027-01-10T00:15' }
    expect(visibleHours(evenings, [lateNight])).toEqual({ min: '18:00:00', max: '24:00:00' })
  })

  it('shows the whole day when there is nothing to fit', () => {
    expect(visibleHours([], [])).toEqual({ min: '00:00:00', max: '24:00:00' })
  })
})
