// Benchmark figures for .ics import (client-shaped fixtures, one year of a plan) and export (a year of sessions).
import { readFileSync } from 'node:fs'
import { exportSessionsIcs, importBusyIcs, type IcsSession } from '../src/shared/ics'
import { medianMs } from './stats'

const FIXTURES = new URL('../tests/fixtures/ics/', import.meta.url)
const YEAR = { rangeStartMs: Date.UTC(2027, 0, 1), rangeEndMs: Date.UTC(2028, 0, 1) }

function importMs(path: string, zone: string): number {
  const text = readFileSync(new URL(path, FIXTURES), 'utf8')
  return medianMs(() => importBusyIcs(text, { zone, ...YEAR }), 10, 3)
}

function yearOfSessions(): IcsSession[] {
  // Two 50-minute sessions a day for a year: 730 sessions across both 2027 DST changes.
  return Array.from({ length: 730 }, (_, index) => {
    const startMs = Date.UTC(2027, 0, 1, 7) + Math.floor(index / 2) * 86_400_000 + (index % 2) * 3 * 3_600_000
    return { id: `s${index}`, title: `Study session ${index}`, startMs, endMs: startMs + 50 * 60_000 }
  })
}

export async function run(): Promise<Record<string, number>> {
  const sessions = yearOfSessions()
  const exportOptions = {
    zone: 'Europe/Rome',
    calendarName: 'Plan',
    reminderLeadMinutes: 10,
    dtstampMs: Date.UTC(2027, 0, 1)
  }
  const daily = readFileSync(new URL('valid/daily-recur.ics', FIXTURES), 'utf8')
  return {
    'ics.importGoogleMs': importMs('clients/google-study-week.ics', 'Europe/Rome'),
    'ics.importOutlookMs': importMs('clients/outlook-semester.ics', 'Europe/Berlin'),
    'ics.importAppleMs': importMs('clients/apple-autumn.ics', 'America/New_York'),
    // A daily series from 2012 imported for 2027: skipping ahead to the range, then 365 occurrences.
    'ics.importDailySince2012Ms': medianMs(() => importBusyIcs(daily, { zone: 'Europe/Rome', ...YEAR }), 10, 3),
    'ics.export730SessionsMs': medianMs(() => exportSessionsIcs(sessions, exportOptions), 10, 3)
  }
}
