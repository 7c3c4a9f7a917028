// The week grid where the learner paints study time: drag to paint or erase half hours, or use the keyboard.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import type { Weekday } from '../../../../shared/domain/availability'
import { formatClockMinutes, formatCompactClockMinutes, weekdayName } from '../../../../shared/format'
import { useT } from '../../i18n/translations'
import { CELL_MINUTES, CELLS_PER_DAY, cellIndex, type AvailabilityCells } from './availabilityCells'

export interface AvailabilityGridProps {
  readonly cells: AvailabilityCells
  readonly onChange: (cells: boolean[]) => void
  /** Weekday shown in the first column, 0 = Sunday. */
  readonly firstDay: Weekday
  readonly locale?: string
  /** Row scrolled into view first; 07:00 by default. */
  readonly initialHour?: number
  /** Id of the element explaining how to paint. */
  readonly describedBy?: string
}

const ROWS_PER_PAGE = 8

/** Keyboard moves as [column delta, row delta]; Home/End jump to the first/last day. */
const moves: Record<string, (column: number, row: number) => [number, number]> = {
  ArrowLeft: (column, row) => [column - 1, row],
  ArrowRight: (column, row) => [column + 1, row],
  ArrowUp: (column, row) => [column, row - 1],
  ArrowDown: (column, row) => [column, row + 1],
  Home: (_column, row) => [0, row],
  End: (_column, row) => [6, row],
  PageUp: (column, row) => [column, row - ROWS_PER_PAGE],
  PageDown: (column, row) => [column, row + ROWS_PER_PAGE]
}

export function AvailabilityGrid({
  cells,
  onChange,
  firstDay,
  locale,
  initialHour = 7,
  describedBy
}: AvailabilityGridProps) {
  const days = useMemo(() => Array.from({ length: 7 }, (_, column) => ((firstDay + column) % 7) as Weekday), [firstDay])
  const t = useT()
  const labels = useMemo(() => gridLabels(locale), [locale])
  const [active, setActive] = useState({ column: 0, row: initialHour * 2 })
  // Pointer events can outrun re-renders while dragging; painting reads and writes the latest cells here.
  const latest = useRef(cells)
  useLayoutEffect(() => {
    latest.current = cells
  })
  const dragValue = useRef<boolean | null>(null)
  const grid = useRef<HTMLTableElement>(null)
  const scroller = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const stop = () => (dragValue.current = null)
    window.addEventListener('pointerup', stop)
    window.addEventListener('pointercancel', stop)
    return () => {
      window.removeEventListener('pointerup', stop)
      window.removeEventListener('pointercancel', stop)
    }
  }, [])

  useEffect(() => {
    const row = scroller.current?.querySelector<HTMLElement>(`[data-row="${initialHour * 2}"]`)
    if (scroller.current && row) scroller.current.scrollTop = row.offsetTop - 32
  }, [initialHour])

  const paint = (index: number, value: boolean) => {
    if (latest.current[index] === value) return
    const next = [...latest.current]
    next[index] = value
    latest.current = next
    onChange(next)
  }

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>, index: number, column: number, row: number) => {
    if (event.button !== 0) return
    event.preventDefault()
    // Touch pointers are captured by the first cell; releasing lets pointerenter reach the cells the finger crosses.
    if (event.currentTarget.hasPointerCapture?.(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId)
    dragValue.current = !latest.current[index]
    setActive({ column, row })
    paint(index, dragValue.current)
  }

  const focusCell = (column: number, row: number) => {
    setActive({ column, row })
    grid.current?.querySelector<HTMLElement>(`[data-column="${column}"][data-row="${row}"]`)?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number, column: number, row: number) => {
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    const [nextColumn, nextRow] = move(column, row)
    const clampedColumn = Math.min(6, Math.max(0, nextColumn))
    const clampedRow = Math.min(CELLS_PER_DAY - 1, Math.max(0, nextRow))
    // Shift+arrow carries this cell's state along, the keyboard version of dragging.
    if (event.shiftKey) paint(cellIndex(days[clampedColumn]!, clampedRow), latest.current[index] === true)
    focusCell(clampedColumn, clampedRow)
  }

  return (
    <div className="avail-scroller" ref={scroller}>
      <table
        aria-label={t('common.planInputs.availability.grid')}
        aria-describedby={describedBy}
        className="avail-grid"
        ref={grid}
      >
        <thead>
          <tr>
            <th scope="col" className="avail-corner">
              <span className="visually-hidden">{t('common.planInputs.availability.time')}</span>
            </th>
            {days.map((weekday) => (
              <th scope="col" key={weekday} className="avail-day" title={weekdayName(weekday, locale, 'long')}>
                {weekdayName(weekday, locale, 'short')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: CELLS_PER_DAY }, (_, row) => (
            <tr key={row} data-row={row} className={row % 2 === 0 ? 'avail-hour' : undefined}>
              <th scope="row" className="avail-time">
                {row % 2 === 0 ? labels.shortTimes[row] : <span className="visually-hidden">{labels.times[row]}</span>}
              </th>
              {days.map((weekday, column) => {
                const index = cellIndex(weekday, row)
                const painted = cells[index] === true
                return (
                  <td key={weekday} className={painted ? 'avail-cell painted' : 'avail-cell'}>
                    <button
                      type="button"
                      data-column={column}
                      data-row={row}
                      aria-pressed={painted}
                      aria-label={t('common.planInputs.availability.cell', {
                        day: weekdayName(weekday, locale, 'long'),
                        from: labels.times[row] ?? '',
                        to: labels.times[row + 1] ?? ''
                      })}
                      tabIndex={active.column === column && active.row === row ? 0 : -1}
                      onPointerDown={(event) => onPointerDown(event, index, column, row)}
                      onPointerEnter={() => dragValue.current !== null && paint(index, dragValue.current)}
                      onKeyDown={(event) => onKeyDown(event, index, column, row)}
                      onClick={(event) => {
                        // Pointer presses paint on pointerdown; only keyboard "clicks" (detail 0) are handled here.
                        if (event.detail === 0) paint(index, !latest.current[index])
                      }}
                      onFocus={() => setActive({ column, row })}
                    />
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * Each row's start time, and the end of the last row (midnight), in the locale: as a sentence says it for the cells'
 * names ('Montag 07:00 Uhr bis 07:30 Uhr'), and in the grid's compact form for the row labels ('07:00').
 */
function gridLabels(locale: string | undefined): { times: string[]; shortTimes: string[] } {
  const minutes = Array.from({ length: CELLS_PER_DAY + 1 }, (_, row) =>
    row === CELLS_PER_DAY ? 0 : row * CELL_MINUTES
  )
  return {
    times: minutes.map((minute) => formatClockMinutes(minute, locale)),
    shortTimes: minutes.map((minute) => formatCompactClockMinutes(minute, locale))
  }
}
