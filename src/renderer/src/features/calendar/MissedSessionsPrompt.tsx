// After missed sessions: each of the engine's options with its new finish date; nothing changes until one is confirmed.
import { useEffect, useId, useRef, useState } from 'react'
import type { LocalDate } from '../../../../shared/domain/time'
import type { MissedOptionPreview } from '../../../../shared/scheduling/missed'
import '../../components/common.css'
import { formatLocalDate } from '../../../../shared/format'
import { missedOptionDetail, missedOptionTitle } from './missedOptions'
import './panels.css'
import { useEscape } from '../../components/useEscape'

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
        You missed {missedCount === 1 ? '1 session' : `${missedCount} sessions`}
      </h2>
      <p className="sp-muted">
        {previousFinishDate ? `You were on course to finish ${date(previousFinishDate)}. ` : ''}Missed sessions stay in
        your calendar: open one to log it if you did study. Pick how to catch up; nothing changes until you apply it,
        and the week ahead stays as planned.
      </p>
      <fieldset className="sp-prompt-options">
        <legend className="visually-hidden">Ways to catch up</legend>
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
            <strong>{missedOptionTitle(option.option)}</strong>
            <span className="sp-prompt-detail">{missedOptionDetail(option, today, locale)}</span>
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
          Apply
        </button>
        <button type="button" className="sp-button" onClick={onDismiss}>
          Not now
        </button>
      </div>
    </dialog>
  )
}
