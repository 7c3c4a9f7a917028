// What a session's block shows inside FullCalendar: time, title and the words colour alone would say (pinned, done, review).
import type { EventDisplayInfo } from '@fullcalendar/react'
import type { ReactNode } from 'react'
import type { IanaZone } from '../../../../shared/domain/time'
import { zoneOffsets } from '../../../../shared/scheduling/zone'
import type { SessionEventProps } from './sessionEvents'

/** Renders one event's content; `true` asks FullCalendar for its default (background and non-session events). */
export type SessionContentRenderer = (arg: EventDisplayInfo) => ReactNode | true

const MINUTE_MS = 60_000
const DAY_MINUTES = 1440

/**
 * Formats session time ranges in one zone and locale, e.g. '19:00–20:00' (en-GB) or '7:00 – 8:00 PM' (en-US). A busy
 * week repeats the same few wall-clock ranges on every day, so each is formatted once: the range's local minutes
 * (from the engine's offset tables) key one native Intl formatting of those wall times.
 */
export function timeRangeFormatter(timeZone: IanaZone, locale: string | undefined): (startMs: number, endMs: number) => string {
  const offsets = zoneOffsets(timeZone)
  // Wall times are formatted as UTC instants, so the host's zone and DST cannot shift them again.
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
  const texts = new Map<string, string>()
  return (startMs, endMs) => {
    const startMinute = Math.floor(offsets.instantToLocal(startMs) / MINUTE_MS)
    const endMinute = Math.floor(offsets.instantToLocal(endMs) / MINUTE_MS)
    const dayStart = Math.floor(startMinute / DAY_MINUTES) * DAY_MINUTES
    const key = `${startMinute - dayStart}/${endMinute - dayStart}`
    let text = texts.get(key)
    if (text === undefined) {
      text = format.formatRange((startMinute - dayStart) * MINUTE_MS, (endMinute - dayStart) * MINUTE_MS)
      texts.set(key, text)
    }
    return text
  }
}

/**
 * A content renderer for one zone and locale. In the time grid FullCalendar is told not to format event times (its
 * per-event range formatting through the Temporal polyfill was the largest script cost of rendering a busy week):
 * blocks format their own, from the instants the event carries; the block being dragged reads FullCalendar's times.
 */
export function sessionContentRenderer(timeZone: IanaZone, locale: string | undefined): SessionContentRenderer {
  const rangeText = timeRangeFormatter(timeZone, locale)
  return (arg) => {
    const props = arg.event.extendedProps as Partial<SessionEventProps>
    if (props.sessionId === undefined) return true
    const timeText = arg.view.type.startsWith('timeGrid') ? timeGridText(arg, props, rangeText) : arg.timeText
    const badges = [props.pinned ? 'Pinned' : null, props.status === 'done' ? 'Done' : null, props.status === 'skipped' ? 'Skipped' : null].filter(Boolean)
    return (
      <span className={arg.view.type.startsWith('dayGrid') ? 'sp-event-body sp-event-inline' : 'sp-event-body'}>
        {timeText ? <span className="sp-event-time">{timeText}</span> : null}
        <span className="sp-event-title">
          {props.pinned ? <PinIcon /> : null}
          {arg.event.title}
        </span>
        {badges.length > 0 ? <span className="sp-event-badges">{badges.join(' · ')}</span> : null}
        {props.stageTitle ? <span className="visually-hidden">, stage {props.stageTitle}</span> : null}
      </span>
    )
  }
}

/** The drag mirror shows where the block would land (FullCalendar's times); a resting block shows its session's. */
function timeGridText(arg: EventDisplayInfo, props: Partial<SessionEventProps>, rangeText: (startMs: number, endMs: number) => string): string {
  if (!arg.isMirror && props.startMs !== undefined && props.endMs !== undefined) return rangeText(props.startMs, props.endMs)
  const { start, end } = arg.event
  return start && end ? rangeText(start.valueOf(), end.valueOf()) : ''
}

function PinIcon() {
  return (
    <svg aria-hidden="true" className="sp-pin" viewBox="0 0 16 16">
      <path d="M10.5 1.5 14.5 5.5 12.8 6.1 10.3 8.6 10.8 12.2 9.6 13.4 6.9 10.7 2.6 15 1 15 1 13.4 5.3 9.1 2.6 6.4 3.8 5.2 7.4 5.7 9.9 3.2Z" />
    </svg>
  )
}
