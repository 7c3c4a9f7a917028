// The words of notifications: durations, local times in the plan zone, days, stages, and grouped notices, in the
// renderer's display locale (its 12/24-hour choice included).
import { describe, expect, it } from 'vitest'
import { digestNotice, groupedNotice, reminderNotice, trayTooltip } from '../../../../src/main/reminders/noticeText'
import { displayLocale, formatTimeRange } from '../../../../src/shared/format'
import { HOUR, MINUTE, reminderAt } from './harness'

const inZone = (zone: string, locale = 'en-GB') => ({ zone, locale })
/** Intl writes narrow no-break spaces in 12-hour times; compared with plain ones. */
const plain = (text: string) => text.replace(/\s/g, ' ')

// 2027-05-03 20:00Z is 22:00 Monday in Rome and 06:00 Tuesday in Sydney.
const now = Date.UTC(2027, 4, 3, 20, 0)

describe('notice text', () => {
  it('says the day’s total in the locale’s units in the digest', () => {
    const sessions = [reminderAt('a', now + HOUR, 10), reminderAt('b', now + 2 * HOUR, 10)]
    sessions[1] = { ...sessions[1]!, endsAt: sessions[1]!.startsAt + 30 * MINUTE }
    expect(plain(digestNotice(sessions, now, inZone('UTC')).body)).toBe(
      'Today: 2 sessions, 1 hr 30 mins · first at 21:00'
    )
    expect(plain(digestNotice(sessions, now, inZone('UTC', 'en-US')).body)).toBe(
      'Today: 2 sessions, 1 hr 30 min · first at 9:00 PM'
    )
  })

  it('writes times as the app’s screens do, with the learner’s clock choice', () => {
    const reminder = reminderAt('r', now + 30 * MINUTE, 10)
    const twelveHour = inZone('Europe/Rome', displayLocale('en-GB', '12h'))
    expect(plain(reminderNotice(reminder, now, twelveHour).body)).toBe('10:30 – 11:30 pm · Stage 1: Foundations')
    // The same words as the calendar's session panel for the same session.
    expect(reminderNotice(reminder, now, twelveHour).body).toContain(
      formatTimeRange(reminder.startsAt, reminder.endsAt, 'Europe/Rome', twelveHour.locale)
    )
    const german = inZone('Europe/Rome', 'de-DE')
    expect(reminderNotice(reminder, now, german).body).toBe('22:30–23:30 Uhr · Stage 1: Foundations')
  })

  it('names the kind, topic, local time and stage', () => {
    const notice = reminderNotice(
      reminderAt('r', now + 30 * MINUTE, 10, { kind: 'review', topicTitle: 'Transformers' }),
      now,
      inZone('Europe/Rome')
    )
    expect(notice).toEqual({
      kind: 'reminder',
      title: 'Review: Transformers',
      body: '22:30–23:30 · Stage 1: Foundations',
      sessionId: 'r',
      sessionIds: ['r']
    })
  })

  it('adds the day when the session is on another local date, and reads the clock in the plan zone', () => {
    const reminder = reminderAt('r', now + 3 * HOUR)
    expect(reminderNotice(reminder, now, inZone('Europe/Rome')).body).toBe(
      'Tue 4 May, 01:00–02:00 · Stage 1: Foundations'
    )
    expect(reminderNotice(reminder, now, inZone('Australia/Sydney')).body).toBe('09:00–10:00 · Stage 1: Foundations')
  })

  it('marks a session that is already over as missed, and omits an empty stage', () => {
    const notice = reminderNotice(reminderAt('r', now - 2 * HOUR, 10, { stageTitle: '' }), now, inZone('UTC'))
    expect(notice.body).toBe('Missed: 18:00–19:00')
  })

  it('groups several reminders in time order, lists three, counts the rest, and opens the earliest session not over', () => {
    const reminders = [4, 1, 3, 2, 5].map((h) => reminderAt(`s${h}`, now - 5 * HOUR + h * HOUR, 10))
    const notice = groupedNotice(reminders, now, inZone('UTC'))
    expect(notice.title).toBe('5 study reminders')
    expect(notice.body).toBe('16:00–17:00 Topic s1\n17:00–18:00 Topic s2\n18:00–19:00 Topic s3\nand 2 more')
    expect(notice.sessionIds).toEqual(['s1', 's2', 's3', 's4', 's5'])
    expect(notice.sessionId).toBe('s5') // s5 runs 20:00-21:00: the only one not over
  })

  it('keeps the tray tooltip within the 127 characters Windows shows', () => {
    const long = reminderAt('r', now + HOUR, 10, { topicTitle: 'x'.repeat(300) })
    const text = trayTooltip(long, now + HOUR, now, inZone('UTC'))
    expect(text.length).toBeLessThanOrEqual(127)
    expect(text).toContain('Reminders paused until 21:00')
  })

  it('puts the study timer first: since when in the plan zone while running, paused without a clock', () => {
    const timer = { topicTitle: 'Recursion', startedAtMs: now - 20 * MINUTE, pausedAtMs: null }
    const next = reminderAt('r', now + HOUR, 10, { topicTitle: 'Graphs' })
    expect(trayTooltip(next, null, now, inZone('Europe/Rome'), null, timer)).toBe(
      'Study Planner\nStudying: Recursion since 21:40\nNext: Graphs, 23:00–00:00'
    )
    expect(trayTooltip(null, null, now, inZone('UTC'), null, { ...timer, pausedAtMs: now - 5 * MINUTE })).toBe(
      'Study Planner\nPaused: Recursion'
    )
    // The same text however long it has run: the tray is not updated every second.
    expect(trayTooltip(null, null, now + 3 * HOUR, inZone('UTC'), null, timer)).toBe(
      trayTooltip(null, null, now, inZone('UTC'), null, timer)
    )
  })

  it('cuts a long topic in the timer line so the reminder lines still fit', () => {
    const timer = { topicTitle: 'y'.repeat(500), startedAtMs: now, pausedAtMs: null }
    const text = trayTooltip(null, now + HOUR, now, inZone('UTC'), null, timer)
    expect(text.length).toBeLessThanOrEqual(127)
    expect(text.split('\n')[1]).toBe(`Studying: ${'y'.repeat(59)}… since 20:00`)
    expect(text).toContain('Reminders paused until 21:00')
  })
})

describe('notice text in the display locale’s language', () => {
  const german = inZone('Europe/Berlin', 'de-DE')

  it('writes a German reminder: kind, topic, time, missed and stage', () => {
    const review = reminderAt('r', now + 30 * MINUTE, 10, { kind: 'review', topicTitle: 'Transformer' })
    expect(reminderNotice(review, now, german)).toMatchObject({
      title: 'Wiederholung: Transformer',
      body: '22:30–23:30 Uhr · Stage 1: Foundations'
    })
    const missed = reminderAt('m', now - 2 * HOUR, 10, { topicTitle: 'Graphen', stageTitle: '' })
    expect(reminderNotice(missed, now, german)).toMatchObject({
      title: 'Lernen: Graphen',
      body: 'Verpasst: 20:00–21:00 Uhr'
    })
    expect(reminderNotice(reminderAt('t', now + 3 * HOUR), now, german).body).toBe(
      'Di., 4. Mai, 01:00–02:00 Uhr · Stage 1: Foundations'
    )
  })

  it('counts in German plurals: one Lerneinheit, two Lerneinheiten', () => {
    const one = [reminderAt('a', now + HOUR, 10)]
    expect(digestNotice(one, now, german)).toMatchObject({
      title: 'Dein Lernplan für heute',
      body: 'Heute: 1 Lerneinheit (1 Std.) · die erste um 23:00 Uhr'
    })
    const two = [reminderAt('a', now + HOUR, 10), reminderAt('b', now + 2 * HOUR, 10)]
    expect(digestNotice(two, now, german).body).toBe('Heute: 2 Lerneinheiten (2 Std.) · die erste um 23:00 Uhr')
    expect(digestNotice([], now, german).body).toBe('Heute: 0 Lerneinheiten (0 Min.)')
  })

  it('groups in German: the count in the title, the rest after three lines', () => {
    const reminders = [1, 2, 3, 4].map((h) => reminderAt(`s${h}`, now - 5 * HOUR + h * HOUR, 10))
    const notice = groupedNotice(reminders, now, german)
    expect(notice.title).toBe('4 Lernerinnerungen')
    expect(notice.body.split('\n')).toEqual([
      '18:00–19:00 Uhr Topic s1',
      '19:00–20:00 Uhr Topic s2',
      '20:00–21:00 Uhr Topic s3',
      'und 1 weitere'
    ])
    expect(groupedNotice(reminders.slice(0, 2), now, german).title).toBe('2 Lernerinnerungen')
  })

  it('writes the German tray tooltip: timer, pause until tomorrow, out of date, next', () => {
    const timer = { topicTitle: 'Rekursion', startedAtMs: now - 20 * MINUTE, pausedAtMs: null }
    const next = reminderAt('r', now + HOUR, 10, { topicTitle: 'Graphen' })
    // 22:00 in Berlin: a rest-of-day pause ends at midnight, tomorrow.
    const midnight = Date.UTC(2027, 4, 3, 22, 0)
    expect(trayTooltip(next, midnight, now, german).split('\n')).toEqual([
      'Study Planner',
      'Erinnerungen pausiert bis morgen um 00:00 Uhr',
      'Als Nächstes: Graphen, 23:00–00:00 Uhr'
    ])
    expect(trayTooltip(null, null, now, german, null, timer)).toBe('Study Planner\nDu lernst: Rekursion seit 21:40 Uhr')
    expect(trayTooltip(null, null, now, german, null, { ...timer, pausedAtMs: now })).toBe(
      'Study Planner\nPausiert: Rekursion'
    )
    expect(trayTooltip(null, null, now, german, { syncedAt: now - 3 * 24 * HOUR }).split('\n')[1]).toBe(
      'Erinnerungen evtl. veraltet (Stand: Fr., 30. Apr., 22:00 Uhr)'
    )
    expect(trayTooltip(null, null, now, german, { syncedAt: now - 2 * HOUR }).split('\n')[1]).toBe(
      'Erinnerungen evtl. veraltet (Stand: 20:00 Uhr)'
    )
    expect(trayTooltip(next, now + HOUR, now + 90 * MINUTE, german).split('\n')[2]).toBe(
      'Jetzt: Graphen (bis 00:00 Uhr)'
    )
  })

  it('says the same in English, tomorrow included', () => {
    const midnight = Date.UTC(2027, 4, 3, 22, 0)
    expect(trayTooltip(null, midnight, now, inZone('Europe/Berlin'), { syncedAt: null }).split('\n')).toEqual([
      'Study Planner',
      'Reminders may be out of date',
      'Reminders paused until tomorrow 00:00'
    ])
  })

  it('writes Spanish, and English for a language without a catalog (ja-JP)', () => {
    const reminder = reminderAt('r', now + 30 * MINUTE, 10, { kind: 'review', topicTitle: 'Grafos' })
    expect(reminderNotice(reminder, now, inZone('UTC', 'es-ES')).title).toBe('Repaso: Grafos')
    expect(digestNotice([reminder], now, inZone('UTC', 'es-ES')).body).toBe(
      'Hoy: 1 sesión, 1 h · la primera a las 20:30'
    )
    const japanese = reminderNotice(reminder, now, inZone('UTC', 'ja-JP'))
    expect(japanese.title).toBe('Review: Grafos')
    expect(japanese.body).toContain(' · Stage 1: Foundations')
  })
})
