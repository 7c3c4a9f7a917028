// A date field of the plan-input steps: it hands on only a date the plan can use, and once the learner leaves it, says
// in the field's own terms (never a format such as YYYY-MM-DD) why the plan keeps the last one.
import { useId, useState } from 'react'
import type { LocalDate } from '../../../../shared/domain/time'
import { parseLocalDate } from '../../../../shared/time'
import { useT } from '../../i18n/translations'
import { dateNoteText, PLAN_YEARS } from './dateNotes'

export interface DateFieldProps {
  readonly id: string
  /** The date in use; '' for no date (an optional field). */
  readonly value: LocalDate | ''
  /** An optional date may be emptied, which hands on ''. */
  readonly optional?: boolean
  readonly min?: LocalDate
  /** What the plan uses while the field holds no usable date, e.g. 'Until then the plan has no target date.' */
  readonly keeping: string
  /** A problem with the usable date itself (a target before the start), shown at once. */
  readonly problem?: string | null
  readonly onChange: (value: LocalDate | '') => void
}

/** What the field shows that the plan cannot use yet: part of a date (the value '' and badInput) or a year out of range. */
interface Unusable {
  readonly text: string
  readonly partial: boolean
}

export function DateField({ id, value, optional = false, min, keeping, problem = null, onChange }: DateFieldProps) {
  const noteId = useId()
  const t = useT()
  const [unusable, setUnusable] = useState<Unusable | null>(null)
  // While the learner types, a year passes through 0002, 0020 and 0202 on its way to 2027: no note until they leave.
  const [editing, setEditing] = useState(false)
  const take = (input: HTMLInputElement) => {
    const text = input.value
    const partial = input.validity.badInput
    if (!partial && (parseLocalDate(text) !== null || (optional && text === ''))) {
      setUnusable(null)
      if (text !== value) onChange(text)
    } else {
      setUnusable({ text, partial })
    }
  }
  const waiting = unusable !== null && !editing ? unusable : null
  const note = waiting
    ? `${dateNoteText(t, waiting.partial || waiting.text === '' ? 'partial' : 'year')} ${keeping}`
    : problem
  return (
    <span className="onb-field-with-note">
      <input
        id={id}
        type="date"
        required={!optional}
        value={unusable?.text ?? value}
        min={min ?? `${PLAN_YEARS.first}-01-01`}
        max={`${PLAN_YEARS.last}-12-31`}
        aria-invalid={note !== null}
        aria-describedby={note === null ? undefined : noteId}
        onChange={(event) => take(event.target)}
        onFocus={() => setEditing(true)}
        onBlur={(event) => {
          setEditing(false)
          take(event.target)
        }}
      />
      {note === null ? null : (
        <span id={noteId} className="onb-error">
          {note}
        </span>
      )}
    </span>
  )
}
