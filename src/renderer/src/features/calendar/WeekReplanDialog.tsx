// "Re-plan this week": what planning the week ahead afresh would change, applied only on confirmation.
import { useEffect, useId, useRef } from 'react'
import type { LocalDate } from '../../../../shared/domain/time'
import type { WeekReplanPreview } from '../../db/planRepository'
import '../../components/common.css'
import { formatLocalDate } from '../../../../shared/format'
import './panels.css'
import { useEscape } from '../../components/useEscape'
import { useT } from '../../i18n/translations'

export interface WeekReplanDialogProps {
  /** The preview, or null while it is computed. */
  readonly preview: WeekReplanPreview | null
  readonly today: LocalDate
  readonly locale?: string
  readonly onApply: () => void
  readonly onCancel: () => void
}

export function WeekReplanDialog({ preview, today, locale, onApply, onCancel }: WeekReplanDialogProps) {
  const t = useT()
  const titleId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  useEscape(onCancel)
  const date = (value: LocalDate | null) =>
    value === null
      ? t('calendar.weekReplan.notEverythingFits')
      : formatLocalDate(value, locale, value.slice(0, 4) !== today.slice(0, 4))
  const changes = preview?.changed.length ?? 0

  return (
    <dialog open className="sp-prompt" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t('calendar.weekReplan.title')}
      </h2>
      <p className="sp-muted">{t('calendar.weekReplan.intro')}</p>
      {preview === null ? (
        <p aria-live="polite">{t('calendar.weekReplan.working')}</p>
      ) : (
        <p aria-live="polite">
          {t('calendar.weekReplan.changes', { count: changes })}{' '}
          {/* An unchanged finish is said once ('Finish stays 20 July 2028.'), not as 'X → X'. */}
          {date(preview.finishDateBefore) === date(preview.finishDateAfter)
            ? t('calendar.weekReplan.finishStays', { date: date(preview.finishDateAfter) })
            : t('calendar.weekReplan.finish', {
                before: date(preview.finishDateBefore),
                after: date(preview.finishDateAfter)
              })}
        </p>
      )}
      <div className="sp-panel-actions">
        <button
          type="button"
          className="sp-button sp-button-primary"
          disabled={preview === null || changes === 0}
          onClick={onApply}
        >
          {t('calendar.weekReplan.apply')}
        </button>
        <button type="button" className="sp-button" onClick={onCancel}>
          {t('calendar.weekReplan.cancel')}
        </button>
      </div>
    </dialog>
  )
}
