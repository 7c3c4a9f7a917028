// Step 4 of onboarding: start and target dates, session length and how many topics run side by side.
import { useId, useState } from 'react'
import type { ParallelTopics } from '../../../../shared/domain/plan'
import { formatLocalDate } from '../../../../shared/format'
import { DATE_NOTES } from './dateNotes'
import { DateField } from './DateField'
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
  /** BCP 47 locale for the dates the notes name; the runtime's when absent. */
  readonly locale?: string
}

/** Shortest and longest session the first run offers. */
export const SESSION_MINUTES = { min: 15, max: 240 } as const

export function PaceChoice({ step, value, onChange, locale }: PaceChoiceProps) {
  const ids = {
    start: useId(),
    target: useId(),
    min: useId(),
    max: useId(),
    parallel: useId(),
    lengthError: useId()
  }
  const [outOfRange, setOutOfRange] = useState({ min: false, max: false })
  const lengthOutOfRange = outOfRange.min || outOfRange.max
  const minAboveMax = value.sessionMinMinutes > value.sessionMaxMinutes
  const lengthInvalid = lengthOutOfRange || minAboveMax
  const targetProblem = value.targetDate !== '' && value.targetDate < value.startDate ? DATE_NOTES.beforeStart : null
  return (
    <fieldset className="onb-step">
      <legend>{step === undefined ? 'Dates and pace' : `${step}. Dates and pace`}</legend>
      <div className="onb-fields">
        <label htmlFor={ids.start}>Start date</label>
        <DateField
          id={ids.start}
          value={value.startDate}
          keeping={`Until then the plan starts on ${formatLocalDate(value.startDate, locale, true)}.`}
          onChange={(startDate) => onChange({ startDate })}
        />

        <label htmlFor={ids.target}>
          Target date <span className="onb-muted">(optional)</span>
        </label>
        <DateField
          id={ids.target}
          optional
          value={value.targetDate}
          min={value.startDate}
          keeping={
            value.targetDate === ''
              ? 'Until then the plan has no target date.'
              : `Until then the plan keeps the target ${formatLocalDate(value.targetDate, locale, true)}.`
          }
          problem={targetProblem}
          onChange={(targetDate) => onChange({ targetDate })}
        />

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
