// "Re-plan this week": what planning the week ahead afresh would change, applied only on confirmation.
import { useEffect, useId, useRef } from 'react'
import type { LocalDate } from '../../../../shared/domain/time'
import type { WeekReplanPreview } from '../../db/planRepository'
import '../../components/common.css'
import { formatLocalDate } from '../../../../shared/format'
import './panels.css'
import { useEscape } from '../../components/useEscape'

export interface WeekReplanDialogProps {
  /** The preview, or null while it is computed. */
  readonly preview: WeekReplanPreview | null
  readonly today: LocalDate
  readonly locale?: string
  readonly onApply: () => void
  readonly onCancel: () => void
}

export function WeekReplanDialog({ preview, today, locale, onApply, onCancel }: WeekReplanDialogProps) {
  const titleId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  useEscape(onCancel)
  const date = (value: LocalDate | null) =>
    value === null ? 'not everything fits' : formatLocalDate(value, locale, value.slice(0, 4) !== today.slice(0, 4))
  const changes = preview?.changed.length ?? 0

  return (
    <dialog open className="sp-prompt" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        Re-plan this week?
      </h2>
      <p className="sp-muted">
        The week ahead normally stays as planned. Re-planning it places every session from now on again; done, skipped,
        missed and pinned sessions stay.
      </p>
      {preview === null ? (
        <p aria-live="polite">Working out what would change…</p>
      ) : (
        <p aria-live="polite">
          {changes === 0
            ? 'Nothing would change.'
            : changes === 1
              ? '1 session would change.'
              : `${changes} sessions would change.`}{' '}
          Finish: {date(preview.finishDateBefore)} → {date(preview.finishDateAfter)}.
        </p>
      )}
      <div className="sp-panel-actions">
        <button
          type="button"
          className="sp-button sp-button-primary"
          disabled={preview === null || changes === 0}
          onClick={onApply}
        >
          Re-plan
        </button>
        <button type="button" className="sp-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  )
}
