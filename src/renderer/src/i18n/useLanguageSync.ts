// Keeps the language in use in step with the stored choice: Settings, a restored backup, another window.
import { useEffect } from 'react'
import { useStoredPreference } from '../db/useStoredPreference'
import {
  isLanguageChoice,
  LANGUAGE_KEY,
  languageFor,
  localeFor,
  rememberChoice,
  rememberedChoice,
  type LanguageChoice
} from './languageChoice'
import { switchLanguage } from './translations'

/**
 * The stored language choice and a setter that stores it (Settings). With none stored, the window's own storage speaks
 * (a choice made there by a translator or a test, e.g. the pseudo-locale), else the system's language.
 */
export const useLanguageChoice = () =>
  useStoredPreference<LanguageChoice>(LANGUAGE_KEY, isLanguageChoice, rememberedChoice(globalThis.localStorage))

/** Speaks the stored choice's language, and mirrors the choice for the next start's first paint. */
export function useLanguageSync(): void {
  const [choice] = useLanguageChoice()
  useEffect(() => {
    if (choice === undefined) return
    rememberChoice(globalThis.localStorage, choice)
    const language = languageFor(choice, navigator.languages)
    void switchLanguage(language, localeFor(language, navigator.languages))
  }, [choice])
}
