// The German and Spanish catalogs are complete translations of the English one: the same keys, every message valid
// ICU with the same arguments, tags and select keys, and none left in English by mistake.
import { describe, expect, it } from 'vitest'
import { de } from '../../../../src/shared/i18n/catalogs/de'
import { en } from '../../../../src/shared/i18n/catalogs/en'
import { es } from '../../../../src/shared/i18n/catalogs/es'
import { translatorFor } from '../../../../src/shared/i18n/translator'
import { flatMessages, icuShape } from '../../../support/icuShape'

const english = flatMessages(en)

function isIcu(message: string): boolean {
  try {
    icuShape(message)
    return true
  } catch {
    return false
  }
}

const sameShape = (message: string, source: string): boolean =>
  isIcu(message) && JSON.stringify(icuShape(message)) === JSON.stringify(icuShape(source))
const translations = { de: flatMessages(de), es: flatMessages(es) }

// Messages that read the same in a translation on purpose: names, and words German or Spanish take from English.
const SAME_AS_ENGLISH: Readonly<Record<keyof typeof translations, readonly string[]>> = {
  de: [
    'frame.brand',
    // An hour count ('{hours} h'), a stage's '(optional)', a review as 'topic: when'.
    'onboarding.preview.totalHours',
    'progress.chart.tick',
    'progress.reviews.item',
    'roadmap.stage.optional'
  ],
  es: ['frame.brand', 'onboarding.preview.totalHours', 'progress.chart.tick', 'progress.reviews.item']
}

describe('the catalogs', () => {
  it('English has messages, each valid ICU', () => {
    expect(english.size).toBeGreaterThan(0)
    const invalid = [...english].filter(([, message]) => !isIcu(message)).map(([key]) => key)
    expect(invalid).toEqual([])
  })

  describe.each(['de', 'es'] as const)('%s', (language) => {
    const messages = translations[language]
    it('has exactly the English keys', () => {
      expect([...messages.keys()].sort()).toEqual([...english.keys()].sort())
    })

    it('gives every message the English one’s arguments, tags and select keys', () => {
      const differing = [...messages]
        .filter(([key, message]) => message.trim() === '' || !sameShape(message, english.get(key)!))
        .map(([key, message]) => ({ key, message, english: english.get(key) }))
      expect(differing).toEqual([])
    })

    it('translates every message but the few that read the same on purpose', () => {
      const untranslated = [...messages].filter(([key, text]) => text === english.get(key)).map(([key]) => key)
      expect(untranslated.sort()).toEqual([...SAME_AS_ENGLISH[language]].sort())
    })
  })

  it('formats a plural by each language’s rules through the library', () => {
    const catalog = { ...en, frame: { ...en.frame, loadFailed: '{n, plural, one {# Datei} other {# Dateien}}' } }
    const t = translatorFor('de-DE', catalog)
    expect((t as (key: string, values: object) => string)('frame.loadFailed', { n: 1 })).toBe('1 Datei')
    expect((t as (key: string, values: object) => string)('frame.loadFailed', { n: 1500 })).toBe('1.500 Dateien')
  })
})
