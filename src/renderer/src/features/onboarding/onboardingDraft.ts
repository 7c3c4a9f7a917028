// First run's choices while the app runs: a learner who leaves the steps for another screen (the sidebar) and comes back
// finds every choice as they left it. Kept in memory only, on purpose: an imported roadmap is not stored until a plan
// is created from it, and a restart is a fair moment to start afresh.
import type { Roadmap } from '../../../../shared/domain/roadmap'
import type { OnboardingChoices } from '../../components/planInputs/planInput'

/** What the steps hold besides what the app already has: the choices and any roadmaps imported on the way. */
export interface OnboardingDraft {
  readonly choices: OnboardingChoices
  readonly imported: readonly Roadmap[]
}

const drafts = new Map<string, OnboardingDraft>()

/** The draft left under `key` (first run, or one new plan), if any. */
export function readOnboardingDraft(key: string): OnboardingDraft | undefined {
  return drafts.get(key)
}

export function saveOnboardingDraft(key: string, draft: OnboardingDraft): void {
  drafts.set(key, draft)
}

/** Forgets the draft: its plan was created, or the learner cancelled it. */
export function clearOnboardingDraft(key: string): void {
  drafts.delete(key)
}

/** Forgets every draft, as a restart does (tests start each from a fresh database). */
export function forgetOnboardingDrafts(): void {
  drafts.clear()
}
