// App preferences kept in the settings table (theme, week start) and applying the theme to the page.
import type { Weekday } from '../../../../../shared/domain/availability'

/** The colour theme: follow the system, or force light or dark. */
export type Theme = 'system' | 'light' | 'dark'

/** Settings-table key of the theme. */
export const THEME_KEY = 'ui.theme'
/** Settings-table key of the first day of the week (0 = Sunday). */
export const WEEK_START_KEY = 'ui.weekStart'

export const isTheme = (value: unknown): value is Theme => value === 'system' || value === 'light' || value === 'dark'
export const isWeekday = (value: unknown): value is Weekday => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 6

/** Sets `data-theme` on <html> ('system' removes it, so the OS's colour scheme applies); app.css turns it into color-scheme. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', theme)
}
