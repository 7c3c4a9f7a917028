// A new plan's name that no other plan has, so two plans on the same roadmap can be told apart in the plan switcher.
import type { PlanRecord } from '../db/PlannerDB'

/** `base` when no plan has that name, else `base (2)`, `base (3)`… the first one free. */
export function distinctPlanTitle(base: string, plans: readonly Pick<PlanRecord, 'title'>[]): string {
  const taken = new Set(plans.map((plan) => plan.title))
  if (!taken.has(base)) return base
  for (let copy = 2; ; copy++) if (!taken.has(`${base} (${copy})`)) return `${base} (${copy})`
}
