// What a session's block says inside FullCalendar: time, title, stage and the marks colour alone would carry (pinned, done).
import type { EventDisplayInfo } from '@fullcalendar/react'
import type { CalendarClock } from './calendarClock'
import { timeTextsFormatter, type TimeTextsFormatter } from './timeTexts'
import type { SessionEventProps, ShownStatus } from './sessionEvents'

/** The word a block carries for its status, so colour and opacity alone never say it. */
const STATUS_MARKS: Record<ShownStatus, string | null> = {
  planned: null,
  done: 'Done',
  skipped: 'Skipped',
  missed: 'Missed'
}

/** Renders one event's content; `true` asks FullCalendar for its default (background and non-session events). */
export type SessionContentRenderer = (arg: EventDisplayInfo) => string | true

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
    const marks = [props.pinned ? 'Pinned' : null, props.status ? STATUS_MARKS[props.status] : null].filter(Boolean)
    const parts = [timeText, arg.event.title, marks.join(' · '), props.stageTitle].filter(Boolean)
    return parts.join(timeGrid && !arg.isShort ? '\n' : ' · ')
  }
}

/** The drag mirror shows where the block would land (FullCalendar's times); a resting block shows its session's. */
function timeGridText(
  arg: EventDisplayInfo,
  props: Partial<SessionEventProps>,
  clock: CalendarClock,
  timeTexts: TimeTextsFormatter
): string {
  const which = arg.isShort ? 'start' : 'range'
  if (!arg.isMirror && props.startMs !== undefined && props.endMs !== undefined)
    return timeTexts(clock.toCalendar(props.startMs), clock.toCalendar(props.endMs))[which]
  const { start, end } = arg.event
  return start && end ? timeTexts(start.valueOf(), end.valueOf())[which] : ''
}
