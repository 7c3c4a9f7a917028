// A fixed plan for the component harness: the AI Engineer roadmap with the suggested hours, planned from a known instant.
import type { Availability } from '../../../../src/shared/domain/availability'
import type { ScheduleInput } from '../../../../src/shared/domain/schedule'
import type { Session } from '../../../../src/shared/domain/session'
import { aiEngineerRoadmap } from '../../../../src/shared/roadmaps/aiEngineer'
import { buildSchedule } from '../../../../src/shared/scheduling/buildSchedule'
import { SUGGESTED_WINDOWS } from '../../../../src/renderer/src/components/planInputs/availabilityCells'

/** Wednesday 6 January 2027, 18:30 in Rome. */
export const harnessNow = Date.UTC(2027, 0, 6, 17, 30)
export const harnessZone = 'Europe/Rome'

export const harnessAvailability: Availability = {
  windows: SUGGESTED_WINDOWS,
  blackouts: [],
  busy: [{ startMs: Date.UTC(2027, 0, 8, 17, 0), endMs: Date.UTC(2027, 0, 8, 19, 0), label: 'Dentist' }],
  dailyCapMinutes: 180,
  sessionMinMinutes: 30,
  sessionMaxMinutes: 60,
  breakMinutes: 10
}

export const harnessInput: ScheduleInput = {
  roadmap: aiEngineerRoadmap,
  availability: harnessAvailability,
  settings: { startDate: '2027-01-04', timeZone: harnessZone, parallelTopics: 2, reviews: { enabled: true } },
  now: Date.UTC(2027, 0, 4, 8, 0)
}

/** The plan, with the first two sessions done and the third pinned, so every look appears. */
export function harnessSessions(): Session[] {
  const result = buildSchedule(harnessInput)
  if (!result.ok) throw new Error(result.error.message)
  return result.sessions.map((session, index) =>
    index < 2 ? { ...session, status: 'done' } : index === 2 ? { ...session, pinned: true } : session
  )
}
