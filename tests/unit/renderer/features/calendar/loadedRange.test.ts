// The sessions handed to the calendar: kept while the dates shown stay inside, re-centred near an edge.
import { describe, expect, it } from 'vitest'
import {
  followShownDates,
  initialLoadedRange,
  KEEP_MARGIN_MS,
  LOAD_MARGIN_MS
} from '../../../../../src/renderer/src/features/calendar/loadedRange'

const DAY = 86_400_000
const now = Date.UTC(2027, 0, 6, 17, 30) // a Wednesday
const weekOf = (mondayMs: number) => ({ start: mondayMs, end: mondayMs + 7 * DAY })
const thisMonday = Date.UTC(2027, 0, 4)

describe('followShownDates', () => {
  it('keeps the first range for any week that contains now, so the first render is not repeated', () => {
    const loaded = initialLoadedRange(now)
    for (let offset = 0; offset < 7; offset++) {
      const monday = now - offset * DAY
      expect(followShownDates(loaded, weekOf(monday))).toBe(loaded)
    }
  })

  it('keeps the range while stepping a week, and re-centres once the dates shown come within a week of its edge', () => {
    let loaded = initialLoadedRange(now)
    const first = loaded
    loaded = followShownDates(loaded, weekOf(thisMonday + 7 * DAY))
    expect(loaded).toBe(first)
    loaded = followShownDates(loaded, weekOf(thisMonday + 14 * DAY))
    expect(loaded).not.toBe(first)
    expect(loaded).toEqual({
      start: thisMonday + 14 * DAY - LOAD_MARGIN_MS,
      end: thisMonday + 21 * DAY + LOAD_MARGIN_MS
    })
  })

  it('always holds the week a single step away from the dates shown, in either direction', () => {
    let loaded = initialLoadedRange(now)
    for (let step = -30; step <= 30; step++) {
      const shown = weekOf(thisMonday + step * 7 * DAY)
      loaded = followShownDates(loaded, shown)
      expect(loaded.start).toBeLessThanOrEqual(shown.start - KEEP_MARGIN_MS)
      expect(loaded.end).toBeGreaterThanOrEqual(shown.end + KEEP_MARGIN_MS)
    }
  })

  it('moves straight to a month far away', () => {
    const loaded = followShownDates(initialLoadedRange(now), {
      start: Date.UTC(2027, 5, 28),
      end: Date.UTC(2027, 7, 9)
    })
    expect(loaded).toEqual({
      start: Date.UTC(2027, 5, 28) - LOAD_MARGIN_MS,
      end: Date.UTC(2027, 7, 9) + LOAD_MARGIN_MS
    })
  })
})
