// What a session's block says inside FullCalendar: in the week, title first, then time, the marks colour alone would
// carry (pinned, done) and the stage.
import type { EventDisplayInfo } from '@fullcalendar/react'
import { createElement, Fragment, type ReactElement } from 'react'
import type { Translate } from '../../../../shared/i18n/translator'
import type { CalendarClock } from './calendarClock'
import { timeTextsFormatter, type TimeTextsFormatter } from './timeTexts'
import type { SessionEventProps, ShownStatus } from './sessionEvents'

/** The words a block carries for its status, so colour and opacity alone never say it (none for a planned one). */
const statusMarks = (t: Translate): Record<ShownStatus, string | null> => ({
  planned: null,
  done: t('calendar.block.status', { status: 'done' }),
  skipped: t('calendar.block.status', { status: 'skipped' }),
  missed: t('calendar.block.status', { status: 'missed' })
})

/** Renders one event's content; `true` asks FullCalendar for its default (background and non-session events). */
export type SessionContentRenderer = (arg: EventDisplayInfo) => ReactElement | string | true

/** The class of the title's element in a time-grid block (StudyCalendar.css wraps and clamps it). */
export const BLOCK_TITLE_CLASS = 'sp-event-title'

/**
 * A content renderer for one zone, locale and language. In the time grid FullCalendar is told not to format event times:
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
export function sessionContentRenderer(
  clock: CalendarClock,
  locale: string | undefined,
  t: Translate
): SessionContentRenderer {
  const timeTexts = timeTextsFormatter(locale)
  // Translated once per renderer: a busy week renders hundreds of blocks.
  const pinned = t('calendar.block.pinned')
  const marksOf = statusMarks(t)
  return (arg) => {
    const props = arg.event.extendedProps as Partial<SessionEventProps>
    if (props.sessionId === undefined) return true
    const marks = [props.pinned ? pinned : null, props.status ? marksOf[props.status] : null].filter(Boolean)
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
