// Messages to text: the i18n library (use-intl, ICU MessageFormat) behind one typed function, for every process.
import { createTranslator, type _Translator } from 'use-intl/core'
import type { Catalog, Messages } from './catalog'

/** Text for a key of the catalog, its ICU arguments checked against the English message: `t('frame.opening')`. */
export type Translate = _Translator<Messages>

/** A message key, e.g. 'frame.opening', for code that names a message before it is shown (see MessageRef). */
export type MessageKey = KeyPaths<Messages>

/** Every message's dotted path in a catalog tree ('frame.screens.calendar'). */
type KeyPaths<Tree, Prefix extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? `${Prefix}${Key}` : KeyPaths<Tree[Key], `${Prefix}${Key}.`>
}[keyof Tree & string]

// The library's own inference over a catalog this size gives up ("union type too complex"); its checks come back in
// the Translate type, which every caller sees.
const createUntyped = createTranslator as unknown as (config: Parameters<typeof createTranslator>[0]) => Translate

/**
 * A translator over `catalog`, formatting plurals and numbers for `locale` (a BCP 47 tag such as 'de-AT').
 * A key missing from the catalog cannot happen (the type of every catalog is the English one's); if one ever did, the
 * key itself is shown and the error reported, rather than a screen failing.
 */
export function translatorFor(locale: string, catalog: Catalog, report?: (error: Error) => void): Translate {
  return createUntyped({
    locale,
    messages: catalog,
    onError: (error) => report?.(error),
    getMessageFallback: ({ namespace, key }) => (namespace ? `${namespace}.${key}` : key)
  })
}
