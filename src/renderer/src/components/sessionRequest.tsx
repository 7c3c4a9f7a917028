// A session that a notification, the tray, a reminder banner or the shell's study timer asked to show, handed from the
// shell to the calendar.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { CHOSEN_PLAN_KEY } from '../db/chosenPlan'
import { useDatabase } from '../db/DatabaseContext'
import type { Repositories } from '../db/repositories'
import { usePlatform } from '../platform/PlatformContext'

/** A session to show; with `doneMinutes`, its Done form opens with those minutes (the study timer was stopped). */
export interface SessionRequest {
  readonly sessionId: string
  readonly doneMinutes?: number
}

/** Delivers "open session X" to the calendar; a request made while no calendar is mounted waits for one. */
interface SessionRequests {
  /** Calls `listener` with each requested session, first with one still waiting. Returns an unsubscribe function. */
  subscribe(listener: (sessionId: string, request: SessionRequest) => void): () => void
  /** Asks for a session from inside the app (the shell's study timer): switches to the calendar and opens it. */
  open(request: SessionRequest): void
}

const SessionRequestContext = createContext<SessionRequests>({ subscribe: () => () => {}, open: () => {} })

function createSessionRequests() {
  const listeners = new Set<(sessionId: string, request: SessionRequest) => void>()
  let waiting: SessionRequest | null = null
  return {
    request(request: SessionRequest) {
      if (listeners.size === 0) waiting = request
      for (const listener of listeners) listener(request.sessionId, request)
    },
    subscribe(listener: (sessionId: string, request: SessionRequest) => void) {
      listeners.add(listener)
      const pending = waiting
      waiting = null
      // Handed over after the subscribing effect has run, as any later request would be.
      if (pending) queueMicrotask(() => listener(pending.sessionId, pending))
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
  // The shell listens before the database is open (a notification click can launch the app): no repositories then.
  const database = useDatabase()
  const repos = database.status === 'ready' ? database.repositories : null
  const [requests] = useState(createSessionRequests)
  const open = useCallback(
    (request: SessionRequest) => {
      // Reminders come from every plan not archived: a session of a plan not shown first makes that plan the shown one,
      // so the calendar can open it. The session is asked for even when that lookup fails.
      void showPlanOf(repos, request.sessionId)
        .catch(() => {})
        .finally(() => {
          requests.request(request)
          showCalendar()
        })
    },
    [repos, requests, showCalendar]
  )
  useEffect(() => platform.onOpenSession((sessionId) => open({ sessionId })), [platform, open])
  const value = useMemo<SessionRequests>(() => ({ subscribe: requests.subscribe, open }), [requests, open])
  return <SessionRequestContext.Provider value={value}>{children}</SessionRequestContext.Provider>
}

/** Makes the plan of session `sessionId` the one every screen shows, when it is another plan's. */
async function showPlanOf(repos: Repositories | null, sessionId: string): Promise<void> {
  const session = await repos?.plans.getSession(sessionId)
  if (session) await repos?.settings.set(CHOSEN_PLAN_KEY, session.planId)
}

/** Subscribes the calendar to sessions asked for from outside it (a notification click, the tray, a menu, the timer). */
export function useSessionRequests(): SessionRequests {
  return useContext(SessionRequestContext)
}
