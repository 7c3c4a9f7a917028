// The .ics importer's, backup checks' and plan-settings checks' words in German and Spanish: every message they give
// formats without a missing argument, with plural forms by number.
import { describe, expect, it } from 'vitest'
import { de } from '../../../../src/shared/i18n/catalogs/de'
import { es } from '../../../../src/shared/i18n/catalogs/es'
import { translatorFor } from '../../../../src/shared/i18n/translator'
import { exportRangeProblem, importBusyIcs } from '../../../../src/shared/ics'
import { errorText, problemText } from '../../../../src/shared/validation/problemText'
import { placeText } from '../../../../src/shared/validation/placeText'
import { readBackup, serializeBackup } from '../../../../src/shared/backup'
import { buildBackupData } from '../backup/backupFixtures'
import { validateAvailability, validateSettings } from '../../../../src/shared/scheduling/validate'
import type { Availability } from '../../../../src/shared/domain/availability'
import type { PlanSettings } from '../../../../src/shared/domain/plan'
import type { Roadmap } from '../../../../src/shared/domain/roadmap'

const failures: Error[] = []
const german = translatorFor('de-DE', de, (error) => failures.push(error))
const spanish = translatorFor('es-ES', es, (error) => failures.push(error))

const OPTIONS = { zone: 'Europe/Rome', rangeStartMs: Date.UTC(2027, 0, 1), rangeEndMs: Date.UTC(2028, 0, 1) }

function calendar(...events: string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0']
  for (const event of events) lines.push('BEGIN:VEVENT', ...event, 'END:VEVENT')
  return [...lines, 'END:VCALENDAR', ''].join('\r\n')
}

describe('.ics import in German and Spanish', () => {
  it('names a broken line and a component left open', () => {
    const broken = importBusyIcs(calendar(['UID:x', 'this line has no colon']), OPTIONS)
    expect(broken.ok ? '' : errorText(german, broken.error)).toMatch(/^Unlesbare Zeile „this line has no colon“: /)
    const cut = importBusyIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n', OPTIONS)
    expect(cut.ok ? '' : errorText(spanish, cut.error)).toBe(
      'BEGIN:VEVENT nunca se cierra: falta END:VEVENT (¿está cortado el archivo?).'
    )
  })

  it('counts the other unreadable events with the plural form of their number', () => {
    const two = importBusyIcs(calendar(['UID:a'], ['UID:b']), OPTIONS)
    expect(two.ok ? '' : errorText(german, two.error)).toBe(
      'VEVENT #1 (UID a) DTSTART fehlt (jeder Termin braucht einen Beginn). (und 1 weiterer Termin ist unlesbar)'
    )
    const three = importBusyIcs(calendar(['UID:a'], ['UID:b'], ['UID:c']), OPTIONS)
    expect(three.ok ? '' : errorText(german, three.error)).toMatch(/\(und 2 weitere Termine sind unlesbar\)$/)
  })

  it('says why events and time zones were left out', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'TZID:Z',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0100',
      'RRULE:FREQ=DAILY',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:t',
      'SUMMARY:Ticker',
      'DTSTART:20270101T000000Z',
      'DURATION:PT1M',
      'RRULE:FREQ=MINUTELY',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:c',
      'STATUS:CANCELLED',
      'DTSTART:20270101T000000Z',
      'END:VEVENT',
      'END:VCALENDAR',
      ''
    ].join('\r\n')
    const result = importBusyIcs(text, OPTIONS)
    expect(result.ok && result.skipped.map((note) => problemText(german, note.reason))).toEqual([
      'Zeitzone nicht verwendet: ihre Zeitumstellungen wiederholen sich täglich (RRULE:FREQ=DAILY); gelesen werden nur monatliche oder jährliche Umstellungen',
      '„Ticker“: nicht importiert: RRULE:FREQ=MINUTELY wiederholt sich jede Minute; als belegte Zeit gelten nur Termine, die sich höchstens stündlich wiederholen',
      'abgesagt (STATUS:CANCELLED)'
    ])
  })

  it('asks for the export range’s days', () => {
    const problem = exportRangeProblem({ kind: 'dates', from: '2027-02-01', to: '2027-01-31' })
    expect(problem && problemText(german, problem.message)).toBe('Der letzte Tag liegt vor dem ersten.')
  })

  it('formats every message without a missing argument (.ics)', () => {
    expect(failures).toEqual([])
  })
})

/** A backup whose data has `change` made to it, read back. */
function restored(change: (data: Record<string, unknown[]>) => void) {
  const file = JSON.parse(serializeBackup(buildBackupData({ plans: 1, sessionsPerPlan: 3 }), Date.UTC(2027, 5, 1)))
  change(file.data)
  return readBackup(JSON.stringify(file))
}

describe('backup checks in German and Spanish', () => {
  it('names an unknown topic and a missing field', () => {
    const topic = restored((data) => {
      data.sessions![0] = { ...(data.sessions![0] as object), topicId: 'nowhere' }
    })
    expect(topic.ok ? '' : errorText(german, topic.error)).toBe('unbekanntes Thema "nowhere"')
    const missing = restored((data) => {
      delete (data.sessions![0] as Record<string, unknown>).startMs
    })
    expect(missing.ok ? '' : errorText(spanish, missing.error)).toBe('falta este campo')
  })

  it('counts unexpected fields with the plural form of their number', () => {
    const one = restored((data) => {
      data.sessions![0] = { ...(data.sessions![0] as object), extra: 1 }
    })
    expect(one.ok ? '' : errorText(german, one.error)).toBe('unerwartetes Feld "extra"')
    const two = restored((data) => {
      data.sessions![0] = { ...(data.sessions![0] as object), extra: 1, more: 2 }
    })
    expect(two.ok ? '' : errorText(german, two.error)).toBe('unerwartete Felder "extra", "more"')
  })

  it('formats every message without a missing argument (backups)', () => {
    expect(failures).toEqual([])
  })
})

describe('plan settings checks in German and Spanish', () => {
  const roadmap: Roadmap = { id: 'r', title: 'R', stages: [] } as unknown as Roadmap
  const settings = {
    timeZone: 'Europe/Berlin',
    startDate: '2027-03-01',
    targetDate: '2027-02-01',
    parallelTopics: 1,
    reviews: { enabled: true }
  } as unknown as PlanSettings
  const availability = {
    windows: [{ weekday: 1, start: '10:00', end: '09:00' }],
    blackouts: [],
    busy: [],
    dailyCapMinutes: 60,
    sessionMinMinutes: 30,
    sessionMaxMinutes: 60,
    breakMinutes: 0
  } as unknown as Availability

  it('says what to fix in the plan’s dates and study windows', () => {
    expect(errorText(german, validateSettings(settings, roadmap)!)).toBe('Das Zieldatum liegt vor dem Startdatum.')
    expect(errorText(spanish, validateSettings(settings, roadmap)!)).toBe(
      'La fecha objetivo es anterior a la fecha de inicio.'
    )
    expect(errorText(german, validateAvailability(availability)!)).toBe(
      'Die Lernzeit endet um 09:00, nicht nach ihrem Beginn um 10:00.'
    )
    expect(errorText(german, validateAvailability({ ...availability, windows: [] })!)).toBe(
      'Füge mindestens eine wöchentliche Lernzeit hinzu.'
    )
  })

  it('formats every message without a missing argument (plan settings)', () => {
    expect(failures).toEqual([])
  })
})

describe('places in a file in German and Spanish', () => {
  it('words the whole file and a line, and keeps field paths and iCalendar places as the file names them', () => {
    expect(placeText(german, 'file')).toBe('Datei')
    expect(placeText(german, 'line 12')).toBe('Zeile 12')
    expect(placeText(spanish, 'line 3')).toBe('línea 3')
    expect(placeText(german, 'data.sessions[3].topicId')).toBe('data.sessions[3].topicId')
    expect(placeText(german, 'VEVENT #2 (UID a) DTSTART')).toBe('VEVENT #2 (UID a) DTSTART')
  })
})
