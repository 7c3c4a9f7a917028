// Which language the app speaks: the learner's choice, else the system's first language with a catalog, else English.
import { describe, expect, it } from 'vitest'
import { matchLanguage } from '../../../../src/shared/i18n/languages'
import {
  languageFor,
  localeFor,
  rememberChoice,
  rememberedChoice
} from '../../../../src/renderer/src/i18n/languageChoice'

describe('the language for a system', () => {
  it('is the first preferred locale with a catalog, by its language alone', () => {
    expect(matchLanguage(['de-AT', 'en-US'])).toBe('de')
    expect(matchLanguage(['ja-JP', 'es-MX', 'de'])).toBe('es')
    expect(matchLanguage(['pt_BR', 'ES'])).toBe('es')
    expect(matchLanguage(['ja-JP', 'zh-CN'])).toBe('en')
    expect(matchLanguage([])).toBe('en')
  })

  it('follows a choice made in Settings over the system', () => {
    expect(languageFor('system', ['es-ES'])).toBe('es')
    expect(languageFor('de', ['es-ES'])).toBe('de')
    expect(languageFor('en-XA', ['de-DE'])).toBe('en-XA')
  })
})

describe('the locale numbers and dates are written in', () => {
  it('keeps the system’s region when it speaks the app’s language', () => {
    expect(localeFor('de', ['de-AT', 'en-US'])).toBe('de-AT')
    expect(localeFor('es', ['en-US', 'es-MX'])).toBe('es-MX')
  })

  it('is the language alone when the system does not speak it, and English for the pseudo-locale', () => {
    expect(localeFor('de', ['en-US'])).toBe('de')
    expect(localeFor('en-XA', ['en-GB'])).toBe('en-GB')
    expect(localeFor('en-XA', ['fr-FR'])).toBe('en')
  })
})

function storage() {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value)
  }
}

describe('the choice mirrored in the window’s storage', () => {
  it('reads back what was remembered', () => {
    const store = storage()
    rememberChoice(store, 'es')
    expect(rememberedChoice(store)).toBe('es')
  })

  it('is the system’s when nothing, something unknown or no storage is there', () => {
    const store = storage()
    expect(rememberedChoice(store)).toBe('system')
    store.setItem('ui.language', 'klingon')
    expect(rememberedChoice(store)).toBe('system')
    expect(rememberedChoice(undefined)).toBe('system')
    const broken = {
      getItem: () => {
        throw new Error('SecurityError')
      }
    }
    expect(rememberedChoice(broken)).toBe('system')
  })
})
