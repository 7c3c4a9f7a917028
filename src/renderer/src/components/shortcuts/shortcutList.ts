// The keyboard shortcuts the app offers, listed once for the key handler and the `?` overlay.

/** A shortcut's action. */
export type ShortcutAction = 'today' | 'previousWeek' | 'nextWeek' | 'nextSession' | 'addSession'

/** One shortcut: the key(s) as shown, what it does, and how to match a key event. */
export interface Shortcut {
  readonly keys: readonly string[]
  readonly description: string
  readonly action?: ShortcutAction
}

/** Calendar shortcuts handled by useCalendarShortcuts (single keys, no modifiers). */
export const CALENDAR_SHORTCUTS: readonly (Shortcut & { readonly key: string; readonly action: ShortcutAction })[] = [
  { key: 't', keys: ['T'], description: 'Go to today', action: 'today' },
  { key: 'p', keys: ['P'], description: 'Previous week (month in Month view)', action: 'previousWeek' },
  { key: 'n', keys: ['N'], description: 'Next week (month in Month view)', action: 'nextWeek' },
  { key: 's', keys: ['S'], description: 'Open the next session', action: 'nextSession' },
  {
    key: 'a',
    keys: ['A'],
    description: 'Add a session (a topic or your own) at a time you choose',
    action: 'addSession'
  }
]

/** Undo on the calendar and roadmap screens (useUndoShortcut): one history of the plan's changes. */
export const UNDO_SHORTCUTS: readonly Shortcut[] = [
  { keys: ['Ctrl', 'Z'], description: 'Undo the last change to the plan (⌘ Z on macOS)' }
]

/** Shortcuts handled elsewhere (the shell and the calendar itself), listed for completeness. */
export const OTHER_SHORTCUTS: readonly Shortcut[] = [
  { keys: ['?'], description: 'Show these shortcuts' },
  { keys: ['Alt', '1'], description: 'Calendar' },
  { keys: ['Alt', '2'], description: 'Roadmap' },
  { keys: ['Alt', '3'], description: 'Progress' },
  { keys: ['Alt', '4'], description: 'Settings' },
  { keys: ['Enter'], description: 'Open the focused session' },
  { keys: ['Esc'], description: 'Close a panel or dialog' }
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
