// Where roadmaps are kept: identical roadmaps are stored once, a changed one under the same id becomes a copy.
import type { Roadmap } from '../../../shared/domain/roadmap'
import { validateRoadmap } from '../../../shared/scheduling/validateRoadmap'
import { failWith } from './operationResult'
import type { PlannerDB } from './PlannerDB'

/** Whether two JSON-like values are equal, ignoring key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined)
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined)
  if (aKeys.length !== bKeys.length) return false
  return aKeys.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}

/**
 * Stores `roadmap` for a new plan or an import inside the caller's transaction and returns what was stored: the same
 * roadmap when it is new or identical to the stored one; otherwise a copy with id `<id>-2`, `<id>-3`..., so plans
 * already using the stored roadmap never change under the learner. Fails 'invalid' for a roadmap the engine refuses.
 */
export async function storeRoadmapForPlan(
  db: PlannerDB,
  roadmap: Roadmap,
  now: number,
  builtIn = false
): Promise<Roadmap> {
  const problem = validateRoadmap(roadmap)
  if (problem) failWith('invalid', problem.ref ?? problem.message, problem.field)
  let candidate = roadmap
  for (let copy = 2; ; copy++) {
    const stored = await db.roadmaps.get(candidate.id)
    if (!stored) break
    if (sameJson(stored.roadmap, candidate)) return stored.roadmap
    candidate = { ...roadmap, id: `${roadmap.id}-${copy}` }
  }
  await db.roadmaps.add({ id: candidate.id, roadmap: candidate, builtIn, updatedAtMs: now })
  return candidate
}

/**
 * A roadmap for plan `forPlanId` that no other plan uses, inside the caller's transaction: `roadmap` (stored) itself when
 * no other plan follows it, else a copy stored under a free id `<id>-2`, `<id>-3`... Plans never share a roadmap, so
 * editing one plan's roadmap on the Roadmap screen never re-plans another plan.
 */
export async function roadmapOfItsOwn(
  db: PlannerDB,
  roadmap: Roadmap,
  now: number,
  forPlanId?: string
): Promise<Roadmap> {
  const otherUsers = await db.plans
    .where('roadmapId')
    .equals(roadmap.id)
    .filter((plan) => plan.id !== forPlanId)
    .count()
  if (otherUsers === 0) return roadmap
  for (let copy = 2; ; copy++) {
    const id = `${roadmap.id}-${copy}`
    if (await db.roadmaps.get(id)) continue
    const own = { ...roadmap, id }
    await db.roadmaps.add({ id, roadmap: own, builtIn: false, updatedAtMs: now })
    return own
  }
}
