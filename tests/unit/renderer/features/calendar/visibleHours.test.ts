// The week grid shows the learner's study hours, with an hour either side while that keeps it within twelve hours
// (each hour then stays tall enough to read a block's title at 1280×800), and never hides a session.
import { describe, expect, it } from 'vitest'
import { MAX_PADDED_HOURS, visibleHours } from '../../../../../src/renderer/src/features/calendar/visibleHours'

const evenings = [{ start: '19:00', end: '21:00' }]

describe('visibleHours', () => {
  it('shows an hour either side of the study windows when there is room for them', () => {
    expect(visibleHours(evenings, [])).toEqual({ min: '18:00:00', max: '22:00:00' })
    expect(visibleHours([...evenings, { start: '11:00', end: '12:00' }], [])).toEqual({
      min: '10:00:00',
      max: '22:00:00'
    })
  })

  it('leaves the empty hours around out once the study hours fill twelve (the default plan’s evenings and Saturday morning)', () => {
    expect(MAX_PADDED_HOURS).toBe(12)
    expect(visibleHours([...evenings, { start: '09:00', end: '12:00' }], [])).toEqual({
      min: '09:00:00',
      max: '21:00:00'
    })
    // Room for one more: the hour before.
    expect(visibleHours([{ start: '09:00', end: '20:00' }], [])).toEqual({ min: '08:00:00', max: '20:00:00' })
  })

  it('widens for a session moved outside the windows', () => {
    const early = { localStart: '2027-01-09T06:30', localEnd: '2027-01-09T07:30' }
    expect(visibleHours(evenings, [early])).toEqual({ min: '06:00:00', max: '21:00:00' })
    const afternoon = { localStart: '2027-01-09T15:00', localEnd: '2027-01-09T16:00' }
    expect(visibleHours(evenings, [afternoon])).toEqual({ min: '14:00:00', max: '22:00:00' })
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
