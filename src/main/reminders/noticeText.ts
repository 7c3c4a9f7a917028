// The words of every reminder notification and of the tray: topic, time in the plan's zone, and stage, written in the
// app's one time vocabulary (shared/format) in the learner's display locale.
import type { Reminder } from '../../shared/domain/reminder'
import { formatDayLabel, formatDuration, formatTime, formatTimeRange } from '../../shared/format'
import type { StudyTimerStatus } from '../../shared/ipc/contract'
import type { ReminderNotice } from './ports'
import { addLocalDays, localDateOf } from '../../shared/time'

/** Where and how times are written: the plan's IANA zone and the renderer's display locale (with its clock choice). */
export interface NoticeDisplay {
  readonly zone: string
  readonly locale: string
}

/** A grouped notice lists this many sessions, then "and N more". */
const GROUP_LINES = 3

/** '14:00–15:30', prefixed with the day ('Tue 16 Mar, ') when the session is not on today's local date. */
export function sessionTimeRange(reminder: Reminder, now: number, { zone, locale }: NoticeDisplay): string {
  const range = formatTimeRange(reminder.startsAt, reminder.endsAt, zone, locale)
  const sameDay = localDateOf(reminder.startsAt, zone) === localDateOf(now, zone)
  return sameDay ? range : `${formatDayLabel(reminder.startsAt, zone, locale)}, ${range}`
}

function kindLabel(reminder: Reminder): string {
  return reminder.kind === 'review' ? 'Review' : 'Study'
}

function withStage(text: string, reminder: Reminder): string {
  return reminder.stageTitle.length > 0 ? `${text} · ${reminder.stageTitle}` : text
}

/** The notification for one reminder, on time or snoozed. */
export function reminderNotice(
  reminder: Reminder,
  now: number,
  display: NoticeDisplay,
  snoozed = false
): ReminderNotice {
  const when = sessionTimeRange(reminder, now, display)
  const status = now >= reminder.endsAt ? 'Missed: ' : ''
  return {
    kind: snoozed ? 'snoozed' : 'reminder',
    title: `${kindLabel(reminder)}: ${reminder.topicTitle}`,
    body: withStage(`${status}${when}`, reminder),
    sessionId: reminder.sessionId,
    sessionIds: [reminder.sessionId]
  }
}

// A click should open what is still useful: the earliest session not yet over, else the latest one.
function sessionToOpen(reminders: readonly Reminder[], now: number): string | null {
  const byStart = [...reminders].sort((a, b) => b.startsAt - a.startsAt)
  const notOver = byStart.filter((reminder) => reminder.endsAt > now)
  return (notOver.at(-1) ?? byStart[0])?.sessionId ?? null
}

/** One notification for several reminders that came due together (after sleep, a clock jump or a pause). */
export function groupedNotice(reminders: readonly Reminder[], now: number, display: NoticeDisplay): ReminderNotice {
  const ordered = [...reminders].sort((a, b) => a.fireAt - b.fireAt || a.startsAt - b.startsAt)
  const lines = ordered
    .slice(0, GROUP_LINES)
    .map((reminder) => `${sessionTimeRange(reminder, now, display)} ${reminder.topicTitle}`)
  if (ordered.length > GROUP_LINES) lines.push(`and ${ordered.length - GROUP_LINES} more`)
  return {
    kind: 'missed',
    title: `${ordered.length} study reminders`,
    body: lines.join('\n'),
    sessionId: sessionToOpen(ordered, now),
    sessionIds: ordered.map((reminder) => reminder.sessionId)
  }
}

/** The daily digest: 'Today: 2 sessions, 1 hr 30 mins · first at 09:00'. `sessions` are today's, one per session. */
export function digestNotice(sessions: readonly Reminder[], now: number, display: NoticeDisplay): ReminderNotice {
  const { zone, locale } = display
  const ordered = [...sessions].sort((a, b) => a.startsAt - b.startsAt)
  const totalMs = ordered.reduce((sum, session) => sum + (session.endsAt - session.startsAt), 0)
  const count = `${ordered.length} ${ordered.length === 1 ? 'session' : 'sessions'}`
  const first = ordered[0]
  const firstAt = first ? ` · first at ${formatTime(first.startsAt, zone, locale)}` : ''
  const next = ordered.find((session) => session.endsAt > now)
  return {
    kind: 'digest',
    title: "Today's study plan",
    body: `Today: ${count}, ${formatDuration(totalMs, locale)}${firstAt}`,
    sessionId: next?.sessionId ?? null,
    sessionIds: ordered.map((session) => session.sessionId)
  }
}

// The time for today, 'tomorrow 07:00' for the next local day (a rest-of-day pause), else 'Tue 16 Mar, 07:00'.
function relativeTime(instant: number, now: number, { zone, locale }: NoticeDisplay): string {
  const day = localDateOf(instant, zone)
  const today = localDateOf(now, zone)
  const time = formatTime(instant, zone, locale)
  if (day === today) return time
  return day === addLocalDays(today, 1) ? `tomorrow ${time}` : `${formatDayLabel(instant, zone, locale)}, ${time}`
}

/** Windows truncates tray tooltips past 127 characters; cut them ourselves so the end stays readable. */
const TOOLTIP_MAX = 127

/** A topic title in the study timer's line is cut to this many characters, so the lines after it still show. */
const TIMER_TOPIC_MAX = 60

/** The study timer's line: 'Studying: Recursion since 19:02' or 'Paused: Recursion'. Static: no running clock. */
export function studyTimerLine(timer: StudyTimerStatus, { zone, locale }: NoticeDisplay): string {
  const topic =
    timer.topicTitle.length > TIMER_TOPIC_MAX ? `${timer.topicTitle.slice(0, TIMER_TOPIC_MAX - 1)}…` : timer.topicTitle
  return timer.pausedAtMs === null
    ? `Studying: ${topic} since ${formatTime(timer.startedAtMs, zone, locale)}`
    : `Paused: ${topic}`
}

/**
 * The tray tooltip: the study timer if one runs, whether reminders may be out of date or are paused, then the session
 * in progress or next (cut last if too long). `outOfDate` is given when no sync arrived for a day, with when the last
 * one did.
 */
export function trayTooltip(
  upcoming: Reminder | null,
  pausedUntil: number | null,
  now: number,
  display: NoticeDisplay,
  outOfDate: { readonly syncedAt: number | null } | null = null,
  studyTimer: StudyTimerStatus | null = null
): string {
  const lines = ['Study Planner']
  if (studyTimer) lines.push(studyTimerLine(studyTimer, display))
  if (outOfDate) {
    const { syncedAt } = outOfDate
    lines.push(
      syncedAt === null
        ? 'Reminders may be out of date'
        : `Reminders may be out of date (last updated ${relativeTime(syncedAt, now, display)})`
    )
  }
  if (pausedUntil !== null) {
    lines.push(`Reminders paused until ${relativeTime(pausedUntil, now, display)}`)
  }
  if (upcoming) {
    lines.push(
      now >= upcoming.startsAt
        ? `Now: ${upcoming.topicTitle} (until ${formatTime(upcoming.endsAt, display.zone, display.locale)})`
        : `Next: ${upcoming.topicTitle}, ${sessionTimeRange(upcoming, now, display)}`
    )
  }
  const text = lines.join('\n')
  return text.length > TOOLTIP_MAX ? `${text.slice(0, TOOLTIP_MAX - 1)}…` : text
}
