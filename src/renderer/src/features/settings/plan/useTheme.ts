// The stored theme, applied to <html> as soon as it is read and whenever it changes.
import { useEffect } from 'react'
import { isTheme, THEME_KEY, type Theme } from '../../../db/preferences'
import { useStoredPreference } from '../../../db/useStoredPreference'

/** Mount once near the root so the stored theme applies at start-up; returns the theme and its setter. */
export function useTheme(): [Theme | undefined, (theme: Theme) => Promise<void>] {
  const [theme, setTheme] = useStoredPreference<Theme>(THEME_KEY, isTheme, 'system')
  useEffect(() => {
    if (theme) applyTheme(theme)
  }, [theme])
  return [theme, setTheme]
}

/** Sets `data-theme` on <html> ('system' removes it, so the OS's colour scheme applies); app.css turns it into color-scheme. */
function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', theme)
}
