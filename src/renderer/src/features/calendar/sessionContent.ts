// What a session's block says inside FullCalendar: time, title, stage and the marks colour alone would carry (pinned, done).
import type { EventDisplayInfo } from '@fullcalendar/react'
import type { CalendarClock, CalendarMs } from './calendarClock'
import type { SessionEventProps } from './sessionEvents'

/** Renders one event's content; `true` asks FullCalendar for its default (background and non-session events). */
export type SessionContentRenderer = (arg: EventDisplayInfo) => string | true

const MINUTE_MS = 60_000
const DAY_MINUTES = 1440

/** A session's times as its block shows them: the range, and the start alone for a block with room for one line. */
export interface TimeTexts {
  /** e.g. '19:00–20:00' (en-GB) or '7:00 – 8:00 PM' (en-US). */
  readonly range: string
  /** e.g. '19:00' (en-GB) or '7:00 PM' (en-US): the range's start as the range writes it. */
  readonly start: string
}

type TimeTextsFormatter = (start: CalendarMs, end: CalendarMs) => TimeTexts

const timeTextsFormatters = new Map<string, TimeTextsFormatter>()

/**
 * Formats wall-clock time ranges in a locale. Intl's range formatting is slow and a busy week repeats the same few
 * ranges on every day, so each pair of times of day is formatted once per locale for the life of the window.
 */
export function timeTextsFormatter(locale: string | undefined): TimeTextsFormatter {
  const cacheKey = locale ?? ''
  const cached = timeTextsFormatters.get(cacheKey)
  if (cached) return cached
  // The times are wall-clock times written as UTC (see calendarClock), so they are formatted in UTC.
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
  // At most 1440 × 1440 pairs of minutes of the day; a plan uses a few dozen.
  const texts = new Map<number, TimeTexts>()
  const formatter: TimeTextsFormatter = (start, end) => {
    const startMinute = Math.floor(start / MINUTE_MS)
    const dayStart = Math.floor(startMinute / DAY_MINUTES) * DAY_MINUTES
    const fromMinute = startMinute - dayStart
    const toMinute = Math.floor(end / MINUTE_MS) - dayStart
    const key = fromMinute * 2 * DAY_MINUTES + toMinute
    let cachedTexts = texts.get(key)
    if (cachedTexts === undefined) {
      const parts = format.formatRangeToParts(fromMinute * MINUTE_MS, toMinute * MINUTE_MS)
      cachedTexts = { range: parts.map((part) => part.value).join(''), start: rangeStart(parts) }
      texts.set(key, cachedTexts)
    }
    return cachedTexts
  }
  timeTextsFormatters.set(cacheKey, formatter)
  return formatter
}

/**
 * The start of a formatted range with what it shares with the end, e.g. '7:00 PM' from '7:00 – 8:00 PM': the
 * locale's own hour style (a plain format writes en-GB's 07:00 as 7:00), without the separator between the two.
 */
function rangeStart(parts: readonly Intl.DateTimeRangeFormatPart[]): string {
  const lastOfStart = parts.map((part) => part.source).lastIndexOf('startRange')
  const firstOfEnd = parts.findIndex((part) => part.source === 'endRange')
  const between = (index: number) => firstOfEnd >= 0 && index > lastOfStart && index < firstOfEnd
  const kept = parts.filter((part, index) => part.source === 'startRange' || (part.source === 'shared' && !between(index)))
  return kept
    .map((part) => part.value)
    .join('')
    .trim()
}

/**
 * A content renderer for one zone and locale. In the time grid FullCalendar is told not to format event times:
 * blocks format their own, from the session's instants; the block being dragged reads FullCalendar's times.
 *
 * A block's words are one string that FullCalendar puts straight into the event's inner element (a week of 300
 * sessions spent most of its time creating, styling and laying out the elements a span per line needed). A block
 * of the time grid tall enough gets a line each for the time range, the title, the marks and the stage
 * (`.sp-event-body` shows the breaks and makes the first line bold); the month and the agenda get one line.
 *
 * A block too short for more than one line starts it with the start time alone: its height already shows how long
 * it is, and the topic gets the room the end time took in a narrow day. Without the range's en dash an en-GB line
 * is Latin-1 text, which Chromium lays out faster: a week of 300 such blocks shows ~6 ms sooner
 * (`renderer.week300SessionsMs`, paired runs). The stage is spelled out because colour alone must not carry it;
 * where it is clipped from view it stays in the block's accessible name.
 */
export function sessionContentRenderer(clock: CalendarClock, locale: string | undefined): SessionContentRenderer {
  const timeTexts = timeTextsFormatter(locale)
  return (arg) => {
    const props = arg.event.extendedProps as Partial<SessionEventProps>
    if (props.sessionId === undefined) return true
    const timeGrid = arg.view.type.startsWith('timeGrid')
    const timeText = timeGrid ? timeGridText(arg, props, clock, timeTexts) : arg.timeText
    const marks = [props.pinned ? 'Pinned' : null, props.status === 'done' ? 'Done' : null, props.status === 'skipped' ? 'Skipped' : null].filter(Boolean)
    const parts = [timeText, arg.event.title, marks.join(' · '), props.stageTitle].filter(Boolean)
    return parts.join(timeGrid && !arg.isShort ? '\n' : ' · ')
  }
}

/** The drag mirror shows where the block would land (FullCalendar's times); a resting block shows its session's. */
function timeGridText(arg: EventDisplayInfo, props: Partial<SessionEventProps>, clock: CalendarClock, timeTexts: TimeTextsFormatter): string {
  const which = arg.isShort ? 'start' : 'range'
  if (!arg.isMirror && props.startMs !== undefined && props.endMs !== undefined) return timeTexts(clock.toCalendar(props.startMs), clock.toCalendar(props.endMs))[which]
  const { start, end } = arg.event
  return start && end ? timeTexts(start.valueOf(), end.valueOf())[which] : ''
}
