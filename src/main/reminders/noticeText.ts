// The words of every reminder notification and of the tray: topic, time in the plan's zone, and stage, written in the
// app's one time vocabulary (shared/format), in the language and with the clock of the learner's display locale.
import type { Reminder } from '../../shared/domain/reminder'
import { formatDayLabel, formatDuration, formatTime, formatTimeRange } from '../../shared/format'
import type { Translate } from '../../shared/i18n/translator'
import type { StudyTimerStatus } from '../../shared/ipc/contract'
import { translatorForLocale } from '../i18n/displayLanguage'
import type { ReminderNotice } from './ports'
import { addLocalDays, localDateOf } from '../../shared/time'

/**
 * Where and how notices are written: the plan's IANA zone and the renderer's display locale (its clock choice for
 * times, its language for words: German for 'de-AT', English for a language without a catalog).
 */
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
  if (sameDay) return range
  const day = formatDayLabel(reminder.startsAt, zone, locale)
  return translate(locale)('notices.notification.dayAndTime', { day, time: range })
}

const translate = (locale: string): Translate => translatorForLocale(locale)

/** The notification for one reminder, on time or snoozed. */
export function reminderNotice(
  reminder: Reminder,
  now: number,
  display: NoticeDisplay,
  snoozed = false
): ReminderNotice {
  const t = translate(display.locale)
  const when = sessionTimeRange(reminder, now, display)
  const missed = now >= reminder.endsAt ? 'yes' : 'no'
  const stage = reminder.stageTitle
  return {
    kind: snoozed ? 'snoozed' : 'reminder',
    title: t('notices.notification.title', { kind: reminder.kind, topic: reminder.topicTitle }),
    body:
      stage.length > 0
        ? t('notices.notification.bodyWithStage', { missed, when, stage })
        : t('notices.notification.body', { missed, when }),
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
  const t = translate(display.locale)
  const ordered = [...reminders].sort((a, b) => a.fireAt - b.fireAt || a.startsAt - b.startsAt)
  const lines = ordered.slice(0, GROUP_LINES).map((reminder) =>
    t('notices.notification.groupLine', {
      when: sessionTimeRange(reminder, now, display),
      topic: reminder.topicTitle
    })
  )
  if (ordered.length > GROUP_LINES)
    lines.push(t('notices.notification.groupMore', { count: ordered.length - GROUP_LINES }))
  return {
    kind: 'missed',
    title: t('notices.notification.groupTitle', { count: ordered.length }),
    body: lines.join('\n'),
    sessionId: sessionToOpen(ordered, now),
    sessionIds: ordered.map((reminder) => reminder.sessionId)
  }
}

/** The daily digest: 'Today: 2 sessions, 1 hr 30 mins · first at 09:00'. `sessions` are today's, one per session. */
export function digestNotice(sessions: readonly Reminder[], now: number, display: NoticeDisplay): ReminderNotice {
  const { zone, locale } = display
  const t = translate(locale)
  const ordered = [...sessions].sort((a, b) => a.startsAt - b.startsAt)
  const totalMs = ordered.reduce((sum, session) => sum + (session.endsAt - session.startsAt), 0)
  const count = ordered.length
  const duration = formatDuration(totalMs, locale)
  const first = ordered[0]
  const next = ordered.find((session) => session.endsAt > now)
  return {
    kind: 'digest',
    title: t('notices.notification.digest.title'),
    body: first
      ? t('notices.notification.digest.bodyWithFirst', {
          count,
          duration,
          time: formatTime(first.startsAt, zone, locale)
        })
      : t('notices.notification.digest.body', { count, duration }),
    sessionId: next?.sessionId ?? null,
    sessionIds: ordered.map((session) => session.sessionId)
  }
}

/** An instant for a sentence that says it relative to today: a time today, tomorrow ('tomorrow 07:00'), or on a day. */
interface RelativeTime {
  readonly when: 'today' | 'tomorrow' | 'other'
  readonly time: string
  /** The day label ('Tue 16 Mar') when `when` is 'other', else empty. */
  readonly day: string
}

// The next local day is a rest-of-day pause's end; any other day is written out.
function relativeTime(instant: number, now: number, { zone, locale }: NoticeDisplay): RelativeTime {
  const day = localDateOf(instant, zone)
  const today = localDateOf(now, zone)
  const time = formatTime(instant, zone, locale)
  if (day === today) return { when: 'today', time, day: '' }
  if (day === addLocalDays(today, 1)) return { when: 'tomorrow', time, day: '' }
  return { when: 'other', time, day: formatDayLabel(instant, zone, locale) }
}

/** Windows truncates tray tooltips past 127 characters; cut them ourselves so the end stays readable. */
const TOOLTIP_MAX = 127

/** A topic title in the study timer's line is cut to this many characters, so the lines after it still show. */
const TIMER_TOPIC_MAX = 60

/** The study timer's line: 'Studying: Recursion since 19:02' or 'Paused: Recursion'. Static: no running clock. */
export function studyTimerLine(timer: StudyTimerStatus, { zone, locale }: NoticeDisplay): string {
  const t = translate(locale)
  const topic =
    timer.topicTitle.length > TIMER_TOPIC_MAX ? `${timer.topicTitle.slice(0, TIMER_TOPIC_MAX - 1)}…` : timer.topicTitle
  return timer.pausedAtMs === null
    ? t('notices.tray.tooltip.studying', { topic, time: formatTime(timer.startedAtMs, zone, locale) })
    : t('notices.tray.tooltip.studyPaused', { topic })
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
  const t = translate(display.locale)
  const lines = [t('frame.brand')]
  if (studyTimer) lines.push(studyTimerLine(studyTimer, display))
  if (outOfDate) {
    const { syncedAt } = outOfDate
    lines.push(
      syncedAt === null
        ? t('notices.tray.tooltip.outOfDate')
        : t('notices.tray.tooltip.outOfDateSince', relativeTime(syncedAt, now, display))
    )
  }
  if (pausedUntil !== null) {
    lines.push(t('notices.tray.tooltip.paused', relativeTime(pausedUntil, now, display)))
  }
  if (upcoming) {
    const topic = upcoming.topicTitle
    lines.push(
      now >= upcoming.startsAt
        ? t('notices.tray.tooltip.now', { topic, time: formatTime(upcoming.endsAt, display.zone, display.locale) })
        : t('notices.tray.tooltip.next', { topic, when: sessionTimeRange(upcoming, now, display) })
    )
  }
  const text = lines.join('\n')
  return text.length > TOOLTIP_MAX ? `${text.slice(0, TOOLTIP_MAX - 1)}…` : text
}
