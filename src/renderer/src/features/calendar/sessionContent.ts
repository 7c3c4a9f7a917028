// What a session's block says inside FullCalendar: in the week, title first, then time, the marks colour alone would
// carry (pinned, done) and the stage.
import type { EventDisplayInfo } from '@fullcalendar/react'
import { createElement, Fragment, type ReactElement } from 'react'
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
export type SessionContentRenderer = (arg: EventDisplayInfo) => ReactElement | string | true

/** The class of the title's element in a time-grid block (StudyCalendar.css wraps and clamps it). */
export const BLOCK_TITLE_CLASS = 'sp-event-title'

/**
 * A content renderer for one zone and locale. In the time grid FullCalendar is told not to format event times:
 * blocks format their own, from the session's instants; the block being dragged reads FullCalendar's times.
 *
 * A time-grid block reads title, then time and marks, then stage, a line each. Its title is an element of its own,
 * which wraps over as many lines as the block has and ends in an ellipsis when it needs more (StudyCalendar.css); the
 * lines after it show while there is room. A block too short for two lines gets the same words as one string, which
 * StudyCalendar.css puts on one line ending in an ellipsis: the title's start shows first. An element per title cost
 * the first mount of a week of 300 short blocks ~9 ms of main-thread CPU (week bench page, paired runs). Either way the
 * text is "title, time, stage" with line breaks: the block's accessible name, and the lines its tooltip shows
 * (BlockTooltip). The stage is spelled out because colour alone must not carry it; where it is clipped from view it
 * stays in both.
 *
 * The month and the agenda get one line from FullCalendar's time: the agenda's times are its first column, and a month
 * cell lists a day's sessions in the order of their times.
 */
export function sessionContentRenderer(clock: CalendarClock, locale: string | undefined): SessionContentRenderer {
  const timeTexts = timeTextsFormatter(locale)
  return (arg) => {
    const props = arg.event.extendedProps as Partial<SessionEventProps>
    if (props.sessionId === undefined) return true
    const marks = [props.pinned ? 'Pinned' : null, props.status ? STATUS_MARKS[props.status] : null].filter(Boolean)
    if (!arg.view.type.startsWith('timeGrid'))
      return [arg.timeText, arg.event.title, ...marks, props.stageTitle].filter(Boolean).join(' · ')
    const when = [timeGridText(arg, props, clock, timeTexts), ...marks].filter(Boolean).join(' · ')
    const rest = props.stageTitle ? `${when}\n${props.stageTitle}` : when
    // One line has no title to clamp: plain text, which the week's many short blocks lay out fastest.
    if (arg.isShort) return `${arg.event.title}\n${rest}`
    // The title's line break is inside its element: one after it would open an empty line below a block-level title.
    return createElement(
      Fragment,
      null,
      createElement('span', { className: BLOCK_TITLE_CLASS }, `${arg.event.title}\n`),
      rest
    )
  }
}

/** The drag mirror shows where the block would land (FullCalendar's times); a resting block shows its session's. */
function timeGridText(
  arg: EventDisplayInfo,
  props: Partial<SessionEventProps>,
  clock: CalendarClock,
  timeTexts: TimeTextsFormatter
): string {
  if (!arg.isMirror && props.startMs !== undefined && props.endMs !== undefined)
    return timeTexts(clock.toCalendar(props.startMs), clock.toCalendar(props.endMs)).range
  const { start, end } = arg.event
  return start && end ? timeTexts(start.valueOf(), end.valueOf()).range : ''
}
