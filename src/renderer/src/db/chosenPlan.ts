// Which plan the screens show: the learner's choice, kept as a preference, else the newest plan not archived.
import type { PlanRecord } from './PlannerDB'

/** Settings key of the id of the plan the learner chose to show. */
export const CHOSEN_PLAN_KEY = 'plans.chosenId'

/** A plan the learner still follows: shown in the plan switcher and reminded of. */
export function isActivePlan(plan: PlanRecord): boolean {
  return plan.archivedAtMs === undefined
}

/** Validates the stored choice (a plan id, or null for none). */
export function isChosenPlanId(value: unknown): value is string | null {
  return value === null || typeof value === 'string'
}

/**
 * The plan to show among `plans` (oldest first): the chosen one while it exists and is not archived, else the newest
 * active plan; null when every plan is archived or there is none.
 */
export function chosenPlan(plans: readonly PlanRecord[], chosenId: string | null): PlanRecord | null {
  const chosen = plans.find((plan) => plan.id === chosenId)
  if (chosen && isActivePlan(chosen)) return chosen
  return plans.filter(isActivePlan).at(-1) ?? null
}
