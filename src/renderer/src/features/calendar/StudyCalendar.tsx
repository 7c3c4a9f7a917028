// The study calendar on FullCalendar v7: week time grid, month and agenda, availability shaded, sessions coloured by stage.
import FullCalendar, { type CalendarController, type CalendarRef } from '@fullcalendar/react'
import dayGridPlugin from '@fullcalendar/react/daygrid'
import interactionPlugin from '@fullcalendar/react/interaction'
import listPlugin from '@fullcalendar/react/list'
import timeGridPlugin from '@fullcalendar/react/timegrid'
import '@fullcalendar/react/skeleton.css'
import '@fullcalendar/react/themes/classic/theme.css'
import '@fullcalendar/react/themes/classic/palette.css'
import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Availability, Weekday } from '../../../../shared/domain/availability'
import type { Stage } from '../../../../shared/domain/roadmap'
import type { Session } from '../../../../shared/domain/session'
import type { EpochMs, IanaZone } from '../../../../shared/domain/time'
import type { Translate } from '../../../../shared/i18n/translator'
import { useT } from '../../i18n/translations'
import { BlockTooltip } from './BlockTooltip'
import { CALENDAR_TIME_ZONE, calendarClock } from './calendarClock'
import { calendarTimeFormats } from './calendarTimeFormats'
import { calendarTheme } from './calendarTheme'
import '../../components/common.css'
import { followShownDates, initialLoadedRange } from './loadedRange'
import { sessionContentRenderer } from './sessionContent'
import { availabilityToBackgroundEvents, indexTopics, sessionToEvent, type SessionEventProps } from './sessionEvents'
import './StudyCalendar.css'
import { useGridMeasured } from './useGridMeasured'
import { visibleHours } from './visibleHours'
import { HOUR_MIN_HEIGHT, SEVEN_DAYS, THREE_DAYS, threeDaysDate, threeDaysView, useNarrow } from './weekViews'

/** The three ways to look at the plan. */
export type CalendarView = 'week' | 'month' | 'agenda'

const viewTypes: Record<CalendarView, string> = { week: SEVEN_DAYS, month: 'dayGridMonth', agenda: 'agenda' }
/** FullCalendar's view type of `view` in a calendar `narrow` or not (the Week tab shows three days in a narrow one). */
const viewTypeOf = (view: CalendarView, narrow: boolean) => (view === 'week' && narrow ? THREE_DAYS : viewTypes[view])

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
  /**
   * A session was let go over time already past, where it cannot go: the calendar puts it back, and the caller says
   * why (without it the block just jumped home with no word).
   */
  readonly onRefusedMove?: () => void
  /** A session was clicked or activated with the keyboard. */
  readonly onOpenSession: (sessionId: string) => void
  /**
   * With it, free time still to come can be selected (clicked or dragged) in the grid: the caller offers to add a
   * session there. `allDay` is true for a day picked in the month view (only its date counts then).
   */
  readonly onSelectSlot?: (startMs: EpochMs, endMs: EpochMs, allDay: boolean) => void
  /** CSS height of the calendar; fills its container by default. */
  readonly height?: string | number
}

const plugins = [calendarTheme, timeGridPlugin, dayGridPlugin, listPlugin, interactionPlugin]
// The time grid's blocks format their own times (see sessionContent); month and agenda get theirs from
// calendarTimeFormats, in the same words.
const views = {
  agenda: { type: 'list', duration: { weeks: 2 } },
  timeGrid: { displayEventTime: false },
  dayGrid: { eventInnerClass: 'sp-event-line' },
  [SEVEN_DAYS]: { slotMinHeight: HOUR_MIN_HEIGHT.sevenDays },
  [THREE_DAYS]: threeDaysView
}
const toolbarStart = { start: 'prev,next today', center: 'title' }
const headerToolbars = {
  wide: { ...toolbarStart, end: `${SEVEN_DAYS},dayGridMonth,agenda` },
  narrow: { ...toolbarStart, end: `${THREE_DAYS},dayGridMonth,agenda` }
}
/** The select key of a view type in the catalog's view hints. */
const viewKeys: Record<string, string> = {
  [SEVEN_DAYS]: 'week',
  [THREE_DAYS]: 'threeDays',
  dayGridMonth: 'month',
  agenda: 'agenda'
}

/**
 * Every word FullCalendar shows or says, from the catalog: its built-in English would otherwise stay on every screen
 * (given a locale it has no texts for, it formats dates in that locale but keeps its English words).
 */
function calendarTexts(t: Translate) {
  // FullCalendar names the unit of a week or month view; the agenda (two weeks of a list view) and the three-day week
  // get none, which read "Previous undefined" to a screen reader.
  const navHints = (unnamed: 'twoWeeks' | 'threeDays') => {
    const unitOf = (unit: string | undefined) => (unit === 'week' || unit === 'month' ? unit : unnamed)
    return {
      todayHint: (_: string, unit: string | undefined) => t('calendar.fullCalendar.todayHint', { unit: unitOf(unit) }),
      prevHint: (_: string, unit: string | undefined) =>
        t('calendar.fullCalendar.previousHint', { unit: unitOf(unit) }),
      nextHint: (_: string, unit: string | undefined) => t('calendar.fullCalendar.nextHint', { unit: unitOf(unit) })
    }
  }
  return {
    buttons: {
      [SEVEN_DAYS]: { text: t('calendar.fullCalendar.week') },
      [THREE_DAYS]: { text: t('calendar.fullCalendar.threeDays') },
      dayGridMonth: { text: t('calendar.fullCalendar.month') },
      agenda: { text: t('calendar.fullCalendar.agenda') }
    },
    hintsOf: { agenda: navHints('twoWeeks'), threeDays: navHints('threeDays') },
    options: {
      todayText: t('calendar.fullCalendar.today'),
      prevText: t('calendar.fullCalendar.previous'),
      nextText: t('calendar.fullCalendar.next'),
      prevYearText: t('calendar.fullCalendar.previousYear'),
      nextYearText: t('calendar.fullCalendar.nextYear'),
      yearText: t('calendar.fullCalendar.year'),
      monthText: t('calendar.fullCalendar.month'),
      weekTextLong: t('calendar.fullCalendar.week'),
      weekTextShort: t('calendar.fullCalendar.weekShort'),
      dayText: t('calendar.fullCalendar.day'),
      listText: t('calendar.fullCalendar.agenda'),
      viewHint: (buttonText: string, viewName: string) =>
        t('calendar.fullCalendar.viewHint', { view: viewKeys[viewName] ?? 'other', name: buttonText }),
      viewChangeHint: t('calendar.fullCalendar.viewChangeHint'),
      navLinkHint: (dateText: string) => t('calendar.fullCalendar.navLinkHint', { date: dateText }),
      noEventsText: t('calendar.fullCalendar.noEvents'),
      allDayText: t('calendar.fullCalendar.allDay'),
      timedText: t('calendar.fullCalendar.timed'),
      moreLinkText: (count: number) => t('calendar.fullCalendar.moreLink', { count }),
      moreLinkHint: (count: number) => t('calendar.fullCalendar.moreLinkHint', { count }),
      closeHint: t('calendar.fullCalendar.close'),
      eventsHint: t('calendar.fullCalendar.events')
    }
  }
}

type MovedEvent = {
  event: { id: string; start: Date | null; end: Date | null; extendedProps: Partial<SessionEventProps> }
  revert: () => void
}

export function StudyCalendar(props: StudyCalendarProps) {
  const {
    sessions,
    stages,
    availability,
    view = 'week',
    now,
    timeZone,
    firstDay,
    locale,
    controller,
    height = '100%'
  } = props
  const calendar = useRef<CalendarRef>(null)
  const t = useT()
  // New texts only when the language changes: FullCalendar re-processes an option whose identity changes.
  const texts = useMemo(() => calendarTexts(t), [t])
  // FullCalendar re-processes every option whose identity changes; callbacks read the latest props through a ref so
  // they stay the same functions across renders (a re-render after a drop then does not rebuild the calendar's options).
  const latest = useRef(props)
  useLayoutEffect(() => {
    latest.current = props
  })
  const places = useMemo(() => indexTopics(stages), [stages])
  const clock = useMemo(() => calendarClock(timeZone), [timeZone])
  // A plan holds months of sessions; FullCalendar re-reads every event it is given on each change, so it gets only
  // those near the dates shown (a drop then repaints without re-processing the whole plan).
  const [loaded, setLoaded] = useState(() => initialLoadedRange(now))
  const nearby = useMemo(
    () => sessions.filter((session) => session.endMs > loaded.start && session.startMs < loaded.end),
    [sessions, loaded]
  )
  const background = useMemo(() => availabilityToBackgroundEvents(availability, clock), [availability, clock])
  const frame = useRef<HTMLDivElement>(null)
  const narrow = useNarrow(frame)
  const gridMeasured = useGridMeasured(frame)
  // Events are rebuilt when a session turns missed, not on every tick of `now`: the latest end already passed stands in for it.
  const missedBy = useMemo(() => latestEndBy(nearby, now), [nearby, now])
  const events = useMemo(
    () =>
      gridMeasured
        ? [...background, ...nearby.map((session) => sessionToEvent(session, places, clock, missedBy, t))]
        : background,
    [gridMeasured, nearby, places, background, clock, missedBy, t]
  )
  const hours = useMemo(() => visibleHours(availability.windows, sessions), [availability.windows, sessions])
  const eventContent = useMemo(() => sessionContentRenderer(clock, locale, t), [clock, locale, t])
  const timeFormats = useMemo(() => calendarTimeFormats(locale), [locale])
  const shownNow = clock.toCalendar(now)
  // The first view comes from initialView; later changes of the prop switch the live calendar.
  const [initialView] = useState(viewTypes[view])
  // Before paint: a calendar that mounts narrow shows three days in its first frame.
  useLayoutEffect(() => {
    const api = calendar.current?.getApi()
    const type = viewTypeOf(view, narrow)
    if (!api || api.view.type === type) return
    if (type !== THREE_DAYS) return api.changeView(type)
    const today = calendarClock(latest.current.timeZone).toCalendar(latest.current.now)
    api.changeView(type, threeDaysDate(api.view.currentStart, api.view.currentEnd, today))
  }, [view, narrow])

  // Whether the spot a dragged session is over refuses it (time already past); read when it is let go.
  const dragOverThePast = useRef(false)
  const handlers = useMemo(() => {
    // The calendar speaks wall-clock times; these turn them into instants of the zone the props name now.
    const toInstant = (date: Date) => calendarClock(latest.current.timeZone).fromCalendar(date.valueOf())
    const report = (info: MovedEvent, startMs: EpochMs, endMs: EpochMs) => {
      Promise.resolve(latest.current.onMoveSession(info.event.id, startMs, endMs)).catch(() => info.revert())
    }
    return {
      eventAllow: (span: { start: Date }) => {
        dragOverThePast.current = toInstant(span.start) < latest.current.now
        return !dragOverThePast.current
      },
      eventDragStart: () => {
        dragOverThePast.current = false
      },
      eventDragStop: () => {
        if (dragOverThePast.current) latest.current.onRefusedMove?.()
        dragOverThePast.current = false
      },
      // A dropped session keeps its length in real time, also when it lands across a clock change.
      eventDrop: (info: MovedEvent) => {
        const { start } = info.event
        const { startMs, endMs } = info.event.extendedProps
        if (!start || startMs === undefined || endMs === undefined) return info.revert()
        const newStartMs = toInstant(start)
        report(info, newStartMs, newStartMs + (endMs - startMs))
      },
      eventResize: (info: MovedEvent) => {
        const { start, end } = info.event
        if (!start || !end) return info.revert()
        report(info, toInstant(start), toInstant(end))
      },
      // Only time still to come, and never over a session (background shading may be selected).
      selectAllow: (span: { end: Date }) => toInstant(span.end) > latest.current.now,
      selectOverlap: (event: { display: string }) => event.display === 'background',
      select: (info: { start: Date; end: Date; allDay: boolean }) => {
        calendar.current?.getApi().unselect()
        latest.current.onSelectSlot?.(toInstant(info.start), toInstant(info.end), info.allDay)
      },
      eventClick: (info: { jsEvent: MouseEvent; event: { id: string } }) => {
        info.jsEvent.preventDefault()
        latest.current.onOpenSession(info.event.id)
      },
      datesSet: (info: { start: Date; end: Date; view: { type: string } }) => {
        setLoaded((current) => followShownDates(current, { start: toInstant(info.start), end: toInstant(info.end) }))
        const shown =
          info.view.type === THREE_DAYS
            ? 'week'
            : (Object.keys(viewTypes) as CalendarView[]).find((name) => viewTypes[name] === info.view.type)
        if (shown && shown !== (latest.current.view ?? 'week')) latest.current.onViewChange?.(shown)
      }
    }
  }, [])

  return (
    <div className="sp-calendar" ref={frame}>
      <FullCalendar
        ref={calendar}
        plugins={plugins}
        {...(controller ? { controller } : {})}
        initialView={initialView}
        views={views}
        headerToolbar={narrow ? headerToolbars.narrow : headerToolbars.wide}
        buttons={texts.buttons}
        {...texts.options}
        {...(narrow && view === 'week' ? texts.hintsOf.threeDays : texts.hintsOf.agenda)}
        buttonClass="sp-fc-button"
        headingLevel={2}
        timeZone={CALENDAR_TIME_ZONE}
        now={shownNow}
        initialDate={shownNow}
        {...(locale ? { locale } : {})}
        eventTimeFormat={timeFormats.eventTimeFormat}
        slotHeaderFormat={timeFormats.slotHeaderFormat}
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
        selectable={props.onSelectSlot !== undefined}
        {...handlers}
        eventContent={eventContent}
      />
      <BlockTooltip frame={frame} />
    </div>
  )
}

/** The latest session end at or before `now` (-Infinity when none): a session is missed by then exactly when it is by `now`. */
function latestEndBy(sessions: readonly Session[], now: number): number {
  let latest = -Infinity
  for (const session of sessions) if (session.endMs <= now && session.endMs > latest) latest = session.endMs
  return latest
}
