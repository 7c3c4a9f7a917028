// The week grid model: windows become cells and cells become windows without losing or inventing time.
import { describe, expect, it } from 'vitest'
import {
  CELL_COUNT,
  cellIndex,
  cellsFromWindows,
  emptyCells,
  longestDayMinutes,
  paintedWeeklyMinutes,
  SUGGESTED_WINDOWS,
  windowsFromCells
} from '../../../../../src/renderer/src/components/planInputs/availabilityCells'

describe('availability cells', () => {
  it('suggests weekday evenings 19:00-21:00 and Saturday 09:00-12:00, 13 hours a week', () => {
    const cells = cellsFromWindows(SUGGESTED_WINDOWS)
    expect(paintedWeeklyMinutes(cells)).toBe(13 * 60)
    expect(cells[cellIndex(1, 38)]).toBe(true) // Monday 19:00
    expect(cells[cellIndex(1, 42)]).toBe(false) // Monday 21:00
    expect(cells[cellIndex(6, 18)]).toBe(true) // Saturday 09:00
    expect(cells[cellIndex(0, 38)]).toBe(false) // Sunday evening
    expect(longestDayMinutes(cells)).toBe(180)
  })

  it('turns the suggested windows back into the same windows', () => {
    expect(windowsFromCells(cellsFromWindows(SUGGESTED_WINDOWS))).toEqual(
      [...SUGGESTED_WINDOWS].sort((a, b) => a.weekday - b.weekday)
    )
  })

  it('ends a run that reaches midnight at 24:00 and splits separate runs of one day', () => {
    const cells = emptyCells()
    cells[cellIndex(3, 47)] = true
    cells[cellIndex(3, 0)] = true
    cells[cellIndex(3, 2)] = true
    cells[cellIndex(3, 3)] = true
    expect(windowsFromCells(cells)).toEqual([
      { weekday: 3, start: '00:00', end: '00:30' },
      { weekday: 3, start: '01:00', end: '02:00' },
      { weekday: 3, start: '23:30', end: '24:00' }
    ])
  })

  it('paints a window that starts or ends mid-cell over whole cells', () => {
    const cells = cellsFromWindows([{ weekday: 2, start: '07:15', end: '08:10' }])
    expect(cells.length).toBe(CELL_COUNT)
    expect(windowsFromCells(cells)).toEqual([{ weekday: 2, start: '07:00', end: '08:30' }])
  })
})
