// The `?` shortcut list for the whole window: one overlay, opened by `?` on any screen or by a screen's own button.
import { createContext, lazy, Suspense, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { isHelpKey } from './shortcutList'

const ShortcutsOverlay = lazy(() =>
  import('./ShortcutsOverlay').then((module) => ({ default: module.ShortcutsOverlay }))
)

/** Whether the list is showing (screens pause their own keys meanwhile) and how to show it. */
export interface ShortcutsList {
  readonly isOpen: boolean
  show(): void
}

const ShortcutsListContext = createContext<ShortcutsList>({ isOpen: false, show: () => {} })

/** Listens for `?` on the window and shows the list over `children`. */
export function ShortcutsListProvider({ children }: { children: ReactNode }) {
  const [isOpen, setOpen] = useState(false)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isHelpKey(event)) return
      event.preventDefault()
      setOpen(true)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
  const list = useMemo<ShortcutsList>(() => ({ isOpen, show: () => setOpen(true) }), [isOpen])
  return (
    <ShortcutsListContext.Provider value={list}>
      {children}
      {isOpen ? (
        <Suspense fallback={null}>
          <ShortcutsOverlay open onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </ShortcutsListContext.Provider>
  )
}

/** The window's shortcut list (a no-op outside a provider). */
export function useShortcutsList(): ShortcutsList {
  return useContext(ShortcutsListContext)
}
