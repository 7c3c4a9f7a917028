// First run: roadmap, track, weekly availability and pace, with a live preview of the finish date, then Create plan.
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react'
import type { Weekday } from '../../../../shared/domain/availability'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import type { EpochMs, IanaZone } from '../../../../shared/domain/time'
import '../../components/common.css'
import { localDateOf, localeFirstDay } from '../../../../shared/time'
import { cellsFromWindows, SUGGESTED_WINDOWS } from '../../components/planInputs/availabilityCells'
import { AvailabilityStep } from '../../components/planInputs/AvailabilityStep'
import { PaceChoice } from '../../components/planInputs/PaceChoice'
import { planInputFromChoices, type NewPlanInput, type OnboardingChoices } from '../../components/planInputs/planInput'
import { clearOnboardingDraft, readOnboardingDraft, saveOnboardingDraft } from './onboardingDraft'
import { PlanPreviewPanel } from './PlanPreviewPanel'
import { previewPlan } from '../../components/planInputs/planPreview'
import { RoadmapChoice, type ImportRoadmapResult } from './RoadmapChoice'
import { hasTrackStep, TrackChoice } from '../../components/planInputs/TrackChoice'
import { useDebouncedValue } from '../../components/useDebouncedValue'
import '../../components/planInputs/planInputs.css'
import { useT } from '../../i18n/translations'

export interface OnboardingProps {
  /** Roadmaps to choose from; the first is selected (put the built-in AI Engineer roadmap first). */
  readonly roadmaps: readonly Roadmap[]
  /** The current instant: the preview plans from it and the start date defaults to its local date. */
  readonly now: EpochMs
  /** The plan's IANA zone. */
  readonly timeZone: IanaZone
  /** Stores and builds the plan; a rejection's message is shown and the learner can try again. */
  readonly onCreatePlan: (input: NewPlanInput) => Promise<void>
  /** Parses a roadmap file; absent hides "Import a roadmap". */
  readonly onImportRoadmap?: (file: File) => Promise<ImportRoadmapResult>
  /** First column of the week grid; the locale's first day when absent. */
  readonly firstDay?: Weekday
  /** BCP 47 locale for dates and numbers; the runtime's when absent. */
  readonly locale?: string
  /** Quiet time before the preview re-plans, in ms (tests may pass 0). */
  readonly previewDelayMs?: number
  /**
   * Keeps the choices under this key while the app runs, so leaving the steps for another screen and coming back finds
   * them as they were; forgotten once the plan is created. Absent: the steps start afresh each time they open.
   */
  readonly draftKey?: string
}

export function Onboarding({
  roadmaps,
  now,
  timeZone,
  onCreatePlan,
  onImportRoadmap,
  firstDay,
  locale,
  previewDelayMs = 150,
  draftKey
}: OnboardingProps) {
  const t = useT()
  const formId = useId()
  const [draft] = useState(() => (draftKey === undefined ? undefined : readOnboardingDraft(draftKey)))
  const [imported, setImported] = useState<readonly Roadmap[]>(() => draft?.imported ?? [])
  const allRoadmaps = useMemo(
    () => [...roadmaps, ...imported.filter((roadmap) => !roadmaps.some((known) => known.id === roadmap.id))],
    [roadmaps, imported]
  )
  const today = localDateOf(now, timeZone)
  const [choices, setChoices] = useState<OnboardingChoices>(
    () => draft?.choices ?? initialChoices(roadmaps[0]?.id ?? '', today)
  )
  useEffect(() => {
    if (draftKey !== undefined) saveOnboardingDraft(draftKey, { choices, imported })
  }, [draftKey, choices, imported])
  const roadmap = allRoadmaps.find((candidate) => candidate.id === choices.roadmapId) ?? allRoadmaps[0]
  // Steps are numbered as shown: a roadmap with nothing to choose in step 2 goes straight to the week grid.
  const steps = roadmap && !hasTrackStep(roadmap) ? { when: 2, pace: 3 } : { when: 3, pace: 4 }
  const [creating, setCreating] = useState(false)
  const [createError, setCreateError] = useState<string | null>(null)

  const input = useMemo(
    () => (roadmap ? planInputFromChoices(choices, roadmap, timeZone) : null),
    [choices, roadmap, timeZone]
  )
  const settledInput = useDebouncedValue(input, previewDelayMs)
  const preview = useMemo(() => (settledInput ? previewPlan(settledInput, now) : null), [settledInput, now])
  const update = (change: Partial<OnboardingChoices>) => setChoices((current) => ({ ...current, ...change }))

  if (!roadmap || !input || !preview) return <p role="alert">{t('onboarding.noRoadmap')}</p>

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (creating || preview.kind !== 'ready') return
    setCreating(true)
    setCreateError(null)
    try {
      await onCreatePlan(input)
      if (draftKey !== undefined) clearOnboardingDraft(draftKey)
    } catch (error) {
      setCreateError(error instanceof Error ? error.message : t('onboarding.saveFailed'))
    } finally {
      setCreating(false)
    }
  }

  return (
    <section className="onboarding" aria-labelledby="onb-title">
      <header className="onb-header">
        <h1 id="onb-title">{t('onboarding.title')}</h1>
        <p className="onb-muted">{t('onboarding.intro')}</p>
      </header>
      <div className="onb-layout">
        <form id={formId} className="onb-form" onSubmit={submit} noValidate>
          <RoadmapChoice
            roadmaps={allRoadmaps}
            selectedId={roadmap.id}
            onSelect={(roadmapId) => update({ roadmapId, trackChoices: {} })}
            onImport={onImportRoadmap}
            onImported={(added) => {
              setImported((current) => [...current.filter((known) => known.id !== added.id), added])
              update({ roadmapId: added.id, trackChoices: {} })
            }}
          />
          <TrackChoice
            step={2}
            roadmap={roadmap}
            trackChoices={choices.trackChoices}
            onChooseTrack={(stageId, trackId) =>
              update({ trackChoices: { ...choices.trackChoices, [stageId]: trackId } })
            }
            includeOptional={choices.includeOptional}
            onIncludeOptional={(includeOptional) => update({ includeOptional })}
            locale={locale}
          />
          <AvailabilityStep
            legend={t('onboarding.whenLegend', { step: steps.when })}
            cells={choices.cells}
            availability={input.availability}
            onChange={(cells) => update({ cells })}
            firstDay={firstDay ?? localeFirstDay(locale)}
            locale={locale}
          />
          <PaceChoice step={steps.pace} value={choices} onChange={update} locale={locale} />
        </form>
        <PlanPreviewPanel
          preview={preview}
          updating={settledInput !== input}
          today={today}
          timeZone={timeZone}
          locale={locale}
          formId={formId}
          creating={creating}
          createError={createError}
        />
      </div>
    </section>
  )
}

function initialChoices(roadmapId: string, today: string): OnboardingChoices {
  return {
    roadmapId,
    trackChoices: {},
    includeOptional: true,
    cells: cellsFromWindows(SUGGESTED_WINDOWS),
    startDate: today,
    targetDate: '',
    sessionMinMinutes: 30,
    sessionMaxMinutes: 60,
    parallelTopics: 2,
    reviewsEnabled: true
  }
}
