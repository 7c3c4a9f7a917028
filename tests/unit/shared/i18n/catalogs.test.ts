// The German and Spanish catalogs are complete translations of the English one: the same keys, every message valid
// ICU with the same arguments, tags and select keys, and none left in English by mistake.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
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

// Messages that read the same in a translation on purpose (beyond those with no words of their own, such as
// '{day}, {time}'): names, key caps, and words German or Spanish write as English does.
const SAME_AS_ENGLISH: Readonly<Record<keyof typeof translations, readonly string[]>> = {
  de: [
    'frame.brand',
    'common.shortcuts.keys.alt',
    'common.shortcuts.keys.esc',
    // Hour counts ('{hours} h'), a stage's '(optional)', 'Plan', 'Pause', 'Version'.
    'onboarding.preview.totalHours',
    'progress.chart.tick',
    'settings.planChange.hours',
    'roadmap.stage.optional',
    'common.planInputs.tracks.optionalStage',
    'settings.calendarFiles.plan',
    'settings.calendarSync.plan',
    'settings.calendarSync.factPlan',
    'settings.planChange.preview.plan',
    'common.studyTimer.pause',
    'settings.screen.about.version'
  ],
  es: [
    'frame.brand',
    // macOS's own word for the window's Zoom item.
    'notices.menu.items.zoom',
    'common.shortcuts.keys.alt',
    'common.shortcuts.keys.ctrl',
    'common.shortcuts.keys.esc',
    'onboarding.preview.totalHours',
    'progress.chart.tick',
    'settings.planChange.hours',
    'settings.calendarFiles.plan',
    'settings.calendarSync.plan',
    'settings.calendarSync.factPlan',
    'settings.planChange.preview.plan'
  ]
}

/** Whether a message has words of its own, outside its arguments (in any branch or tag). */
function hasWords(elements: readonly MessageFormatElement[]): boolean {
  return elements.some((element) => {
    if (element.type === TYPE.literal) return /\p{L}/u.test(element.value)
    if (element.type === TYPE.tag) return hasWords(element.children)
    if (element.type === TYPE.plural || element.type === TYPE.select)
      return Object.values(element.options).some((option) => hasWords(option.value))
    return false
  })
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
      const untranslated = [...messages]
        .filter(([key, text]) => text === english.get(key) && hasWords(parse(text)))
        .map(([key]) => key)
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
