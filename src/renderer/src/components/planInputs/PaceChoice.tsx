// Step 4 of onboarding: start and target dates, session length and how many topics run side by side.
import { useId, useState } from 'react'
import type { ParallelTopics } from '../../../../shared/domain/plan'
import { MinutesInput } from './MinutesInput'
import type { OnboardingChoices } from './planInput'

type PaceFields = Pick<
  OnboardingChoices,
  'startDate' | 'targetDate' | 'sessionMinMinutes' | 'sessionMaxMinutes' | 'parallelTopics' | 'reviewsEnabled'
>

export interface PaceChoiceProps {
  /** The step's number on first run (3 when the roadmap has no track or optional stage to choose); absent in the plan section. */
  readonly step?: number
  readonly value: PaceFields
  readonly onChange: (change: Partial<PaceFields>) => void
}

/** Shortest and longest session the first run offers. */
export const SESSION_MINUTES = { min: 15, max: 240 } as const

export function PaceChoice({ step, value, onChange }: PaceChoiceProps) {
  const ids = {
    start: useId(),
    target: useId(),
    min: useId(),
    max: useId(),
    parallel: useId(),
    lengthError: useId(),
    targetError: useId()
  }
  const [outOfRange, setOutOfRange] = useState({ min: false, max: false })
  const lengthOutOfRange = outOfRange.min || outOfRange.max
  const minAboveMax = value.sessionMinMinutes > value.sessionMaxMinutes
  const lengthInvalid = lengthOutOfRange || minAboveMax
  const targetInvalid = value.targetDate !== '' && value.targetDate < value.startDate
  return (
    <fieldset className="onb-step">
      <legend>{step === undefined ? 'Dates and pace' : `${step}. Dates and pace`}</legend>
      <div className="onb-fields">
        <label htmlFor={ids.start}>Start date</label>
        <input
          id={ids.start}
          type="date"
          required
          value={value.startDate}
          onChange={(event) => event.target.value && onChange({ startDate: event.target.value })}
        />

        <label htmlFor={ids.target}>
          Target date <span className="onb-muted">(optional)</span>
        </label>
        <span className="onb-field-with-note">
          <input
            id={ids.target}
            type="date"
            value={value.targetDate}
            min={value.startDate}
            aria-invalid={targetInvalid}
            aria-describedby={targetInvalid ? ids.targetError : undefined}
            onChange={(event) => onChange({ targetDate: event.target.value })}
          />
          {targetInvalid ? (
            <span id={ids.targetError} className="onb-error">
              The target is before the start date.
            </span>
          ) : null}
        </span>

        <span className="onb-label" id={`${ids.min}-group`}>
          Session length
        </span>
        <fieldset className="onb-field-with-note onb-plain-fieldset" aria-labelledby={`${ids.min}-group`}>
          <span className="onb-inline">
            <label htmlFor={ids.min}>from</label>
            <MinutesInput
              id={ids.min}
              min={SESSION_MINUTES.min}
              max={SESSION_MINUTES.max}
              step={5}
              value={value.sessionMinMinutes}
              aria-invalid={minAboveMax}
              aria-describedby={lengthInvalid ? ids.lengthError : undefined}
              onValue={(minutes) => onChange({ sessionMinMinutes: minutes })}
              onOutOfRange={(out) => setOutOfRange((current) => ({ ...current, min: out }))}
            />
            <label htmlFor={ids.max}>to</label>
            <MinutesInput
              id={ids.max}
              min={SESSION_MINUTES.min}
              max={SESSION_MINUTES.max}
              step={5}
              value={value.sessionMaxMinutes}
              aria-invalid={minAboveMax}
              aria-describedby={lengthInvalid ? ids.lengthError : undefined}
              onValue={(minutes) => onChange({ sessionMaxMinutes: minutes })}
              onOutOfRange={(out) => setOutOfRange((current) => ({ ...current, max: out }))}
            />
            <span>minutes</span>
          </span>
          {lengthInvalid ? (
            <span id={ids.lengthError} className="onb-error">
              {lengthOutOfRange
                ? `Sessions can be ${SESSION_MINUTES.min} to ${SESSION_MINUTES.max} minutes long; the plan keeps the last length that was.`
                : 'The shortest session is longer than the longest.'}
            </span>
          ) : null}
        </fieldset>

        <label htmlFor={ids.parallel}>Topics in parallel</label>
        <select
          id={ids.parallel}
          value={value.parallelTopics}
          onChange={(event) => onChange({ parallelTopics: Number(event.target.value) as ParallelTopics })}
        >
          <option value={1}>1 — one topic at a time</option>
          <option value={2}>2 — alternate two topics</option>
          <option value={3}>3 — rotate three topics</option>
        </select>

        <span />
        <label className="onb-check">
          <input
            type="checkbox"
            checked={value.reviewsEnabled}
            onChange={(event) => onChange({ reviewsEnabled: event.target.checked })}
          />
          Schedule short spaced reviews of finished topics
        </label>
      </div>
    </fieldset>
  )
}
