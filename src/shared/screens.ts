// The app's top-level screens, in navigation order: shared by the renderer's navigation and main's application menu.

/** Each screen with the digit of its Alt+digit shortcut; its name is in the catalogs (frame.screens). */
export const SCREENS = [
  { id: 'calendar', shortcut: '1' },
  { id: 'roadmap', shortcut: '2' },
  { id: 'progress', shortcut: '3' },
  { id: 'settings', shortcut: '4' }
] as const

/** A screen's id. */
export type ScreenId = (typeof SCREENS)[number]['id']

/** The ids alone, for schemas. */
export const SCREEN_IDS = SCREENS.map((screen) => screen.id) as [ScreenId, ...ScreenId[]]

/** Narrows an unknown stored or received value to a screen id. */
export function isScreenId(value: unknown): value is ScreenId {
  return SCREENS.some((screen) => screen.id === value)
}
