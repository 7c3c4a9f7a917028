// Which language the learner chose (Settings), and the one the app speaks: that choice, else the system's.
import { isUiLanguage, matchLanguage, PSEUDO_LOCALE, type UiLanguage } from '../../../shared/i18n/languages'

/** 'system' follows the operating system's preferred languages; any other value is a language chosen in Settings. */
export type LanguageChoice = 'system' | UiLanguage
export const LANGUAGE_KEY = 'ui.language'
export const isLanguageChoice = (value: unknown): value is LanguageChoice => value === 'system' || isUiLanguage(value)

/** The language the app speaks for a choice, given the system's preferred locales (navigator.languages). */
export const languageFor = (choice: LanguageChoice, preferred: readonly string[]): UiLanguage =>
  choice === 'system' ? matchLanguage(preferred) : choice

/**
 * The locale numbers, dates and plurals are written in: the system's own locale when it is of the app's language (a
 * learner in Austria keeps de-AT), else the language alone. The pseudo-locale writes them as English does.
 */
export function localeFor(language: UiLanguage, preferred: readonly string[]): string {
  const base = language === PSEUDO_LOCALE ? 'en' : language
  return preferred.find((locale) => locale.split(/[-_]/)[0]?.toLowerCase() === base) ?? base
}

/**
 * The choice is kept in the database like every setting, and mirrored here, in the window's own storage, which can be
 * read before the database opens: the window's first paint is then already in the chosen language.
 */
export function rememberedChoice(storage: Pick<Storage, 'getItem'> | undefined): LanguageChoice {
  try {
    const stored = storage?.getItem(LANGUAGE_KEY)
    return isLanguageChoice(stored) ? stored : 'system'
  } catch {
    return 'system'
  }
}

export function rememberChoice(storage: Pick<Storage, 'setItem'> | undefined, choice: LanguageChoice): void {
  try {
    storage?.setItem(LANGUAGE_KEY, choice)
  } catch {
    // Storage can be full or disabled; the database keeps the choice, so only the next first paint is affected.
  }
}
