// The words of every reminder notification: topic, local time in the plan's zone, and stage.
import type { Reminder } from '../../shared/domain/reminder'
import type { StudyTimerStatus } from '../../shared/ipc/contract'
import type { ReminderNotice } from './ports'
import { addLocalDays, localClockTimeOf, localDateOf, localDayLabelOf, MINUTE_MS } from '../../shared/time'

/** A grouped notice lists this many sessions, then "and N more". */
const GROUP_LINES = 3

/** A length of time as people say it: '45 min', '2 h', '1 h 30'. */
export function formatDuration(ms: number): string {
  const totalMinutes = Math.max(0, Math.round(ms / MINUTE_MS))
  const hours = Math.floor(totalMinutes / 60)
  const minutes = totalMinutes % 60
  if (hours === 0) return `${minutes} min`
  return minutes === 0 ? `${hours} h` : `${hours} h ${String(minutes).padStart(2, '0')}`
}

/** '14:00–15:30', prefixed with the day ('Tue 16 Mar, ') when the session is not on today's local date. */
export function sessionTimeRange(reminder: Reminder, now: number, zone: string): string {
  const range = `${localClockTimeOf(reminder.startsAt, zone)}–${localClockTimeOf(reminder.endsAt, zone)}`
  const sameDay = localDateOf(reminder.startsAt, zone) === localDateOf(now, zone)
  return sameDay ? range : `${localDayLabelOf(reminder.startsAt, zone)}, ${range}`
}

function kindLabel(reminder: Reminder): string {
  return reminder.kind === 'review' ? 'Review' : 'Study'
}

function withStage(text: string, reminder: Reminder): string {
  return reminder.stageTitle.length > 0 ? `${text} · ${reminder.stageTitle}` : text
}

/** The notification for one reminder, on time or snoozed. */
export function reminderNotice(reminder: Reminder, now: number, zone: string, snoozed = false): ReminderNotice {
  const when = sessionTimeRange(reminder, now, zone)
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
export function groupedNotice(reminders: readonly Reminder[], now: number, zone: string): ReminderNotice {
  const ordered = [...reminders].sort((a, b) => a.fireAt - b.fireAt || a.startsAt - b.startsAt)
  const lines = ordered
    .slice(0, GROUP_LINES)
    .map((reminder) => `${sessionTimeRange(reminder, now, zone)} ${reminder.topicTitle}`)
  if (ordered.length > GROUP_LINES) lines.push(`and ${ordered.length - GROUP_LINES} more`)
  return {
    kind: 'missed',
    title: `${ordered.length} study reminders`,
    body: lines.join('\n'),
    sessionId: sessionToOpen(ordered, now),
    sessionIds: ordered.map((reminder) => reminder.sessionId)
  }
}

/** The daily digest: 'Today: 2 sessions, 1 h 30 · first at 09:00'. `sessions` are today's, one per session. */
export function digestNotice(sessions: readonly Reminder[], now: number, zone: string): ReminderNotice {
  const ordered = [...sessions].sort((a, b) => a.startsAt - b.startsAt)
  const totalMs = ordered.reduce((sum, session) => sum + (session.endsAt - session.startsAt), 0)
  const count = `${ordered.length} ${ordered.length === 1 ? 'session' : 'sessions'}`
  const first = ordered[0]
  const firstAt = first ? ` · first at ${localClockTimeOf(first.startsAt, zone)}` : ''
  const next = ordered.find((session) => session.endsAt > now)
  return {
    kind: 'digest',
    title: "Today's study plan",
    body: `Today: ${count}, ${formatDuration(totalMs)}${firstAt}`,
    sessionId: next?.sessionId ?? null,
    sessionIds: ordered.map((session) => session.sessionId)
  }
}

// '' for today, 'tomorrow ' for the next local day (a rest-of-day pause), else 'Tue 16 Mar '.
function relativeDay(instant: number, now: number, zone: string): string {
  const day = localDateOf(instant, zone)
  const today = localDateOf(now, zone)
  if (day === today) return ''
  return day === addLocalDays(today, 1) ? 'tomorrow ' : `${localDayLabelOf(instant, zone)} `
}

/** Windows truncates tray tooltips past 127 characters; cut them ourselves so the end stays readable. */
const TOOLTIP_MAX = 127

/** A topic title in the study timer's line is cut to this many characters, so the lines after it still show. */
const TIMER_TOPIC_MAX = 60

/** The study timer's line: 'Studying: Recursion since 19:02' or 'Paused: Recursion'. Static: no running clock. */
export function studyTimerLine(timer: StudyTimerStatus, zone: string): string {
  const topic =
    timer.topicTitle.length > TIMER_TOPIC_MAX ? `${timer.topicTitle.slice(0, TIMER_TOPIC_MAX - 1)}…` : timer.topicTitle
  return timer.pausedAtMs === null
    ? `Studying: ${topic} since ${localClockTimeOf(timer.startedAtMs, zone)}`
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
  zone: string,
  outOfDate: { readonly syncedAt: number | null } | null = null,
  studyTimer: StudyTimerStatus | null = null
): string {
  const lines = ['Study Planner']
  if (studyTimer) lines.push(studyTimerLine(studyTimer, zone))
  if (outOfDate) {
    const { syncedAt } = outOfDate
    lines.push(
      syncedAt === null
        ? 'Reminders may be out of date'
        : `Reminders may be out of date (last updated ${relativeDay(syncedAt, now, zone)}${localClockTimeOf(syncedAt, zone)})`
    )
  }
  if (pausedUntil !== null) {
    lines.push(`Reminders paused until ${relativeDay(pausedUntil, now, zone)}${localClockTimeOf(pausedUntil, zone)}`)
  }
  if (upcoming) {
    lines.push(
      now >= upcoming.startsAt
        ? `Now: ${upcoming.topicTitle} (until ${localClockTimeOf(upcoming.endsAt, zone)})`
        : `Next: ${upcoming.topicTitle}, ${sessionTimeRange(upcoming, now, zone)}`
    )
  }
  const text = lines.join('\n')
  return text.length > TOOLTIP_MAX ? `${text.slice(0, TOOLTIP_MAX - 1)}…` : text
}
