// The plan first run builds by default, for tests that need its size: the built-in AI Engineer roadmap (about 1,300
// sessions) on the suggested weekly windows, with first run's default choices.
import type { NewPlan } from '../../../../src/renderer/src/db/planRepository'
import {
  cellsFromWindows,
  SUGGESTED_WINDOWS
} from '../../../../src/renderer/src/components/planInputs/availabilityCells'
import { planInputFromChoices } from '../../../../src/renderer/src/components/planInputs/planInput'
import { aiEngineerRoadmap } from '../../../../src/shared/roadmaps/aiEngineer'

/** First run's default plan of the AI Engineer roadmap, starting on `startDate`, in Europe/Rome. */
export function aiEngineerPlan(startDate: string): NewPlan {
  const input = planInputFromChoices(
    {
      roadmapId: aiEngineerRoadmap.id,
      trackChoices: {},
      includeOptional: true,
      cells: cellsFromWindows(SUGGESTED_WINDOWS),
      startDate,
      targetDate: '',
      sessionMinMinutes: 30,
      sessionMaxMinutes: 60,
      parallelTopics: 2,
      reviewsEnabled: true
    },
    aiEngineerRoadmap,
    'Europe/Rome'
  )
  return { ...input, title: aiEngineerRoadmap.title }
}
