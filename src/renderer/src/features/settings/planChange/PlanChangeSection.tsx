// Settings' "Your plan": every first-run choice, changeable after setup, with a before/after preview and Apply.
import { zoneNameOf } from '../../../components/zonePicker/zoneOptions'
import { ZonePicker } from '../../../components/zonePicker/ZonePicker'
import { useDisplayLocale } from '../../../components/useDisplayLocale'
import { memo, useCallback, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react'
import type { Weekday } from '../../../../../shared/domain/availability'
import { MAX_COMMITMENT_DAYS } from '../../../../../shared/domain/plan'
import type { Roadmap } from '../../../../../shared/domain/roadmap'
import { hostTimeZone, localDateOf, localeFirstDay } from '../../../../../shared/time'
import { useNow } from '../../../components/useNow'
import { useRepositories } from '../../../db/DatabaseContext'
import { useCurrentPlan, useRoadmap } from '../../../db/hooks'
import type { PlanRecord } from '../../../db/PlannerDB'
import { UNDO_LABELS } from '../../../db/undoLabels'
import { AvailabilityStep } from '../../../components/planInputs/AvailabilityStep'
import { MinutesInput } from '../../../components/planInputs/MinutesInput'
import { PaceChoice } from '../../../components/planInputs/PaceChoice'
import { hasTrackStep, TrackChoice } from '../../../components/planInputs/TrackChoice'
import { isWeekday, WEEK_START_KEY } from '../../../db/preferences'
import { sessionSizesProblem } from '../../../components/planInputs/sessionSizes'
import { useStoredPreference } from '../../../db/useStoredPreference'
import { PlanChangePreviewPanel, type PlanChangeOutcome } from './PlanChangePreviewPanel'
import { changesNothing, draftOfPlan, planChangeOf, type PlanDraft } from './planDraft'
import { usePlanChangePreview } from './usePlanChangePreview'
import { useT } from '../../../i18n/translations'
import type { Translate } from '../../../../../shared/i18n/translator'
import '../../../components/planInputs/planInputs.css'
import './planChange.css'

const hostZone = hostTimeZone()
const commitmentChoices = [0, 3, 7, 14, MAX_COMMITMENT_DAYS] as const
const strong = (chunks: ReactNode) => <strong>{chunks}</strong>

export function PlanChangeSection() {
  const plan = useCurrentPlan()
  const roadmap = useRoadmap(plan?.roadmapId)
  // Kept here, above the form (keyed by plan), so "Plan changed" outlives the draft that an Apply resets.
  const [outcome, setOutcome] = useState<PlanChangeOutcome | null>(null)
  if (!plan || !roadmap) return null
  return <PlanChangeForm key={plan.id} plan={plan} roadmap={roadmap.roadmap} outcome={outcome} onOutcome={setOutcome} />
}

interface PlanChangeFormProps {
  readonly plan: PlanRecord
  readonly roadmap: Roadmap
  readonly outcome: PlanChangeOutcome | null
  readonly onOutcome: (outcome: PlanChangeOutcome | null) => void
}

function PlanChangeForm({ plan, roadmap, outcome, onOutcome }: PlanChangeFormProps) {
  const locale = useDisplayLocale()
  const t = useT()
  const repos = useRepositories()
  const ids = { heading: useId(), form: useId() }
  const now = useNow()
  const [weekStart] = useStoredPreference(WEEK_START_KEY, isWeekday, localeFirstDay(locale))
  const [draft, setDraft] = useState<PlanDraft>(() => draftOfPlan(plan))
  // A fresh draft whenever the stored choices change (an Apply, an undo, a catch-up option), not on every mark done:
  // reset during render (React's pattern for state derived from props), so the form is updated, not mounted again.
  const choicesKey = useMemo(() => JSON.stringify(planChangeOf(plan, draftOfPlan(plan), roadmap)), [plan, roadmap])
  const [draftKey, setDraftKey] = useState(choicesKey)
  if (draftKey !== choicesKey) {
    setDraftKey(choicesKey)
    setDraft(draftOfPlan(plan))
  }
  const [applying, setApplying] = useState(false)
  const update = useCallback(
    (change: Partial<PlanDraft>) => {
      onOutcome(null)
      setDraft((current) => ({ ...current, ...change }))
    },
    [onOutcome]
  )

  const change = useMemo(() => planChangeOf(plan, draft, roadmap), [plan, draft, roadmap])
  const sizesProblem = sessionSizesProblem(t, draft, change.availability.dailyCapMinutes)
  const unchanged = changesNothing(plan, roadmap, change)
  const preview = usePlanChangePreview(plan.id, plan.updatedAtMs, unchanged || sizesProblem ? null : change, now)

  const apply = async (event: FormEvent) => {
    event.preventDefault()
    if (applying || preview.status !== 'ready') return
    // The preview has already re-planned this very change, so it is shown as applied at once, like every other action
    // on the plan; the write follows, and a failure takes the message back and says that nothing changed.
    setApplying(true)
    onOutcome({ kind: 'applied' })
    const result = await repos.plans
      .updatePlan(plan.id, change, Date.now(), UNDO_LABELS.changePlan)
      .catch((error: unknown) => ({ ok: false as const, error: { message: errorText(error, t) } }))
    setApplying(false)
    if (!result.ok)
      onOutcome({
        kind: 'failed',
        message: 'ref' in result.error && result.error.ref ? result.error.ref : result.error.message
      })
  }

  const undo = async () => {
    const result = await repos.sessions.undo(plan.id, Date.now())
    onOutcome(result.ok ? { kind: 'undone' } : { kind: 'failed', message: result.error.ref ?? result.error.message })
  }

  return (
    <section aria-labelledby={ids.heading} className="settings-section plan-change">
      <h2 id={ids.heading}>{t('settings.planChange.heading')}</h2>
      <p className="sp-muted">
        {t.rich('settings.planChange.intro', {
          title: plan.title,
          strong
        })}
      </p>
      <div className="onb-layout">
        <form id={ids.form} className="onb-form" onSubmit={apply} noValidate>
          <PlanChangeFields
            draft={draft}
            availability={change.availability}
            roadmap={roadmap}
            storedZone={plan.settings.timeZone}
            firstDay={weekStart ?? localeFirstDay(locale)}
            update={update}
          />
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

interface PlanChangeFieldsProps {
  readonly draft: PlanDraft
  readonly availability: ReturnType<typeof planChangeOf>['availability']
  readonly roadmap: Roadmap
  /** The plan's stored zone, always offered in the zone list. */
  readonly storedZone: string
  readonly firstDay: Weekday
  readonly update: (change: Partial<PlanDraft>) => void
}

/**
 * The choices themselves (the week grid, about 340 cells, and about 420 zones): memoised, so applying, an outcome or a
 * preview arriving repaints only the preview panel.
 */
const PlanChangeFields = memo(function PlanChangeFields({
  draft,
  availability,
  roadmap,
  storedZone,
  firstDay,
  update
}: PlanChangeFieldsProps) {
  const locale = useDisplayLocale()
  const t = useT()
  const ids = { pause: useId(), horizon: useId(), zone: useId() }
  const zones = useMemo(() => zoneChoices(storedZone), [storedZone])
  // Zone offsets as they are when Settings opened: they change twice a year, not while the learner looks.
  const [openedAt] = useState(() => Date.now())
  return (
    <>
      <AvailabilityStep
        legend={t('settings.planChange.availabilityLegend')}
        cells={draft.cells}
        availability={availability}
        onChange={(cells) => update({ cells, gridEdited: true })}
        firstDay={firstDay}
        locale={locale}
      />
      <PaceChoice value={draft} onChange={update} locale={locale} />
      <fieldset className="onb-step">
        <legend>{t('settings.planChange.breaksLegend')}</legend>
        <div className="onb-fields">
          <label htmlFor={ids.pause}>{t('settings.planChange.breakLabel')}</label>
          <span className="onb-inline">
            <MinutesInput
              id={ids.pause}
              min={0}
              max={120}
              step={5}
              value={draft.breakMinutes}
              onValue={(breakMinutes) => update({ breakMinutes })}
            />
            <span>{t('settings.planChange.minutes')}</span>
          </span>
          <label htmlFor={ids.horizon}>{t('settings.planChange.keepLabel')}</label>
          <select
            id={ids.horizon}
            value={draft.commitmentDays}
            onChange={(event) => update({ commitmentDays: Number(event.target.value) })}
          >
            {[...new Set([...commitmentChoices, draft.commitmentDays])]
              .sort((a, b) => a - b)
              .map((days) => (
                <option key={days} value={days}>
                  {days === 0 ? t('settings.planChange.keepNothing') : t('settings.planChange.keepDays', { days })}
                </option>
              ))}
          </select>
          <label htmlFor={ids.zone}>{t('settings.planChange.zoneLabel')}</label>
          <ZonePicker
            id={ids.zone}
            value={draft.timeZone}
            zones={zones}
            now={openedAt}
            locale={locale}
            onChange={(timeZone) => update({ timeZone })}
          />
        </div>
        {draft.timeZone === hostZone ? null : (
          <p className="sp-muted" data-testid="zone-note">
            {t('settings.planChange.zoneNote', {
              host: zoneNameOf(hostZone, openedAt, locale, t),
              zone: zoneNameOf(draft.timeZone, openedAt, locale, t)
            })}
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
    </>
  )
})

/** A write that failed outside the repository's own refusals (a full disk, a closed database), in a sentence. */
function errorText(error: unknown, t: Translate): string {
  const text = error instanceof Error ? error.message : String(error)
  return t('settings.planChange.saveFailed', { reason: text })
}

function zoneChoices(current: string): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return [...new Set([current, hostZone, ...supported])].sort()
}
