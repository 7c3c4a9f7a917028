// The calendar screen: first-run onboarding until a plan exists, then the plan's calendar.
import { lazy, Suspense, useEffect } from 'react'
import { useNow } from '../../components/useNow'
import { useRepositories } from '../../db/DatabaseContext'
import { useCurrentPlan } from '../../db/hooks'
import type { OnboardingProps } from '../onboarding/Onboarding'
import { importRefusalText } from '../roadmap/importRefusal'

// Onboarding is seen once, on first run: it loads only then, with the built-in roadmaps it offers (tens of KB of data
// the start-up script should not parse). The plan view carries FullCalendar (about 80 KB gzip): it loads once a plan
// exists, or in the background while onboarding is open, so the first paint never waits for it.
const Onboarding = lazy(async () => {
  const [{ Onboarding: Screen }, { aiEngineerRoadmap }] = await Promise.all([import('../onboarding/Onboarding'), import('../../../../shared/roadmaps/aiEngineer')])
  const builtInRoadmaps = [aiEngineerRoadmap]
  return { default: (props: Omit<OnboardingProps, 'roadmaps'>) => <Screen roadmaps={builtInRoadmaps} {...props} /> }
})
const loadPlanView = () => import('./PlanView')
const PlanView = lazy(() => loadPlanView().then((module) => ({ default: module.PlanView })))

const hostZone = Intl.DateTimeFormat().resolvedOptions().timeZone

export function CalendarScreen() {
  const plan = useCurrentPlan()
  const repos = useRepositories()
  // The preview follows the clock, and Create plan plans from the same instant, so the plan is the one previewed.
  const now = useNow()
  const firstRun = plan === null
  useEffect(() => {
    if (firstRun) void loadPlanView()
  }, [firstRun])
  if (plan === undefined || !repos) return <p aria-live="polite">Loading your plan…</p>
  if (plan) {
    return (
      <Suspense fallback={<p aria-live="polite">Loading your plan…</p>}>
        <PlanView plan={plan} />
      </Suspense>
    )
  }
  return (
    <Suspense fallback={<p aria-live="polite">Loading…</p>}>
      <Onboarding
        now={now}
        timeZone={hostZone}
        onCreatePlan={async (input) => {
          const created = await repos.plans.createPlan(input, now)
          if (!created.ok) throw new Error(created.error.message)
        }}
        onImportRoadmap={async (file) => {
          const text = await file.text()
          const imported = /\.(md|markdown)$/i.test(file.name)
            ? await repos.roadmaps.importRoadmapMarkdown(text, Date.now())
            : await repos.roadmaps.importRoadmapFile(text, Date.now())
          return imported.ok ? { ok: true, roadmap: imported.value } : { ok: false, message: importRefusalText(file.name, imported.error) }
        }}
      />
    </Suspense>
  )
}
