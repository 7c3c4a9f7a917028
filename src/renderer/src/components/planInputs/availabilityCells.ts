// The onboarding week grid's model: 7 days of 48 half-hour cells, converted to and from weekly windows.
import type { Weekday, WeeklyWindow } from '../../../../shared/domain/availability'

/** Minutes in one grid cell. */
export const CELL_MINUTES = 30
/** Cells in one day. */
export const CELLS_PER_DAY = 48
/** Cells in the week, indexed weekday * CELLS_PER_DAY + slot (weekday 0 = Sunday). */
export const CELL_COUNT = 7 * CELLS_PER_DAY

/** Which cells are painted as study time. */
export type AvailabilityCells = readonly boolean[]

/** Weekday evenings 19:00–21:00 and Saturday morning 09:00–12:00: a believable start for someone with a day job. */
export const SUGGESTED_WINDOWS: readonly WeeklyWindow[] = [
  ...([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '19:00', end: '21:00' })),
  { weekday: 6, start: '09:00', end: '12:00' }
]

/** Index of a cell. */
export function cellIndex(weekday: Weekday, slot: number): number {
  return weekday * CELLS_PER_DAY + slot
}

/** An all-empty grid. */
export function emptyCells(): boolean[] {
  return Array.from({ length: CELL_COUNT }, () => false)
}

/** Paints the cells that windows cover; a window's partial half hours count as whole cells. */
export function cellsFromWindows(windows: readonly WeeklyWindow[]): boolean[] {
  const cells = emptyCells()
  for (const window of windows) {
    const start = clockToMinutes(window.start)
    const end = clockToMinutes(window.end)
    for (let slot = Math.floor(start / CELL_MINUTES); slot * CELL_MINUTES < end && slot < CELLS_PER_DAY; slot++) {
      cells[cellIndex(window.weekday, slot)] = true
    }
  }
  return cells
}

/** Painted runs of cells as weekly windows, one per run, in weekday then time order ('24:00' ends a run at midnight). */
export function windowsFromCells(cells: AvailabilityCells): WeeklyWindow[] {
  const windows: WeeklyWindow[] = []
  for (let weekday = 0; weekday < 7; weekday++) {
    let runStart: number | null = null
    for (let slot = 0; slot <= CELLS_PER_DAY; slot++) {
      const painted = slot < CELLS_PER_DAY && cells[cellIndex(weekday as Weekday, slot)] === true
      if (painted && runStart === null) runStart = slot
      if (!painted && runStart !== null) {
        windows.push({
          weekday: weekday as Weekday,
          start: minutesToClock(runStart * CELL_MINUTES),
          end: minutesToClock(slot * CELL_MINUTES)
        })
        runStart = null
      }
    }
  }
  return windows
}

/** Painted minutes per week. */
export function paintedWeeklyMinutes(cells: AvailabilityCells): number {
  return cells.reduce((total, painted) => (painted ? total + CELL_MINUTES : total), 0)
}

/** Painted minutes of the busiest day, which makes a daily cap that never cuts into painted time. */
export function longestDayMinutes(cells: AvailabilityCells): number {
  let longest = 0
  for (let weekday = 0; weekday < 7; weekday++) {
    let day = 0
    for (let slot = 0; slot < CELLS_PER_DAY; slot++) if (cells[cellIndex(weekday as Weekday, slot)]) day += CELL_MINUTES
    longest = Math.max(longest, day)
  }
  return longest
}

function clockToMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number)
  return (hours ?? 0) * 60 + (minutes ?? 0)
}

function minutesToClock(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}
