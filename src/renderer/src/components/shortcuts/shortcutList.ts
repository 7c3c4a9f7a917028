// The keyboard shortcuts the app offers, listed once for the key handler and the `?` overlay.
import type { Messages } from '../../../../shared/i18n/catalog'

/** A shortcut's action. */
export type ShortcutAction = 'today' | 'previousWeek' | 'nextWeek' | 'nextSession' | 'addSession'

/** A key as the overlay names it: a letter or sign as it is, a named key by its catalog message. */
export type ShortcutKey = string | { readonly named: keyof Messages['common']['shortcuts']['keys'] }

/** One shortcut: the key(s) as shown, what it does (its catalog message), and how to match a key event. */
export interface Shortcut {
  readonly keys: readonly ShortcutKey[]
  readonly description: keyof Messages['common']['shortcuts']['actions']
  readonly action?: ShortcutAction
}

const CTRL = { named: 'ctrl' } as const
const ALT = { named: 'alt' } as const

/** Calendar shortcuts handled by useCalendarShortcuts (single keys, no modifiers). */
export const CALENDAR_SHORTCUTS: readonly (Shortcut & { readonly key: string; readonly action: ShortcutAction })[] = [
  { key: 't', keys: ['T'], description: 'today', action: 'today' },
  { key: 'p', keys: ['P'], description: 'previousWeek', action: 'previousWeek' },
  { key: 'n', keys: ['N'], description: 'nextWeek', action: 'nextWeek' },
  { key: 's', keys: ['S'], description: 'nextSession', action: 'nextSession' },
  { key: 'a', keys: ['A'], description: 'addSession', action: 'addSession' }
]

/** Undo on the calendar and roadmap screens (useUndoShortcut): one history of the plan's changes. */
export const UNDO_SHORTCUTS: readonly Shortcut[] = [{ keys: [CTRL, 'Z'], description: 'undo' }]

/** Shortcuts handled elsewhere (the shell and the calendar itself), listed for completeness. */
export const OTHER_SHORTCUTS: readonly Shortcut[] = [
  { keys: ['?'], description: 'help' },
  { keys: [ALT, '1'], description: 'calendar' },
  { keys: [ALT, '2'], description: 'roadmap' },
  { keys: [ALT, '3'], description: 'progress' },
  { keys: [ALT, '4'], description: 'settings' },
  { keys: [{ named: 'enter' }], description: 'openFocused' },
  { keys: [{ named: 'esc' }], description: 'closePanel' }
]

/** The action for a key event, or null when it is not a calendar shortcut or typing is going on. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>
): ShortcutAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return null
  return (
    CALENDAR_SHORTCUTS.find((shortcut) => shortcut.key === event.key.toLowerCase() || shortcut.key === event.key)
      ?.action ?? null
  )
}

/** Whether Ctrl+Z (⌘Z) was pressed outside a text field, where the field's own undo applies. */
export function isUndoKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'target'>
): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'z' &&
    !isTyping(event.target)
  )
}

/** Whether `?` was pressed outside a text field: it opens the shortcut list. */
export function isHelpKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>): boolean {
  return event.key === '?' && !event.altKey && !event.ctrlKey && !event.metaKey && !isTyping(event.target)
}

/** Inputs that take no typed text: a shortcut pressed while one has focus is still a shortcut. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'])

function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false
  const element = target as HTMLElement
  if (element.isContentEditable || element.closest('textarea, select, [contenteditable="true"]') !== null) return true
  const input = element.closest('input')
  return input !== null && !NON_TEXT_INPUTS.has(input.type)
}
