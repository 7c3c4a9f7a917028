// Settings' "Your plan": every first-run choice, changeable after setup, with a before/after preview and Apply.
import { useId, useMemo, useState, type FormEvent } from 'react'
import { MAX_COMMITMENT_DAYS } from '../../../../shared/domain/plan'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import { localDateOf, localeFirstDay } from '../../../../shared/scheduling/zonedDates'
import { useNow } from '../../components/useNow'
import { useRepositories } from '../../db/DatabaseContext'
import { useCurrentPlan, useRoadmap } from '../../db/hooks'
import type { PlanRecord } from '../../db/PlannerDB'
import { AvailabilityStep } from '../onboarding/AvailabilityStep'
import { MinutesInput } from '../onboarding/MinutesInput'
import { PaceChoice } from '../onboarding/PaceChoice'
import { hasTrackStep, TrackChoice } from '../onboarding/TrackChoice'
import { isWeekday, WEEK_START_KEY } from '../settings/plan/preferences'
import { sessionSizesProblem } from '../settings/plan/sessionSizes'
import { useStoredPreference } from '../settings/plan/useStoredPreference'
import { PLAN_CHANGE_LABEL, PlanChangePreviewPanel, type PlanChangeOutcome } from './PlanChangePreviewPanel'
import { changesNothing, draftOfPlan, planChangeOf, type PlanDraft } from './planDraft'
import { usePlanChangePreview } from './usePlanChangePreview'
import '../onboarding/onboarding.css'
import './planChange.css'

const locale = navigator.language
const hostZone = Intl.DateTimeFormat().resolvedOptions().timeZone
const commitmentChoices = [0, 3, 7, 14, MAX_COMMITMENT_DAYS] as const

export function PlanChangeSection() {
  const plan = useCurrentPlan()
  const roadmap = useRoadmap(plan?.roadmapId)
  // Kept here, above the keyed form, so "Plan changed" outlives the fresh form that an Apply brings.
  const [outcome, setOutcome] = useState<PlanChangeOutcome | null>(null)
  if (!plan || !roadmap) return null
  // A new draft whenever the stored choices change (an Apply, an undo, a catch-up option), not on every mark done.
  const choicesKey = JSON.stringify(planChangeOf(plan, draftOfPlan(plan), roadmap.roadmap))
  return <PlanChangeForm key={`${plan.id}:${choicesKey}`} plan={plan} roadmap={roadmap.roadmap} outcome={outcome} onOutcome={setOutcome} />
}

interface PlanChangeFormProps {
  readonly plan: PlanRecord
  readonly roadmap: Roadmap
  readonly outcome: PlanChangeOutcome | null
  readonly onOutcome: (outcome: PlanChangeOutcome | null) => void
}

function PlanChangeForm({ plan, roadmap, outcome, onOutcome }: PlanChangeFormProps) {
  const repos = useRepositories()!
  const ids = { heading: useId(), form: useId(), pause: useId(), horizon: useId(), zone: useId() }
  const now = useNow()
  const [weekStart] = useStoredPreference(WEEK_START_KEY, isWeekday, localeFirstDay(locale))
  const [draft, setDraft] = useState<PlanDraft>(() => draftOfPlan(plan))
  const [applying, setApplying] = useState(false)
  const update = (change: Partial<PlanDraft>) => {
    onOutcome(null)
    setDraft((current) => ({ ...current, ...change }))
  }

  const change = useMemo(() => planChangeOf(plan, draft, roadmap), [plan, draft, roadmap])
  const sizesProblem = sessionSizesProblem(draft, change.availability.dailyCapMinutes)
  const unchanged = changesNothing(plan, roadmap, change)
  const preview = usePlanChangePreview(plan.id, plan.updatedAtMs, unchanged || sizesProblem ? null : change, now)

  const apply = async (event: FormEvent) => {
    event.preventDefault()
    if (applying || preview.status !== 'ready') return
    setApplying(true)
    const result = await repos.plans.updatePlan(plan.id, change, Date.now(), PLAN_CHANGE_LABEL)
    setApplying(false)
    onOutcome(result.ok ? { kind: 'applied' } : { kind: 'failed', message: result.error.message })
  }

  const undo = async () => {
    const result = await repos.sessions.undo(plan.id, Date.now())
    onOutcome(result.ok ? { kind: 'undone' } : { kind: 'failed', message: result.error.message })
  }

  return (
    <section aria-labelledby={ids.heading} className="settings-section plan-change">
      <h2 id={ids.heading}>Your plan</h2>
      <p className="sp-muted">
        The choices of <strong>{plan.title}</strong>, the plan shown now. Change any of them: the preview shows what it would do, and nothing changes until you apply it.
      </p>
      <div className="onb-layout">
        <form id={ids.form} className="onb-form" onSubmit={apply} noValidate>
          <AvailabilityStep
            legend="When can you study?"
            cells={draft.cells}
            availability={change.availability}
            onChange={(cells) => update({ cells, gridEdited: true })}
            firstDay={weekStart ?? localeFirstDay(locale)}
            locale={locale}
          />
          <PaceChoice value={draft} onChange={update} />
          <fieldset className="onb-step">
            <legend>Breaks and the week ahead</legend>
            <div className="onb-fields">
              <label htmlFor={ids.pause}>Break between sessions</label>
              <span className="onb-inline">
                <MinutesInput id={ids.pause} min={0} max={120} step={5} value={draft.breakMinutes} onValue={(breakMinutes) => update({ breakMinutes })} />
                <span>minutes</span>
              </span>
              <label htmlFor={ids.horizon}>Keep as planned</label>
              <select id={ids.horizon} value={draft.commitmentDays} onChange={(event) => update({ commitmentDays: Number(event.target.value) })}>
                {[...new Set([...commitmentChoices, draft.commitmentDays])].sort((a, b) => a - b).map((days) => (
                  <option key={days} value={days}>
                    {days === 0 ? 'Nothing: re-plan every session after each change' : `The next ${days} days`}
                  </option>
                ))}
              </select>
              <label htmlFor={ids.zone}>Time zone of the plan</label>
              <select id={ids.zone} value={draft.timeZone} onChange={(event) => update({ timeZone: event.target.value })}>
                {zoneChoices(plan.settings.timeZone).map((zone) => (
                  <option key={zone} value={zone}>
                    {zone}
                  </option>
                ))}
              </select>
            </div>
            {draft.timeZone === hostZone ? null : (
              <p className="sp-muted" data-testid="zone-note">
                This computer is set to {hostZone}. Study times are shown and planned in {draft.timeZone}, the plan’s zone.
              </p>
            )}
          </fieldset>
          {hasTrackStep(roadmap) ? (
            <TrackChoice
              roadmap={roadmap}
              trackChoices={draft.trackChoices}
              onChooseTrack={(stageId, trackId) => update({ trackChoices: { ...draft.trackChoices, [stageId]: trackId } })}
              includeOptional={draft.includeOptional}
              onIncludeOptional={(includeOptional) => update({ includeOptional })}
              locale={locale}
            />
          ) : null}
        </form>
        <PlanChangePreviewPanel
          preview={preview}
          before={plan}
          after={change}
          now={now}
          today={localDateOf(now, plan.settings.timeZone)}
          locale={locale}
          formId={ids.form}
          applying={applying}
          invalid={sizesProblem}
          outcome={outcome}
          onUndo={() => void undo()}
          onDiscard={() => {
            onOutcome(null)
            setDraft(draftOfPlan(plan))
          }}
        />
      </div>
    </section>
  )
}

function zoneChoices(current: string): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return [...new Set([current, hostZone, ...supported])].sort()
}
