// Which time grid the Week tab shows: the seven days, or, in a calendar too narrow for seven readable columns, three
// days around the one in view.
import { useLayoutEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { DAY_MS } from '../../../../shared/time'

/**
 * Below this width (CSS pixels) of the calendar, seven day columns are too narrow to read a block's title (about
 * eleven characters a line at 1280×800, where the calendar is ~716 px wide), so the Week tab shows three days.
 */
export const NARROW_CALENDAR_PX = 660

/** FullCalendar's view types of the two week grids. */
export const SEVEN_DAYS = 'timeGridWeek'
export const THREE_DAYS = 'timeGridThreeDays'

/**
 * The least height of an hour, in CSS pixels. Seven days: a one-hour block shows three lines of its text
 * (StudyCalendar.css), the title's first two and the time, or a title of three. Three days: columns are wide enough
 * for a title on one line, so two lines (title and time) do, and an 800×600 window shows twelve hours without
 * scrolling. Taller calendars stretch the hours to fill them; in a shorter one the grid scrolls.
 */
export const HOUR_MIN_HEIGHT = { sevenDays: 46, threeDays: 32 } as const

/**
 * The three-day grid: the day in view with the one before and the one after, so yesterday's missed sessions and
 * tomorrow's stay in sight; previous and next move three days (StudyCalendar names the buttons so).
 */
export const threeDaysView = {
  type: 'timeGrid',
  visibleRange: (currentDate: Date) => {
    const day = Math.floor(currentDate.valueOf() / DAY_MS) * DAY_MS
    return { start: new Date(day - DAY_MS), end: new Date(day + 2 * DAY_MS) }
  },
  dateIncrement: { days: 3 },
  slotMinHeight: HOUR_MIN_HEIGHT.threeDays,
  // '3 – 5 Jan 2027' rather than the month alone.
  titleFormat: { day: 'numeric', month: 'short', year: 'numeric' } as const
}

/**
 * The date to centre the three days on when the week grid narrows: today if the week shown holds it, else the week's
 * second day, so the three days start where the week did. Calendar dates are wall-clock times written as UTC.
 */
export function threeDaysDate(weekStart: Date, weekEnd: Date, today: number): Date {
  if (today >= weekStart.valueOf() && today < weekEnd.valueOf()) return new Date(today)
  return new Date(weekStart.valueOf() + DAY_MS)
}

/**
 * Whether the element is narrower than NARROW_CALENDAR_PX. The ResizeObserver's first report comes after the first
 * layout and before the first paint, so a narrow calendar never shows seven days; reading the width then costs no
 * layout of its own (reading `clientWidth` in a layout effect laid the grid out early, ~7 ms of a first mount).
 * Called before useGridMeasured, its observer reports first: the view changes before the sessions are let in.
 */
export function useNarrow(element: RefObject<HTMLElement | null>): boolean {
  const [narrow, setNarrow] = useState(false)
  useLayoutEffect(() => {
    const target = element.current
    if (!target || typeof ResizeObserver === 'undefined') return
    let shown = false
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0
      const next = width > 0 && width < NARROW_CALENDAR_PX
      // At once, as useGridMeasured lets the sessions in: a later render would paint a frame of the other grid.
      if (next !== shown) flushSync(() => setNarrow((shown = next)))
    })
    observer.observe(target)
    return () => observer.disconnect()
  }, [element])
  return narrow
}
