// The quick-add form's values: read from a chosen instant, and turned into a draft (or a reason) in the plan's zone.
import { NO_TOPIC } from '../../../../shared/domain/session'
import type { EpochMs, IanaZone } from '../../../../shared/domain/time'
import { MAX_QUICK_ADD_MINUTES, type QuickAddDraft, type QuickAddField } from '../../../../shared/scheduling/quickAdd'
import type { Translate } from '../../../../shared/i18n/translator'
import { MINUTE_MS } from '../../../../shared/time'
import { calendarClock } from './calendarClock'

/** What the dialog's fields hold, as typed. */
export interface QuickAddFormValues {
  /** A roadmap topic's title (from the list) or free text. */
  readonly what: string
  /** 'YYYY-MM-DD' in the plan's zone. */
  readonly date: string
  /** 'HH:mm' in the plan's zone. */
  readonly time: string
  /** Length in minutes, as typed. */
  readonly minutes: string
}

/** A topic the dialog offers. */
export interface TopicChoice {
  readonly id: string
  readonly title: string
}

/** The form's start values: `startMs` as a wall time in the plan's zone, lasting `minutes`. */
export function formValuesAt(startMs: EpochMs, minutes: number, timeZone: IanaZone): QuickAddFormValues {
  const wall = new Date(calendarClock(timeZone).toCalendar(startMs)).toISOString()
  return { what: '', date: wall.slice(0, 10), time: wall.slice(11, 16), minutes: String(minutes) }
}

/** The topic whose title the learner typed (ignoring case and outer spaces), if any. */
export function topicNamed(what: string, topics: readonly TopicChoice[]): TopicChoice | undefined {
  const wanted = what.trim().toLowerCase()
  return topics.find((topic) => topic.title.toLowerCase() === wanted)
}

/** The draft the values ask for, in the plan's zone, or the field at fault and why. */
export function draftOf(
  values: QuickAddFormValues,
  topics: readonly TopicChoice[],
  timeZone: IanaZone,
  t: Translate
): { ok: true; draft: QuickAddDraft } | { ok: false; field: QuickAddField; message: string } {
  const what = values.what.trim()
  if (what === '') return { ok: false, field: 'title', message: t('calendar.quickAdd.noTitle') }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || !/^\d{2}:\d{2}$/.test(values.time))
    return { ok: false, field: 'startMs', message: t('calendar.quickAdd.noStart') }
  const wall = Date.parse(`${values.date}T${values.time}:00Z`)
  if (!Number.isFinite(wall)) return { ok: false, field: 'startMs', message: t('calendar.quickAdd.noStart') }
  const minutes = Number(values.minutes)
  if (values.minutes.trim() === '' || !Number.isInteger(minutes) || minutes < 1 || minutes > MAX_QUICK_ADD_MINUTES) {
    return {
      ok: false,
      field: 'endMs',
      message: t('calendar.quickAdd.badMinutes', { max: String(MAX_QUICK_ADD_MINUTES) })
    }
  }
  const startMs = calendarClock(timeZone).fromCalendar(wall)
  const endMs = startMs + minutes * MINUTE_MS
  const topic = topicNamed(what, topics)
  return {
    ok: true,
    draft: topic ? { topicId: topic.id, startMs, endMs } : { topicId: NO_TOPIC, title: what, startMs, endMs }
  }
}
