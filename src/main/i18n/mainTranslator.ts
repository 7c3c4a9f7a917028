// The main process's words (notifications, tray, menu) from the same catalogs as the window's, in the learner's language.
import type { Catalog } from '../../shared/i18n/catalog'
import { de } from '../../shared/i18n/catalogs/de'
import { en } from '../../shared/i18n/catalogs/en'
import { es } from '../../shared/i18n/catalogs/es'
import { matchLanguage, type Language } from '../../shared/i18n/languages'
import { translatorFor, type Translate } from '../../shared/i18n/translator'

// Main is one small bundle on disk: every catalog is loaded with it, none on demand.
const CATALOGS: Readonly<Record<Language, Catalog>> = { en, de, es }

/**
 * A translator for a locale such as 'de-AT' (the window's display locale, or the system's before the window has said):
 * its language's catalog, English for a language without one.
 */
export function mainTranslator(locale: string): Translate {
  const language = matchLanguage([locale])
  // English text for another language's locale ('ja-JP') takes English plural rules too ('1 minute', not '1 minutes').
  const pluralLocale = language === locale.split(/[-_]/)[0]?.toLowerCase() ? locale : language
  return translatorFor(pluralLocale, CATALOGS[language], (error) => console.error('[i18n]', error.message))
}
