// Step 2 of onboarding: one track per choice stage (the specialization), and whether optional stages are planned.
import type { ReactNode } from 'react'
import type { ChoiceStage, Roadmap } from '../../../../shared/domain/roadmap'
import { formatHours } from '../../../../shared/format'
import { useT } from '../../i18n/translations'

/** The quieter part of a label, e.g. '(optional)'. */
const mutedText = (chunks: ReactNode) => <span className="onb-muted">{chunks}</span>

export interface TrackChoiceProps {
  /** The step's number on first run; absent where the choice is not a numbered step (the plan section). */
  readonly step?: number
  readonly roadmap: Roadmap
  readonly trackChoices: Readonly<Record<string, string>>
  readonly onChooseTrack: (stageId: string, trackId: string) => void
  readonly includeOptional: boolean
  readonly onIncludeOptional: (include: boolean) => void
  readonly locale?: string
}

/** Whether the roadmap has anything to choose in this step (a track or optional stages); the step is left out otherwise. */
export function hasTrackStep(roadmap: Roadmap): boolean {
  return roadmap.stages.some((stage) => stage.kind === 'choice' || stage.optional)
}

export function TrackChoice({
  step,
  roadmap,
  trackChoices,
  onChooseTrack,
  includeOptional,
  onIncludeOptional,
  locale
}: TrackChoiceProps) {
  const t = useT()
  const choiceStages = roadmap.stages.filter((stage): stage is ChoiceStage => stage.kind === 'choice')
  const hasOptional = roadmap.stages.some((stage) => stage.optional)
  if (!hasTrackStep(roadmap)) return null
  return (
    <fieldset className="onb-step">
      <legend>
        {step === undefined
          ? t('common.planInputs.tracks.legend')
          : t('common.planInputs.tracks.legendNumbered', { step: String(step) })}
      </legend>
      {hasOptional ? (
        <label className="onb-check">
          <input
            type="checkbox"
            checked={includeOptional}
            onChange={(event) => onIncludeOptional(event.target.checked)}
          />
          {t('common.planInputs.tracks.includeOptional')}
        </label>
      ) : null}
      {choiceStages.map((stage) => {
        const disabled = stage.optional && !includeOptional
        return (
          <fieldset key={stage.id} className="onb-tracks" disabled={disabled}>
            <legend>
              {stage.optional
                ? t.rich('common.planInputs.tracks.optionalStage', {
                    title: stage.title,
                    muted: mutedText
                  })
                : stage.title}
            </legend>
            <div className="onb-options onb-options-grid">
              {stage.tracks.map((track) => {
                const minutes = track.topics.reduce((total, topic) => total + topic.estimatedMinutes, 0)
                const checked = (trackChoices[stage.id] ?? stage.tracks[0]?.id) === track.id
                return (
                  <label key={track.id} className="onb-option onb-track">
                    <input
                      type="radio"
                      name={`track-${stage.id}`}
                      value={track.id}
                      checked={checked}
                      onChange={() => onChooseTrack(stage.id, track.id)}
                    />
                    <strong>{track.title}</strong>
                    <span className="onb-muted">
                      {' '}
                      {t('common.planInputs.tracks.hours', { hours: formatHours(minutes, locale) })}
                    </span>
                    <span className="onb-track-summary">{track.summary}</span>
                  </label>
                )
              })}
            </div>
          </fieldset>
        )
      })}
    </fieldset>
  )
}
