// Loads the plan settings section on its own, so the Settings screen (and its heading) appears without waiting for it.
import { lazy, Suspense } from 'react'

const PlanSettingsSection = lazy(() => import('./PlanSettingsSection').then((module) => ({ default: module.PlanSettingsSection })))

export function PlanSettings() {
  return (
    <Suspense fallback={<p aria-live="polite">Loading plan settings…</p>}>
      <PlanSettingsSection />
    </Suspense>
  )
}
