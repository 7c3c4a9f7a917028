// A session that a notification, the tray or a reminder banner asked to show, handed from the shell to the calendar.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { usePlatform } from '../platform/PlatformContext'

/** Delivers "open session X" to the calendar; a request made while no calendar is mounted waits for one. */
interface SessionRequests {
  /** Calls `listener` with each requested session, first with one still waiting. Returns an unsubscribe function. */
  subscribe(listener: (sessionId: string) => void): () => void
}

const SessionRequestContext = createContext<SessionRequests>({ subscribe: () => () => {} })

function createSessionRequests(): SessionRequests & { request(sessionId: string): void } {
  const listeners = new Set<(sessionId: string) => void>()
  let waiting: string | null = null
  return {
    request(sessionId) {
      if (listeners.size === 0) waiting = sessionId
      for (const listener of listeners) listener(sessionId)
    },
    subscribe(listener) {
      listeners.add(listener)
      const pending = waiting
      waiting = null
      // Handed over after the subscribing effect has run, as any later request would be.
      if (pending) queueMicrotask(() => listener(pending))
      return () => void listeners.delete(listener)
    }
  }
}

/**
 * Listens for "open session X" from the platform whatever screen is open (the app reopens on the last one it showed),
 * switches to the calendar, and hands the session over as soon as the calendar listens.
 */
export function SessionRequestProvider({ showCalendar, children }: { showCalendar: () => void; children: ReactNode }) {
  const platform = usePlatform()
  const [requests] = useState(createSessionRequests)
  useEffect(
    () =>
      platform.onOpenSession((sessionId) => {
        requests.request(sessionId)
        showCalendar()
      }),
    [platform, requests, showCalendar]
  )
  return <SessionRequestContext.Provider value={requests}>{children}</SessionRequestContext.Provider>
}

/** Subscribes the calendar to sessions asked for from outside it (a notification click, the tray, a menu). */
export function useSessionRequests(): SessionRequests {
  return useContext(SessionRequestContext)
}
