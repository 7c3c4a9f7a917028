// Test helpers: read .ics fixtures byte-exact, and build readable expectations for busy intervals.
import { readdirSync, readFileSync } from 'node:fs'
import {
  importBusyIcs,
  type BusyInterval,
  type ImportBusyOptions,
  type ImportBusyResult,
  type ImportNote
} from '../../../../src/shared/ics'
import { english, inEnglish } from '../../../support/english'

const FIXTURES = new URL('../../../fixtures/ics/', import.meta.url)

/** The .ics file names in a fixture folder ('valid', 'broken' or 'clients'), sorted. */
export function fixtureNames(folder: 'valid' | 'broken' | 'clients'): string[] {
  return readdirSync(new URL(`${folder}/`, FIXTURES))
    .filter((name) => name.endsWith('.ics'))
    .sort()
}

/** One fixture's text, decoded as UTF-8 exactly as a file picker would hand it over. */
export function readFixture(folder: 'valid' | 'broken' | 'clients', name: string): string {
  return readFileSync(new URL(`${folder}/${name}`, FIXTURES), 'utf8')
}

/** An interval as 'start/end' ISO strings, so failures show readable times. */
export function iso(interval: Pick<BusyInterval, 'startMs' | 'endMs'>): string {
  return `${new Date(interval.startMs).toISOString()}/${new Date(interval.endMs).toISOString()}`
}

/** Milliseconds of a UTC date-time given as numbers (month 1-12). */
export function utc(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute)
}

/** A note with its reason in English, as a learner reads it in English. */
export function noteInEnglish(note: ImportNote): { where: string; reason: string } {
  return { where: note.where, reason: english(note.reason) }
}

/** An import's result with every message in English (error, skipped events and notes), for asserting exact words. */
export function importInEnglish(result: ImportBusyResult) {
  if (!result.ok) return { ok: false as const, error: inEnglish(result.error) }
  return { ...result, skipped: result.skipped.map(noteInEnglish), notes: result.notes.map(noteInEnglish) }
}

/** An import's result as {@link importInEnglish} gives it. */
export type ImportBusyResultInEnglish = ReturnType<typeof importInEnglish>

/** importBusyIcs with its messages in English (see {@link importInEnglish}). */
export function importBusyIcsInEnglish(text: string, options: ImportBusyOptions) {
  return importInEnglish(importBusyIcs(text, options))
}
