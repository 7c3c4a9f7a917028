// The app's top-level screens, in navigation order: shared by the renderer's navigation and main's application menu.

/** Each screen with its label and the digit of its Alt+digit shortcut. */
export const SCREENS = [
  { id: 'calendar', label: 'Calendar', shortcut: '1' },
  { id: 'roadmap', label: 'Roadmap', shortcut: '2' },
  { id: 'progress', label: 'Progress', shortcut: '3' },
  { id: 'settings', label: 'Settings', shortcut: '4' }
] as const

/** A screen's id. */
export type ScreenId = (typeof SCREENS)[number]['id']

/** The ids alone, for schemas. */
export const SCREEN_IDS = SCREENS.map((screen) => screen.id) as [ScreenId, ...ScreenId[]]

/** Narrows an unknown stored or received value to a screen id. */
export function isScreenId(value: unknown): value is ScreenId {
  return SCREENS.some((screen) => screen.id === value)
}
