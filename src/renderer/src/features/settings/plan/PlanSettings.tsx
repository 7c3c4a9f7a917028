// Loads the plan sections on their own, so the Settings screen (and its heading) appears without waiting for them.
import { lazy, Suspense } from 'react'

const PlanSettingsSection = lazy(() =>
  import('./PlanSettingsSection').then((module) => ({ default: module.PlanSettingsSection }))
)
const PlanChangeSection = lazy(() =>
  import('../planChange/PlanChangeSection').then((module) => ({ default: module.PlanChangeSection }))
)

export function PlanSettings() {
  return (
    <Suspense fallback={<p aria-live="polite">Loading plan settings…</p>}>
      <PlanSettingsSection />
    </Suspense>
  )
}

export function PlanChange() {
  return (
    <Suspense fallback={<p aria-live="polite">Loading your plan…</p>}>
      <PlanChangeSection />
    </Suspense>
  )
}
