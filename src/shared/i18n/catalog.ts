// The shape every catalog has (the English one's, with any text in place of the English), and loading one on demand.
import type { en } from './catalogs/en'
import type { Language } from './languages'

/** The English catalog's type: its keys, and each message's ICU arguments, checked wherever a message is used. */
export type Messages = typeof en

type AnyText<T> = { readonly [K in keyof T]: T[K] extends string ? string : AnyText<T[K]> }
/** A translation: every key of the English catalog, each with a message in its own language. */
export type Catalog = AnyText<Messages>

/** A language's catalog, in its own script chunk: only the language in use is ever loaded. */
export function loadCatalog(language: Language): Promise<Catalog> {
  switch (language) {
    case 'en':
      return import('./catalogs/en').then((module) => module.en)
    case 'de':
      return import('./catalogs/de').then((module) => module.de)
    case 'es':
      return import('./catalogs/es').then((module) => module.es)
  }
}
