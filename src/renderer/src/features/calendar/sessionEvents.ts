// Turns plan sessions and availability into FullCalendar event inputs: one colour per stage, pinned and done marked.
import type { EventInput } from '@fullcalendar/react'
import type { Availability } from '../../../../shared/domain/availability'
import type { Stage, Topic } from '../../../../shared/domain/roadmap'
import type { Session } from '../../../../shared/domain/session'
import type { Translate } from '../../../../shared/i18n/translator'
import { isMissed } from '../../../../shared/scheduling/replan'
import type { CalendarClock } from './calendarClock'

/** Number of stage colours; stages past it reuse them in order. */
export const STAGE_COLOR_COUNT = 6

/** Where a topic sits in the roadmap, for titles and colours. */
export interface TopicPlace {
  readonly topic: Topic
  readonly stage: Stage
  readonly stageIndex: number
}

/** A session's status as the calendar shows it: a planned session whose end has passed is missed. */
export type ShownStatus = Session['status'] | 'missed'

/** How the calendar shows `session` at `now`. */
export function shownStatus(session: Pick<Session, 'status' | 'endMs'>, now: number): ShownStatus {
  return isMissed(session, now) ? 'missed' : session.status
}

/** What a calendar event carries besides its times, read back by the event renderer and the click handler. */
export interface SessionEventProps {
  readonly sessionId: string
  readonly kind: Session['kind']
  readonly status: ShownStatus
  readonly pinned: boolean
  readonly stageTitle: string
  /** The session's instants (the event's own start and end are wall-clock times, see calendarClock). */
  readonly startMs: number
  readonly endMs: number
}

/** Every topic of the stages (all tracks of choice stages), by id. */
export function indexTopics(stages: readonly Stage[]): Map<string, TopicPlace> {
  const places = new Map<string, TopicPlace>()
  stages.forEach((stage, stageIndex) => {
    const topics = stage.kind === 'choice' ? stage.tracks.flatMap((track) => track.topics) : stage.topics
    for (const topic of topics) places.set(topic.id, { topic, stage, stageIndex })
  })
  return places
}

/** The CSS class holding a stage's colours (light and dark variants live in StudyCalendar.css). */
export function stageColorClass(stageIndex: number): string {
  return `sp-stage-${((stageIndex % STAGE_COLOR_COUNT) + STAGE_COLOR_COUNT) % STAGE_COLOR_COUNT}`
}

/** The title a session shows: its topic (or a free-text session's own title), prefixed for reviews. */
export function sessionTitle(
  session: Pick<Session, 'kind' | 'topicId' | 'title'>,
  places: ReadonlyMap<string, TopicPlace>,
  t: Translate
): string {
  const title = session.title ?? places.get(session.topicId)?.topic.title ?? session.topicId
  return session.kind === 'review' ? t('calendar.block.reviewTitle', { title }) : title
}

/**
 * One calendar event for a session at `now`. Only planned sessions ahead can be dragged or resized; done, skipped and
 * missed ones are history.
 */
export function sessionToEvent(
  session: Session,
  places: ReadonlyMap<string, TopicPlace>,
  clock: CalendarClock,
  now: number,
  t: Translate
): EventInput {
  const place = places.get(session.topicId)
  const stageIndex = place?.stageIndex ?? (places.size > 0 ? -1 : 0)
  const status = shownStatus(session, now)
  const extendedProps: SessionEventProps = {
    sessionId: session.id,
    kind: session.kind,
    status,
    pinned: session.pinned,
    stageTitle: place?.stage.title ?? '',
    startMs: session.startMs,
    endMs: session.endMs
  }
  return {
    id: session.id,
    title: sessionTitle(session, places, t),
    start: clock.toCalendar(session.startMs),
    end: clock.toCalendar(session.endMs),
    editable: status === 'planned',
    interactive: true,
    className: [
      'sp-session',
      stageIndex >= 0 ? stageColorClass(stageIndex) : 'sp-stage-unknown',
      `sp-status-${status}`,
      ...(session.pinned ? ['sp-pinned'] : []),
      ...(session.adHoc ? ['sp-ad-hoc'] : []),
      ...(session.kind === 'review' ? ['sp-review'] : [])
    ].join(' '),
    extendedProps
  }
}

/**
 * Weekly windows as recurring background events (FullCalendar repeats them on the wall clock it shows), plus busy
 * intervals from imported calendars.
 */
export function availabilityToBackgroundEvents(
  availability: Pick<Availability, 'windows' | 'busy'>,
  clock: CalendarClock
): EventInput[] {
  const windows = availability.windows.map((window, index): EventInput => ({
    id: `available-${index}`,
    groupId: 'availability',
    daysOfWeek: [window.weekday],
    startTime: window.start,
    endTime: window.end,
    display: 'background',
    className: 'sp-available'
  }))
  const busy = availability.busy.map((interval, index): EventInput => ({
    id: `busy-${index}`,
    start: clock.toCalendar(interval.startMs),
    end: clock.toCalendar(interval.endMs),
    display: 'background',
    className: 'sp-busy',
    ...(interval.label ? { title: interval.label } : {})
  }))
  return [...windows, ...busy]
}
