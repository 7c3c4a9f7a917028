// The locale the app formats in: the learner's language with their choice of 12- or 24-hour clock folded in as a
// Unicode extension, so one string carries both to every formatter, in the renderer and in main.
import { z } from 'zod'

/** How clock times are written: as the language does, or always 12-hour (7:00 PM) or 24-hour (19:00). */
export const CLOCK_STYLES = ['locale', '12h', '24h'] as const

export type ClockStyle = (typeof CLOCK_STYLES)[number]

/** Unicode hour cycles for the explicit choices: h12 is 1-12 with AM/PM, h23 is 0-23. */
const HOUR_CYCLES: Record<Exclude<ClockStyle, 'locale'>, 'h12' | 'h23'> = { '12h': 'h12', '24h': 'h23' }

/** The longest display locale accepted across IPC; real tags with an hour cycle are about 20 characters. */
export const MAX_DISPLAY_LOCALE_LENGTH = 64

/**
 * `language` (a BCP 47 tag such as navigator.language) with `clock` applied: 'en-US' + '24h' -> 'en-US-u-hc-h23'.
 * An unusable tag falls back to the runtime's default language, so formatting never throws on it.
 */
export function displayLocale(language: string, clock: ClockStyle): string {
  let base: Intl.Locale
  try {
    base = new Intl.Locale(language)
  } catch {
    base = new Intl.Locale(new Intl.DateTimeFormat().resolvedOptions().locale)
  }
  // The language's own convention: drop any hour cycle the tag already carried.
  const plain = new Intl.Locale(base.baseName).toString()
  return clock === 'locale' ? plain : new Intl.Locale(plain, { hourCycle: HOUR_CYCLES[clock] }).toString()
}

/** A display locale as main receives it: a well-formed BCP 47 tag of bounded length. */
export const displayLocaleSchema = z
  .string()
  .min(1)
  .max(MAX_DISPLAY_LOCALE_LENGTH)
  .refine(isWellFormedLocale, { message: 'not a BCP 47 language tag' })

function isWellFormedLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}
