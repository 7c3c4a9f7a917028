// The language main writes in: the window's display locale (named by each reminder sync; the system's before the
// first), one translator per locale, and a signal when the language changes so the menus are rebuilt in it.
import { matchLanguage } from '../../shared/i18n/languages'
import type { Translate } from '../../shared/i18n/translator'
import { mainTranslator } from './mainTranslator'

// Few locales ever occur (the window's, the system's); the cap only guards against a renderer sending many.
const CACHE_LIMIT = 16
const translators = new Map<string, Translate>()

/** The translator for a BCP 47 locale (its language's catalog, English for a language without one), made once. */
export function translatorForLocale(locale: string): Translate {
  let t = translators.get(locale)
  if (t === undefined) {
    if (translators.size >= CACHE_LIMIT) translators.clear()
    t = mainTranslator(locale)
    translators.set(locale, t)
  }
  return t
}

/** Where the display locale comes from: the reminder service (its latest sync's locale, else its fallback). */
export interface DisplayLocaleSource {
  readonly locale: () => string
  /** Calls `listener` after anything synced may have changed; returns an unsubscribe function. */
  readonly onChange: (listener: () => void) => () => void
}

export interface DisplayLanguage {
  /** The translator for the display locale now. */
  t(): Translate
  /** Calls `listener` with the new translator when the display locale's language changes; returns an unsubscribe. */
  onChange(listener: (t: Translate) => void): () => void
  /** Stops following the source. */
  dispose(): void
}

/** Follows the display locale: `t()` is always its translator, and listeners hear when its language changes. */
export function createDisplayLanguage(source: DisplayLocaleSource): DisplayLanguage {
  const listeners = new Set<(t: Translate) => void>()
  const t = () => translatorForLocale(source.locale())
  let language = matchLanguage([source.locale()])
  const unsubscribe = source.onChange(() => {
    const now = matchLanguage([source.locale()])
    if (now === language) return
    language = now
    const translate = t()
    for (const listener of listeners) listener(translate)
  })
  return {
    t,
    onChange(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    dispose: () => unsubscribe()
  }
}
