// What a session's block says inside FullCalendar: time, title, stage and the marks colour alone would carry (pinned, done).
import type { EventDisplayInfo } from '@fullcalendar/react'
import type { CalendarClock, CalendarMs } from './calendarClock'
import type { SessionEventProps } from './sessionEvents'

/** Renders one event's content; `true` asks FullCalendar for its default (background and non-session events). */
export type SessionContentRenderer = (arg: EventDisplayInfo) => string | true

const MINUTE_MS = 60_000
const DAY_MINUTES = 1440

type RangeFormatter = (start: CalendarMs, end: CalendarMs) => string

const rangeFormatters = new Map<string, RangeFormatter>()

/**
 * Formats wall-clock time ranges in a locale, e.g. '19:00–20:00' (en-GB) or '7:00 – 8:00 PM' (en-US). Intl's range
 * formatting is slow and a busy week repeats the same few ranges on every day, so each pair of times of day is
 * formatted once per locale for the life of the window.
 */
export function timeRangeFormatter(locale: string | undefined): RangeFormatter {
  const cacheKey = locale ?? ''
  const cached = rangeFormatters.get(cacheKey)
  if (cached) return cached
  // The times are wall-clock times written as UTC (see calendarClock), so they are formatted in UTC.
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
  // At most 1440 × 1440 pairs of minutes of the day; a plan uses a few dozen.
  const texts = new Map<number, string>()
  const formatter: RangeFormatter = (start, end) => {
    const startMinute = Math.floor(start / MINUTE_MS)
    const dayStart = Math.floor(startMinute / DAY_MINUTES) * DAY_MINUTES
    const fromMinute = startMinute - dayStart
    const toMinute = Math.floor(end / MINUTE_MS) - dayStart
    const key = fromMinute * 2 * DAY_MINUTES + toMinute
    let text = texts.get(key)
    if (text === undefined) {
      text = format.formatRange(fromMinute * MINUTE_MS, toMinute * MINUTE_MS)
      texts.set(key, text)
    }
    return text
  }
  rangeFormatters.set(cacheKey, formatter)
  return formatter
}

/**
 * A content renderer for one zone and locale. In the time grid FullCalendar is told not to format event times:
 * blocks format their own, from the session's instants; the block being dragged reads FullCalendar's times.
 *
 * A block's words are one string that FullCalendar puts straight into the event's inner element (a week of 300
 * sessions spent most of its time creating, styling and laying out the elements a span per line needed). A block
 * of the time grid tall enough gets a line each for the time, the title, the marks and the stage (`.sp-event-body`
 * shows the breaks and makes the first line bold); a short block, the month and the agenda get one line. The stage
 * is spelled out because colour alone must not carry it; where it is clipped from view it stays in the block's
 * accessible name.
 */
export function sessionContentRenderer(clock: CalendarClock, locale: string | undefined): SessionContentRenderer {
  const rangeText = timeRangeFormatter(locale)
  return (arg) => {
    const props = arg.event.extendedProps as Partial<SessionEventProps>
    if (props.sessionId === undefined) return true
    const timeGrid = arg.view.type.startsWith('timeGrid')
    const timeText = timeGrid ? timeGridText(arg, props, clock, rangeText) : arg.timeText
    const marks = [props.pinned ? 'Pinned' : null, props.status === 'done' ? 'Done' : null, props.status === 'skipped' ? 'Skipped' : null].filter(Boolean)
    const parts = [timeText, arg.event.title, marks.join(' · '), props.stageTitle].filter(Boolean)
    return parts.join(timeGrid && !arg.isShort ? '\n' : ' · ')
  }
}

/** The drag mirror shows where the block would land (FullCalendar's times); a resting block shows its session's. */
function timeGridText(arg: EventDisplayInfo, props: Partial<SessionEventProps>, clock: CalendarClock, rangeText: RangeFormatter): string {
  if (!arg.isMirror && props.startMs !== undefined && props.endMs !== undefined) return rangeText(clock.toCalendar(props.startMs), clock.toCalendar(props.endMs))
  const { start, end } = arg.event
  return start && end ? rangeText(start.valueOf(), end.valueOf()) : ''
}
