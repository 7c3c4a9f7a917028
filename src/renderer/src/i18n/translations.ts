// The language every screen speaks: one translator, swapped when the language changes, and the hooks that read it.
// The frame's few messages are in the first script for every language; the rest of a catalog loads on demand.
import { useSyncExternalStore } from 'react'
import type { Catalog } from '../../../shared/i18n/catalog'
import { loadCatalog } from '../../../shared/i18n/catalog'
import { frame as deFrame } from '../../../shared/i18n/catalogs/de/frame'
import { frame as enFrame } from '../../../shared/i18n/catalogs/en/frame'
import { frame as esFrame } from '../../../shared/i18n/catalogs/es/frame'
import { PSEUDO_LOCALE, type UiLanguage } from '../../../shared/i18n/languages'
import { translatorFor, type Translate } from '../../../shared/i18n/translator'

interface Translations {
  readonly language: UiLanguage
  /** BCP 47 locale for plurals and numbers, e.g. 'de-AT'. */
  readonly locale: string
  readonly t: Translate
  /** False while only the frame's messages are there. */
  readonly complete: boolean
}

const FRAMES: Readonly<Record<UiLanguage, Catalog['frame']>> = {
  en: enFrame,
  de: deFrame,
  es: esFrame,
  [PSEUDO_LOCALE]: enFrame
}

const report = (error: Error) => console.error('[i18n]', error.message)

let current: Translations = frameOnly('en', 'en')
const listeners = new Set<() => void>()

function frameOnly(language: UiLanguage, locale: string): Translations {
  // Only `frame.*` is asked for before the catalog arrives (the entry draws nothing else).
  const catalog = { frame: FRAMES[language] } as Catalog
  return { language, locale, t: translatorFor(locale, catalog, report), complete: false }
}

function publish(next: Translations): void {
  current = next
  // Screen readers pick their voice by it. (Tests without a DOM have no document.)
  if (typeof document !== 'undefined')
    document.documentElement.lang = next.language === PSEUDO_LOCALE ? 'en' : next.language
  for (const listener of listeners) listener()
}

async function catalogOf(language: UiLanguage): Promise<Catalog> {
  if (language !== PSEUDO_LOCALE) return loadCatalog(language)
  const [english, { pseudoCatalog }] = await Promise.all([loadCatalog('en'), import('../../../shared/i18n/pseudo')])
  return pseudoCatalog(english)
}

let pending: UiLanguage | null = null

/**
 * Speak `language` from now on: the frame at once, every screen once its catalog has loaded. A later call wins over
 * one still loading. Resolves when the catalog is in use.
 */
export async function switchLanguage(language: UiLanguage, locale: string): Promise<void> {
  if (current.complete && current.language === language && current.locale === locale) return
  pending = language
  // At start-up only the frame is drawn: it speaks the language at once. Later (a choice in Settings) the screens keep
  // the language they have until the new one's catalog is in, rather than showing keys for a moment.
  if (!current.complete && current.language !== language) publish(frameOnly(language, locale))
  const catalog = await catalogOf(language)
  if (pending !== language) return
  pending = null
  publish({ language, locale, t: translatorFor(locale, catalog, report), complete: true })
}

/** Tests and tools: a catalog at hand, in use at once. */
export function installCatalog(language: UiLanguage, locale: string, catalog: Catalog): void {
  pending = null
  publish({ language, locale, t: translatorFor(locale, catalog, report), complete: true })
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
const snapshot = () => current

/** The translator of the language in use; a component using it re-renders when the language changes. */
export const useT = (): Translate => useSyncExternalStore(subscribe, snapshot).t

/** The language in use, its locale, and whether its whole catalog has loaded. */
export const useTranslations = (): Translations => useSyncExternalStore(subscribe, snapshot)

/** For code outside React (the reminder sync, a file name): the translator in use now. */
export const currentTranslations = (): Translations => current
