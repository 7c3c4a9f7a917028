// Step 4 of onboarding: start and target dates, session length and how many topics run side by side.
import type { ReactNode } from 'react'
import { useId, useState } from 'react'
import type { ParallelTopics } from '../../../../shared/domain/plan'
import { formatLocalDate } from '../../../../shared/format'
import { useT } from '../../i18n/translations'
import { dateNoteText } from './dateNotes'
import { DateField } from './DateField'
import { MinutesInput } from './MinutesInput'
import type { OnboardingChoices } from './planInput'

/** The quieter part of a label, e.g. '(optional)'. */
const mutedText = (chunks: ReactNode) => <span className="onb-muted">{chunks}</span>

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
  const t = useT()
  const [outOfRange, setOutOfRange] = useState({ min: false, max: false })
  const lengthOutOfRange = outOfRange.min || outOfRange.max
  const minAboveMax = value.sessionMinMinutes > value.sessionMaxMinutes
  const lengthInvalid = lengthOutOfRange || minAboveMax
  const targetProblem =
    value.targetDate !== '' && value.targetDate < value.startDate ? dateNoteText(t, 'beforeStart') : null
  return (
    <fieldset className="onb-step">
      <legend>
        {step === undefined
          ? t('common.planInputs.pace.legend')
          : t('common.planInputs.pace.legendNumbered', { step: String(step) })}
      </legend>
      <div className="onb-fields">
        <label htmlFor={ids.start}>{t('common.planInputs.pace.startDate')}</label>
        <DateField
          id={ids.start}
          value={value.startDate}
          keeping={t('common.planInputs.pace.keepStart', { date: formatLocalDate(value.startDate, locale, true) })}
          onChange={(startDate) => onChange({ startDate })}
        />

        <label htmlFor={ids.target}>
          {t.rich('common.planInputs.pace.targetDate', {
            muted: mutedText
          })}
        </label>
        <DateField
          id={ids.target}
          optional
          value={value.targetDate}
          min={value.startDate}
          keeping={
            value.targetDate === ''
              ? t('common.planInputs.pace.keepNoTarget')
              : t('common.planInputs.pace.keepTarget', { date: formatLocalDate(value.targetDate, locale, true) })
          }
          problem={targetProblem}
          onChange={(targetDate) => onChange({ targetDate })}
        />

        <span className="onb-label" id={`${ids.min}-group`}>
          {t('common.planInputs.pace.sessionLength')}
        </span>
        <fieldset className="onb-field-with-note onb-plain-fieldset" aria-labelledby={`${ids.min}-group`}>
          <span className="onb-inline">
            <label htmlFor={ids.min}>{t('common.planInputs.pace.from')}</label>
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
            <label htmlFor={ids.max}>{t('common.planInputs.pace.to')}</label>
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
            <span>{t('common.planInputs.pace.minutes')}</span>
          </span>
          {lengthInvalid ? (
            <span id={ids.lengthError} className="onb-error">
              {lengthOutOfRange
                ? t('common.planInputs.pace.lengthRange', {
                    min: String(SESSION_MINUTES.min),
                    max: String(SESSION_MINUTES.max)
                  })
                : t('common.planInputs.pace.minAboveMax')}
            </span>
          ) : null}
        </fieldset>

        <label htmlFor={ids.parallel}>{t('common.planInputs.pace.parallel')}</label>
        <select
          id={ids.parallel}
          value={value.parallelTopics}
          onChange={(event) => onChange({ parallelTopics: Number(event.target.value) as ParallelTopics })}
        >
          <option value={1}>{t('common.planInputs.pace.parallelOne')}</option>
          <option value={2}>{t('common.planInputs.pace.parallelTwo')}</option>
          <option value={3}>{t('common.planInputs.pace.parallelThree')}</option>
        </select>

        <span />
        <label className="onb-check">
          <input
            type="checkbox"
            checked={value.reviewsEnabled}
            onChange={(event) => onChange({ reviewsEnabled: event.target.checked })}
          />
          {t('common.planInputs.pace.reviews')}
        </label>
      </div>
    </fieldset>
  )
}
