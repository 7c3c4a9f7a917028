// A small plan for repository tests: a 5-topic roadmap, weekday evenings in Rome, reviews on.
import type { NewPlan } from '../../../../src/renderer/src/db/planRepository'
import { chainRoadmap, eveningAvailability, romeSettings } from '../../shared/backup/backupFixtures'

/** 2027-01-01T00:00Z: before the plan starts on Monday 2027-01-04. */
export const NOW = Date.UTC(2027, 0, 1)
export const DAY = 86_400_000

/** Five 120-minute topics in a chain, planned on weekday evenings. */
export function smallPlan(overrides: Partial<NewPlan> = {}): NewPlan {
  return {
    roadmap: chainRoadmap('rust', 5),
    availability: eveningAvailability({ busy: [], blackouts: [] }),
    settings: romeSettings({ targetDate: undefined }),
    title: 'Rust',
    ...overrides
  }
}
