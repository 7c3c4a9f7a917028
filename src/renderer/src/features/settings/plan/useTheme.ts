// The stored theme, applied to <html> as soon as it is read and whenever it changes.
import { useEffect } from 'react'
import { applyTheme, isTheme, THEME_KEY, type Theme } from './preferences'
import { useStoredPreference } from './useStoredPreference'

/** Mount once near the root so the stored theme applies at start-up; returns the theme and its setter. */
export function useTheme(): [Theme | undefined, (theme: Theme) => Promise<void>] {
  const [theme, setTheme] = useStoredPreference<Theme>(THEME_KEY, isTheme, 'system')
  useEffect(() => {
    if (theme) applyTheme(theme)
  }, [theme])
  return [theme, setTheme]
}
