// The week grid with its help, its painted-against-study hours and its Suggested/Clear tools: first run's "When can
// you study?" step, and the same control in the plan section.
import { useId } from 'react'
import type { Availability, Weekday } from '../../../../shared/domain/availability'
import { cellsFromWindows, emptyCells, SUGGESTED_WINDOWS, type AvailabilityCells } from './availabilityCells'
import { AvailabilityGrid } from './AvailabilityGrid'
import { studyHoursText } from './studyHoursText'

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
  return (
    <fieldset className="onb-step">
      <legend>{legend}</legend>
      <p id={helpId} className="onb-muted onb-help">
        Drag across the grid to paint study time, drag from a painted cell to erase. With the keyboard: arrow keys move,
        Space toggles a half hour, Shift+arrow paints as it moves.
      </p>
      <div className="onb-grid-tools">
        <button type="button" className="sp-button" onClick={() => onChange(cellsFromWindows(SUGGESTED_WINDOWS))}>
          Suggested hours
        </button>
        <button type="button" className="sp-button" onClick={() => onChange(emptyCells())}>
          Clear
        </button>
      </div>
      <AvailabilityGrid cells={cells} onChange={onChange} firstDay={firstDay} locale={locale} describedBy={helpId} />
      {/* Below the grid: its length changes as cells are painted, and above it that would shift the grid under a drag. */}
      <output className="onb-hours" aria-live="polite">
        {studyHoursText(availability, locale)}
      </output>
    </fieldset>
  )
}
