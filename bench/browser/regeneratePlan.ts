// The plan both the regenerate figure and its diagnostic break-down re-plan: about 1,000 sessions in one plan.
import type { PlannerDB } from '../../src/renderer/src/db/PlannerDB'
import { createRepositories } from '../../src/renderer/src/db/repositories'
import { chainRoadmap, eveningAvailability, romeSettings } from '../../tests/unit/shared/backup/backupFixtures'

/** Creates 200 topics of 5 hours in 60-minute sessions (about 1,000 sessions) in `db`; returns the plan's id. */
export async function createRegeneratePlan(db: PlannerDB): Promise<string> {
  const created = await createRepositories(db).plans.createPlan(
    {
      roadmap: chainRoadmap('bench', 200, 300),
      availability: eveningAvailability({
        busy: [],
        blackouts: [],
        sessionMinMinutes: 60,
        sessionMaxMinutes: 60,
        dailyCapMinutes: 180
      }),
      settings: romeSettings({ targetDate: undefined, reviews: { enabled: false } })
    },
    Date.UTC(2027, 0, 1)
  )
  if (!created.ok) throw new Error(created.error.message)
  return created.value.planId
}
