// The study timer as every screen sees it: read from the settings table (live), and the actions that change it.
import { useCallback, useMemo } from 'react'
import { useStoredPreference } from '../db/useStoredPreference'
import {
  isStoredStudyTimerOrNone,
  pauseStudyTimer,
  readStudyTimer,
  resumeStudyTimer,
  STUDY_TIMER_KEY,
  type StoredStudyTimer,
  type StudyTimer
} from './studyTimer'

export interface StudyTimerControls {
  /** The timer, null when none runs, undefined while it is being read. */
  readonly timer: StudyTimer | null | undefined
  /** Stores a timer (a new one from Start), or null to end it. */
  readonly set: (timer: StudyTimer | null) => Promise<void>
  readonly pause: () => Promise<void>
  readonly resume: () => Promise<void>
}

export function useStudyTimer(): StudyTimerControls {
  const [stored, store] = useStoredPreference<StoredStudyTimer | null>(STUDY_TIMER_KEY, isStoredStudyTimerOrNone, null)
  const timer = useMemo(() => (stored ? readStudyTimer(stored) : stored), [stored])
  const set = useCallback((next: StudyTimer | null) => store(next), [store])
  // Read the clock when the button is pressed, not at the last display tick.
  const pause = useCallback(
    () => (timer ? store(pauseStudyTimer(timer, Date.now())) : Promise.resolve()),
    [timer, store]
  )
  const resume = useCallback(
    () => (timer ? store(resumeStudyTimer(timer, Date.now())) : Promise.resolve()),
    [timer, store]
  )
  return { timer, set, pause, resume }
}
