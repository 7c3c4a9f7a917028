// After missed sessions: each of the engine's options with its new finish date; nothing changes until one is confirmed.
import { useEffect, useId, useRef, useState } from 'react'
import type { LocalDate } from '../../../../shared/domain/time'
import type { MissedOptionPreview } from '../../../../shared/scheduling/missed'
import '../../components/common.css'
import { formatLocalDate } from '../../../../shared/format'
import { missedOptionDetail, missedOptionTitle } from './missedOptions'
import './panels.css'
import { useEscape } from '../../components/useEscape'
import { useT } from '../../i18n/translations'

export interface MissedSessionsPromptProps {
  /** How many sessions were missed. */
  readonly missedCount: number
  /** The options from previewMissedOptions, in its order. */
  readonly options: readonly MissedOptionPreview[]
  /** Finish date of the plan before the misses. */
  readonly previousFinishDate: LocalDate | null
  /** Today's local date, so dates in this year drop the year. */
  readonly today: LocalDate
  readonly locale?: string
  /** The learner confirmed this option: adopt its `input` and re-plan. */
  readonly onApply: (option: MissedOptionPreview) => void
  /** Closed without choosing: the plan stays as it is. */
  readonly onDismiss: () => void
}

export function MissedSessionsPrompt({
  missedCount,
  options,
  previousFinishDate,
  today,
  locale,
  onApply,
  onDismiss
}: MissedSessionsPromptProps) {
  const t = useT()
  const titleId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const [chosen, setChosen] = useState<MissedOptionPreview['option'] | null>(null)
  useEffect(() => heading.current?.focus(), [])
  useEscape(onDismiss)
  const selected = options.find((option) => option.option === chosen && option.applicable)
  const date = (value: LocalDate) => formatLocalDate(value, locale, value.slice(0, 4) !== today.slice(0, 4))

  return (
    <dialog open className="sp-prompt" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t('calendar.missed.title', { count: missedCount })}
      </h2>
      <p className="sp-muted">
        {previousFinishDate ? `${t('calendar.missed.onCourse', { date: date(previousFinishDate) })} ` : ''}
        {t('calendar.missed.intro')}
      </p>
      <fieldset className="sp-prompt-options">
        <legend className="visually-hidden">{t('calendar.missed.options')}</legend>
        {options.map((option) => (
          <label key={option.option} className="sp-prompt-option">
            <input
              type="radio"
              name="missed-option"
              value={option.option}
              disabled={!option.applicable}
              checked={chosen === option.option}
              onChange={() => setChosen(option.option)}
            />
            <strong>{missedOptionTitle(option.option, t)}</strong>
            <span className="sp-prompt-detail">{missedOptionDetail(option, today, locale, t)}</span>
          </label>
        ))}
      </fieldset>
      <div className="sp-panel-actions">
        <button
          type="button"
          className="sp-button sp-button-primary"
          disabled={!selected}
          onClick={() => selected && onApply(selected)}
        >
          {t('calendar.missed.apply')}
        </button>
        <button type="button" className="sp-button" onClick={onDismiss}>
          {t('calendar.missed.notNow')}
        </button>
      </div>
    </dialog>
  )
}
