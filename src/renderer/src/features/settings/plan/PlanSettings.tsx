// Loads the plan sections on their own, so the Settings screen (and its heading) appears without waiting for them.
import { lazy, Suspense } from 'react'
import { useT } from '../../../i18n/translations'

const PlanSettingsSection = lazy(() =>
  import('./PlanSettingsSection').then((module) => ({ default: module.PlanSettingsSection }))
)
const PlanChangeSection = lazy(() =>
  import('../planChange/PlanChangeSection').then((module) => ({ default: module.PlanChangeSection }))
)

export function PlanSettings() {
  const t = useT()
  return (
    <Suspense fallback={<p aria-live="polite">{t('settings.loadingPlanSettings')}</p>}>
      <PlanSettingsSection />
    </Suspense>
  )
}

export function PlanChange() {
  const t = useT()
  return (
    <Suspense fallback={<p aria-live="polite">{t('settings.loadingPlan')}</p>}>
      <PlanChangeSection />
    </Suspense>
  )
}
