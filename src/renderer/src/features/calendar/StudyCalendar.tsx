// The study calendar on FullCalendar v7: week time grid, month and agenda, availability shaded, sessions coloured by stage.
import FullCalendar, { type CalendarController, type CalendarRef, type EventDisplayInfo } from '@fullcalendar/react'
import dayGridPlugin from '@fullcalendar/react/daygrid'
import interactionPlugin from '@fullcalendar/react/interaction'
import listPlugin from '@fullcalendar/react/list'
import classicThemePlugin from '@fullcalendar/react/themes/classic'
import timeGridPlugin from '@fullcalendar/react/timegrid'
import '@fullcalendar/react/skeleton.css'
import '@fullcalendar/react/themes/classic/theme.css'
import '@fullcalendar/react/themes/classic/palette.css'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Availability, Weekday } from '../../../../shared/domain/availability'
import type { Stage } from '../../../../shared/domain/roadmap'
import type { Session } from '../../../../shared/domain/session'
import type { EpochMs, IanaZone } from '../../../../shared/domain/time'
import './common.css'
import { availabilityToBackgroundEvents, indexTopics, sessionToEvent, type SessionEventProps } from './sessionEvents'
import './StudyCalendar.css'
import { visibleHours } from './visibleHours'

/** The three ways to look at the plan. */
export type CalendarView = 'week' | 'month' | 'agenda'

/** Sessions this far either side of the dates shown are handed to the calendar (more than a month view spans). */
const RANGE_MARGIN_MS = 42 * 86_400_000

const viewTypes: Record<CalendarView, string> = { week: 'timeGridWeek', month: 'dayGridMonth', agenda: 'agenda' }

export interface StudyCalendarProps {
  readonly sessions: readonly Session[]
  /** The plan's roadmap stages: titles, topics and one colour per stage in this order. */
  readonly stages: readonly Stage[]
  /** Weekly windows are shaded; busy intervals are shown as blocked time. */
  readonly availability: Pick<Availability, 'windows' | 'busy'>
  /** Which view to show; 'week' by default. */
  readonly view?: CalendarView
  /** Called when the learner switches view with the calendar's own buttons. */
  readonly onViewChange?: (view: CalendarView) => void
  /** The current instant: the now line and the date shown first. */
  readonly now: EpochMs
  readonly timeZone: IanaZone
  /** First day of the week, 0 = Sunday. */
  readonly firstDay: Weekday
  /** BCP 47 locale for the calendar's dates and times. */
  readonly locale?: string
  /** From FullCalendar's useCalendarController(): lets shortcuts go to today or the previous/next week. */
  readonly controller?: CalendarController
  /**
   * A planned session was dragged or resized to new times. The caller pins it and re-plans; the calendar shows the
   * drop until `sessions` changes, and puts the session back if the returned promise rejects.
   */
  readonly onMoveSession: (sessionId: string, startMs: EpochMs, endMs: EpochMs) => void | Promise<void>
  /** A session was clicked or activated with the keyboard. */
  readonly onOpenSession: (sessionId: string) => void
  /** CSS height of the calendar; fills its container by default. */
  readonly height?: string | number
}

export function StudyCalendar(props: StudyCalendarProps) {
  const { sessions, stages, availability, view = 'week', onViewChange, now, timeZone, firstDay, locale, controller, onMoveSession, onOpenSession, height = '100%' } = props
  const calendar = useRef<CalendarRef>(null)
  const places = useMemo(() => indexTopics(stages), [stages])
  // A plan holds months of sessions; FullCalendar re-reads every event it is given on each change, so it gets only
  // those near the dates shown (a drop then repaints without re-processing the whole plan).
  const [shownDates, setShownDates] = useState(() => ({ start: now - RANGE_MARGIN_MS, end: now + RANGE_MARGIN_MS }))
  const nearby = useMemo(
    () => sessions.filter((session) => session.endMs > shownDates.start - RANGE_MARGIN_MS && session.startMs < shownDates.end + RANGE_MARGIN_MS),
    [sessions, shownDates]
  )
  const events = useMemo(
    () => [...availabilityToBackgroundEvents(availability), ...nearby.map((session) => sessionToEvent(session, places))],
    [nearby, places, availability]
  )
  const hours = useMemo(() => visibleHours(availability.windows, sessions), [availability.windows, sessions])
  // The first view comes from initialView; later changes of the prop switch the live calendar.
  const [initialView] = useState(viewTypes[view])
  useEffect(() => {
    const api = calendar.current?.getApi()
    if (api && api.view.type !== viewTypes[view]) api.changeView(viewTypes[view])
  }, [view])

  const move = (info: { event: { id: string; start: Date | null; end: Date | null }; revert: () => void }) => {
    const { start, end } = info.event
    if (!start || !end) return info.revert()
    Promise.resolve(onMoveSession(info.event.id, start.valueOf(), end.valueOf())).catch(() => info.revert())
  }

  return (
    <div className="sp-calendar">
      <FullCalendar
        ref={calendar}
        plugins={[classicThemePlugin, timeGridPlugin, dayGridPlugin, listPlugin, interactionPlugin]}
        {...(controller ? { controller } : {})}
        initialView={initialView}
        views={{ agenda: { type: 'list', duration: { weeks: 2 } } }}
        headerToolbar={{ start: 'prev,next today', center: 'title', end: 'timeGridWeek,dayGridMonth,agenda' }}
        buttons={{ timeGridWeek: { text: 'Week' }, dayGridMonth: { text: 'Month' }, agenda: { text: 'Agenda' } }}
        todayText="Today"
        todayHint={(unitText) => `Today: show the current ${unitText}`}
        prevHint={(unitText) => `Previous ${unitText}`}
        nextHint={(unitText) => `Next ${unitText}`}
        viewHint={(buttonText) => `${buttonText} view`}
        buttonClass="sp-fc-button"
        headingLevel={2}
        timeZone={timeZone}
        now={now}
        initialDate={now}
        {...(locale ? { locale } : {})}
        firstDay={firstDay}
        nowIndicator
        allDaySlot={false}
        slotMinTime={hours.min}
        slotMaxTime={hours.max}
        expandRows
        scrollTime={hours.min}
        snapDuration="00:15:00"
        slotDuration="01:00:00"
        height={height}
        dayMaxEvents={4}
        events={events}
        editable
        eventAllow={(span) => startsNotBefore(span.startStr, now)}
        eventDrop={move}
        eventResize={move}
        eventClick={(info) => {
          info.jsEvent.preventDefault()
          onOpenSession(info.event.id)
        }}
        eventContent={renderSessionContent}
        noEventsText="No study sessions in this period."
        datesSet={(info) => {
          const start = info.start.valueOf()
          const end = info.end.valueOf()
          setShownDates((current) => (current.start === start && current.end === end ? current : { start, end }))
          const shown = (Object.keys(viewTypes) as CalendarView[]).find((name) => viewTypes[name] === info.view.type)
          if (shown && shown !== view) onViewChange?.(shown)
        }}
      />
    </div>
  )
}

/**
 * Sessions cannot be dropped into the past. FullCalendar hands eventAllow zone-shifted Date markers in a named zone,
 * so the span's offset-carrying ISO text is the reliable instant.
 */
function startsNotBefore(startStr: string, now: EpochMs): boolean {
  const startMs = Date.parse(startStr)
  return Number.isNaN(startMs) || startMs >= now
}

/** A session's block: time, title, and words for what colour alone would say (pinned, review, done). */
function renderSessionContent(arg: EventDisplayInfo) {
  const props = arg.event.extendedProps as Partial<SessionEventProps>
  if (props.sessionId === undefined) return true
  const badges = [props.pinned ? 'Pinned' : null, props.status === 'done' ? 'Done' : null, props.status === 'skipped' ? 'Skipped' : null].filter(Boolean)
  return (
    <span className={arg.view.type.startsWith('dayGrid') ? 'sp-event-body sp-event-inline' : 'sp-event-body'}>
      {arg.timeText ? <span className="sp-event-time">{arg.timeText}</span> : null}
      <span className="sp-event-title">
        {props.pinned ? (
          <svg aria-hidden="true" className="sp-pin" viewBox="0 0 16 16">
            <path d="M10.5 1.5 14.5 5.5 12.8 6.1 10.3 8.6 10.8 12.2 9.6 13.4 6.9 10.7 2.6 15 1 15 1 13.4 5.3 9.1 2.6 6.4 3.8 5.2 7.4 5.7 9.9 3.2Z" />
          </svg>
        ) : null}
        {arg.event.title}
      </span>
      {badges.length > 0 ? <span className="sp-event-badges">{badges.join(' · ')}</span> : null}
      {props.stageTitle ? <span className="visually-hidden">, stage {props.stageTitle}</span> : null}
    </span>
  )
}
