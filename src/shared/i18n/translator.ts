// Messages to text: the i18n library (use-intl, ICU MessageFormat) behind one typed function, for every process.
import { createTranslator } from 'use-intl/core'
import type { Catalog, Messages } from './catalog'

/** Text for a key of the catalog, its ICU arguments checked against the English message: `t('frame.opening')`. */
export type Translate = ReturnType<typeof createTranslator<Messages, never>>

/** A message key, e.g. 'frame.opening', for code that names a message before it is shown (see MessageRef). */
export type MessageKey = Parameters<Translate>[0]

/**
 * A translator over `catalog`, formatting plurals and numbers for `locale` (a BCP 47 tag such as 'de-AT').
 * A key missing from the catalog cannot happen (the type of every catalog is the English one's); if one ever did, the
 * key itself is shown and the error reported, rather than a screen failing.
 */
export function translatorFor(locale: string, catalog: Catalog, report?: (error: Error) => void): Translate {
  return createTranslator({
    locale,
    // Catalog and Messages differ only in that the English texts are literal types (for checking arguments).
    messages: catalog as Messages,
    onError: (error) => report?.(error),
    getMessageFallback: ({ namespace, key }) => (namespace ? `${namespace}.${key}` : key)
  })
}
