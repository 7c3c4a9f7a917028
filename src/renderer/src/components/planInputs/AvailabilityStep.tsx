// The week grid with its help, its painted-against-study hours and its Suggested/Clear tools: first run's "When can
// you study?" step, and the same control in the plan section.
import { useId } from 'react'
import type { Availability, Weekday } from '../../../../shared/domain/availability'
import { cellsFromWindows, emptyCells, SUGGESTED_WINDOWS, type AvailabilityCells } from './availabilityCells'
import { AvailabilityGrid } from './AvailabilityGrid'
import { studyHoursText } from './studyHoursText'
import { useT } from '../../i18n/translations'

export interface AvailabilityStepProps {
  readonly legend: string
  readonly cells: AvailabilityCells
  /** The availability the cells make, with its session sizes and breaks: the hours line counts study time from it. */
  readonly availability: Availability
  readonly onChange: (cells: boolean[]) => void
  readonly firstDay: Weekday
  readonly locale?: string
}

export function AvailabilityStep({ legend, cells, availability, onChange, firstDay, locale }: AvailabilityStepProps) {
  const helpId = useId()
  const t = useT()
  return (
    <fieldset className="onb-step">
      <legend>{legend}</legend>
      <p id={helpId} className="onb-muted onb-help">
        {t('common.planInputs.availability.help')}
      </p>
      <div className="onb-grid-tools">
        <button type="button" className="sp-button" onClick={() => onChange(cellsFromWindows(SUGGESTED_WINDOWS))}>
          {t('common.planInputs.availability.suggested')}
        </button>
        <button type="button" className="sp-button" onClick={() => onChange(emptyCells())}>
          {t('common.planInputs.availability.clear')}
        </button>
      </div>
      <AvailabilityGrid cells={cells} onChange={onChange} firstDay={firstDay} locale={locale} describedBy={helpId} />
      {/* Below the grid: its length changes as cells are painted, and above it that would shift the grid under a drag. */}
      <output className="onb-hours" aria-live="polite">
        {studyHoursText(t, availability, locale)}
      </output>
    </fieldset>
  )
}
