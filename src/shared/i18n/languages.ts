// The languages the app speaks, and which one a system's preferred locales ask for.

/** Every language with a complete catalog. English is the source the others are translated from. */
export const LANGUAGES = ['en', 'de', 'es'] as const
export type Language = (typeof LANGUAGES)[number]

/**
 * A catalog language or the pseudo-locale: English with every letter accented and each message lengthened and
 * bracketed, so a screen run in it shows at once any text that did not come from a catalog, and any that overflows.
 * Chosen only by tests and translators (Settings does not offer it).
 */
export const PSEUDO_LOCALE = 'en-XA'
export type UiLanguage = Language | typeof PSEUDO_LOCALE

/** Each language by its own name, as a language menu lists them. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', de: 'Deutsch', es: 'Español' }

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language)
export const isUiLanguage = (value: unknown): value is UiLanguage => value === PSEUDO_LOCALE || isLanguage(value)

/** The first of the system's preferred locales (BCP 47, best first) with a catalog; English when none has one. */
export function matchLanguage(preferred: readonly string[]): Language {
  for (const locale of preferred) {
    const primary = locale.split(/[-_]/)[0]?.toLowerCase()
    if (isLanguage(primary)) return primary
  }
  return 'en'
}
