// "Start a new plan", asked for from the shell's plan switcher or from a roadmap imported on the Roadmap screen, handed
// to the calendar, which shows first run's steps for it.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { Roadmap } from '../../../shared/domain/roadmap'

/** A new plan the learner is starting; with `roadmap`, that roadmap (e.g. an imported file) comes first. */
export interface NewPlanRequest {
  readonly roadmap?: Roadmap
}

export interface NewPlanRequests {
  /** The new plan being started, or null when the calendar shows the chosen plan. */
  readonly request: NewPlanRequest | null
  /** Opens the calendar on the new-plan steps. */
  start(request?: NewPlanRequest): void
  /** Leaves the new-plan steps (the plan was created, or the learner cancelled). */
  close(): void
}

const NewPlanContext = createContext<NewPlanRequests>({ request: null, start: () => {}, close: () => {} })

export function NewPlanRequestProvider({ showCalendar, children }: { showCalendar: () => void; children: ReactNode }) {
  const [request, setRequest] = useState<NewPlanRequest | null>(null)
  const start = useCallback(
    (next: NewPlanRequest = {}) => {
      setRequest(next)
      showCalendar()
    },
    [showCalendar]
  )
  const close = useCallback(() => setRequest(null), [])
  const value = useMemo(() => ({ request, start, close }), [request, start, close])
  return <NewPlanContext.Provider value={value}>{children}</NewPlanContext.Provider>
}

export function useNewPlanRequests(): NewPlanRequests {
  return useContext(NewPlanContext)
}
