// Window-level keys for the calendar: T today, P / N previous and next week, S next session, A add a session.
import { useEffect, useLayoutEffect, useRef } from 'react'
import { shortcutFor, type ShortcutAction } from './shortcutList'

/** What each shortcut does; missing handlers leave their key alone. */
export type CalendarShortcutHandlers = Partial<Record<ShortcutAction, () => void>>

/** Listens on window while mounted; handlers may change between renders without re-subscribing. */
export function useCalendarShortcuts(handlers: CalendarShortcutHandlers): void {
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const action = shortcutFor(event)
      const handler = action ? latest.current[action] : undefined
      if (!handler) return
      event.preventDefault()
      handler()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
