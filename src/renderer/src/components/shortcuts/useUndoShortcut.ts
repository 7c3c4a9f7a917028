// Ctrl+Z (⌘Z) outside text fields undoes the plan's last change, as the Undo button beside it does.
import { useEffect } from 'react'
import { isUndoKey } from './shortcutList'
import { useShortcutsList } from './ShortcutsList'

/** Listens for the undo key while there is something to undo (`undoLabel` not null) and the shortcut list is closed. */
export function useUndoShortcut(undoLabel: string | null, undo: () => void): void {
  // While the shortcut list is open its dialog owns the keyboard.
  const paused = useShortcutsList().isOpen
  useEffect(() => {
    if (undoLabel === null || paused) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isUndoKey(event)) return
      event.preventDefault()
      undo()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [undo, undoLabel, paused])
}
