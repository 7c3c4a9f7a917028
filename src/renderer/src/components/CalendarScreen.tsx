// The Calendar tab, composed from two features: first-run onboarding until a plan exists (and for a new plan), then
// the chosen plan's calendar.
import { lazy, Suspense, use, useEffect } from 'react'
import { useNow } from './useNow'
import { useRepositories } from '../db/DatabaseContext'
import { readUntrustedFile, roadmapFileKind } from '../files/readUntrustedFile'
import { useNewPlanRequests } from './newPlanRequest'
import { useChoosePlan, useCurrentPlan, usePlans } from '../db/hooks'
import type { Roadmap } from '../../../shared/domain/roadmap'
import { hostTimeZone } from '../../../shared/time'
import { distinctPlanTitle } from './distinctPlanTitle'
import type { OnboardingProps } from '../features/onboarding/Onboarding'
import { importRefusalText } from './importRefusal'
import { clearOnboardingDraft } from '../features/onboarding/onboardingDraft'
import { currentTranslations, useT, useTranslations } from '../i18n/translations'
import { builtInRoadmapsIn } from './builtInRoadmaps'

// Onboarding is seen once, on first run: it loads only then, with the built-in roadmaps it offers (tens of KB of data
// the start-up script should not parse). The plan view carries FullCalendar (about 80 KB gzip): it loads once a plan
// exists, or in the background while onboarding is open, so the first paint never waits for it.
// A new plan started from an imported roadmap offers that one first (selected), then the built-in ones.
const OnboardingScreen = lazy(async () => {
  // The screen and its built-in roadmaps, in the language spoken now, load together.
  const [{ Onboarding: Screen }] = await Promise.all([
    import('../features/onboarding/Onboarding'),
    builtInRoadmapsIn(currentTranslations().language)
  ])
  return { default: Screen }
})

function Onboarding({ leading, ...props }: Omit<OnboardingProps, 'roadmaps'> & { leading?: Roadmap | undefined }) {
  // A change of language suspends until that language's roadmap text is in.
  const builtInRoadmaps = use(builtInRoadmapsIn(useTranslations().language))
  return (
    // An imported file may carry a built-in roadmap's id (an exported copy): offer it once, as the file has it.
    <OnboardingScreen
      roadmaps={
        leading ? [leading, ...builtInRoadmaps.filter((builtIn) => builtIn.id !== leading.id)] : builtInRoadmaps
      }
      {...props}
    />
  )
}
const loadPlanView = () => import('../features/calendar/PlanView')
const PlanView = lazy(() => loadPlanView().then((module) => ({ default: module.PlanView })))

const hostZone = hostTimeZone()

export function CalendarScreen() {
  const plan = useCurrentPlan()
  const plans = usePlans()
  const choosePlan = useChoosePlan()
  const newPlan = useNewPlanRequests()
  const repos = useRepositories()
  const t = useT()
  // The preview follows the clock, and Create plan plans from the same instant, so the plan is the one previewed.
  const now = useNow()
  const firstRun = plan === null
  useEffect(() => {
    if (firstRun) void loadPlanView()
  }, [firstRun])
  if (plan === undefined) return <p aria-live="polite">{t('common.loadingPlan')}</p>
  if (plan && !newPlan.request) {
    return (
      <Suspense fallback={<p aria-live="polite">{t('common.loadingPlan')}</p>}>
        <PlanView plan={plan} />
      </Suspense>
    )
  }
  // A new request (another imported file) starts the steps afresh with its roadmap selected; each keeps its own draft
  // while the learner visits other screens.
  const stepsKey = newPlan.request ? `new-${newPlan.request.roadmap?.id ?? ''}` : 'first-run'
  return (
    <Suspense fallback={<p aria-live="polite">{t('common.loading')}</p>}>
      {plan ? (
        <NewPlanBar
          onCancel={() => {
            clearOnboardingDraft(stepsKey)
            newPlan.close()
          }}
        />
      ) : null}
      <Onboarding
        key={stepsKey}
        draftKey={stepsKey}
        leading={newPlan.request?.roadmap}
        now={now}
        timeZone={hostZone}
        onCreatePlan={async (input) => {
          const title = distinctPlanTitle(input.roadmap.title, plans ?? [])
          const created = await repos.plans.createPlan({ ...input, title }, now)
          if (!created.ok) throw new Error(created.error.message)
          await choosePlan(created.value.planId)
          newPlan.close()
        }}
        onImportRoadmap={async (file) => {
          // Read and checked only: creating the plan stores the roadmap, so leaving first run keeps nothing.
          // Read and checked in a worker with a time budget: a hostile file cannot freeze the page.
          const read = await readUntrustedFile(file.name, file, { kind: roadmapFileKind(file.name) })
          if (!read.ok) return { ok: false, message: read.message }
          const imported = repos.roadmaps.checkRoadmapImport(read.value)
          return imported.ok
            ? { ok: true, roadmap: imported.value }
            : { ok: false, message: importRefusalText(t, file.name, imported.error) }
        }}
      />
    </Suspense>
  )
}

/** Above the steps of a second plan: says the current plan stays, and leads back to it. */
function NewPlanBar({ onCancel }: { onCancel: () => void }) {
  const t = useT()
  return (
    <section className="banner banner-warning new-plan-bar" aria-label={t('common.newPlanBar.label')}>
      <p>{t('common.newPlanBar.text')}</p>
      <button type="button" className="sp-button" onClick={onCancel}>
        {t('common.newPlanBar.cancel')}
      </button>
    </section>
  )
}
