// Sentences for the progress screen: the finish date against the target, and what the pace means for it.
import type { LocalDate } from '../../../../shared/domain/time'
import { formatLocalDate } from '../../../../shared/format'
import { daysBetween, finishAtPace, type Pace } from './progressStats'

const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`

/** The planned finish compared with the target date. */
export function finishSentence(finish: LocalDate | null, target: LocalDate | undefined, locale: string): string {
  if (!finish) return 'Some work could not be placed in the calendar, so there is no finish date yet.'
  const when = `Projected finish: ${formatLocalDate(finish, locale, true)}.`
  if (!target) return `${when} No target date is set.`
  const slack = daysBetween(finish, target)
  const targetText = formatLocalDate(target, locale, true)
  if (slack > 0) return `${when} That is ${days(slack)} before your target of ${targetText}.`
  if (slack === 0) return `${when} That is exactly your target date.`
  return `${when} That is ${days(-slack)} after your target of ${targetText}.`
}

/** The pace as a percentage of planned session time, and the finish date it leads to if kept up. */
export function paceSentence(pace: Pace, today: LocalDate, finish: LocalDate | null, locale: string): string {
  if (pace.ratio === null) return 'Mark study sessions done to see your pace.'
  const percent = Math.round(pace.ratio * 100)
  const counted =
    pace.missed === 0
      ? `${pace.sessions} done study ${sessionsWord(pace.sessions)}`
      : `${pace.sessions} done and ${pace.missed} missed study ${sessionsWord(pace.sessions + pace.missed)}`
  const base = `Over ${counted} you worked ${percent}% of the planned time.`
  if (!finish) return base
  if (pace.ratio === 0) return `${base} Log the sessions you did study to see when you would finish.`
  const atPace = finishAtPace(today, finish, pace.ratio)
  const shift = daysBetween(finish, atPace)
  if (shift === 0) return `${base} At this pace you finish on the projected date.`
  const direction = shift > 0 ? `${days(shift)} later` : `${days(-shift)} earlier`
  return `${base} If you keep this pace, expect to finish around ${formatLocalDate(atPace, locale, true)}, ${direction} than planned.`
}

function sessionsWord(count: number): string {
  return count === 1 ? 'session' : 'sessions'
}
