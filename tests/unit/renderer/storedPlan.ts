// A stored plan for tests that open the whole app on it: on the fixture's fake date, left on a chosen screen.
import { Dexie } from 'dexie'
import { afterEach, beforeEach, vi } from 'vitest'
import { PlannerDB } from '../../../src/renderer/src/db/PlannerDB'
import { createRepositories } from '../../../src/renderer/src/db/repositories'
import { NOW, smallPlan } from './db/planFixtures'

/** Screens load lazily: on a busy machine the first load can take seconds. */
export const LAZY = { timeout: 15_000 }

/**
 * Fakes only the date, at the fixture's NOW (the plan's first sessions are days away), and deletes each database a
 * test made. Call once at the top of a test file.
 */
export function withStoredPlans(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
  })
  afterEach(async () => {
    vi.useRealTimers()
    for (const db of openDbs.splice(0)) {
      db.close()
      await Dexie.delete(db.name)
    }
  })
}

const openDbs: PlannerDB[] = []

/** The small fixture plan, stored, with the app last left on `lastScreen`. */
export async function storedPlanLeftOn(lastScreen: string) {
  const db = new PlannerDB(`stored-plan-${Math.random()}`)
  openDbs.push(db)
  const repos = createRepositories(db)
  const created = await repos.plans.createPlan(smallPlan(), NOW)
  if (!created.ok) throw new Error(created.error.message)
  await repos.settings.set('ui.lastScreen', lastScreen)
  return { db, repos, planId: created.value.planId }
}
