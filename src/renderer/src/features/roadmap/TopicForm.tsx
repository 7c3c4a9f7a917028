// The fields of a topic the learner can set: title (new topics only), estimate, kind and prerequisites.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { TopicKind } from '../../../../shared/domain/roadmap'
import { MAX_TOPIC_MINUTES } from '../../../../shared/scheduling/validateRoadmap'

/** What the form hands back when submitted. */
export interface TopicFormValue {
  readonly title: string
  readonly estimatedMinutes: number
  readonly kind: TopicKind
  readonly prerequisites: readonly string[]
}

/** A topic that can be chosen as a prerequisite. */
export interface TopicOption {
  readonly id: string
  readonly title: string
}

const kinds: readonly TopicKind[] = ['learn', 'practice', 'project', 'milestone']

interface TopicFormProps {
  readonly legend: string
  readonly initial: TopicFormValue
  /** Shows the title field (a new topic); existing topics keep theirs. */
  readonly withTitle: boolean
  readonly options: readonly TopicOption[]
  readonly submitLabel: string
  /** Saves the value; resolves null when saved, else the reason it was refused (shown in the form). */
  onSubmit(value: TopicFormValue): Promise<string | null>
  onCancel(): void
}

export function TopicForm({ legend, initial, withTitle, options, submitLabel, onSubmit, onCancel }: TopicFormProps) {
  const id = useId()
  const [title, setTitle] = useState(initial.title)
  const [minutes, setMinutes] = useState(String(initial.estimatedMinutes))
  const [kind, setKind] = useState<TopicKind>(initial.kind)
  const [prerequisites, setPrerequisites] = useState<readonly string[]>(initial.prerequisites)
  const [error, setError] = useState<string | null>(null)
  const firstField = useRef<HTMLFieldSetElement>(null)
  // The form opens on a click: focus moves into it so keyboard users continue where they are.
  useEffect(() => firstField.current?.querySelector('input')?.focus(), [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const estimatedMinutes = Number(minutes)
    if (withTitle && title.trim() === '') return setError('A topic needs a title.')
    if (!Number.isInteger(estimatedMinutes) || estimatedMinutes < 1 || estimatedMinutes > MAX_TOPIC_MINUTES) {
      return setError(`The estimate must be a whole number of minutes from 1 to ${MAX_TOPIC_MINUTES}.`)
    }
    setError(null)
    void onSubmit({ title: title.trim(), estimatedMinutes, kind, prerequisites }).then(setError)
  }

  return (
    <form className="topic-form" onSubmit={submit}>
      <fieldset ref={firstField}>
        <legend>{legend}</legend>
        {withTitle ? (
          <label>
            Title
            <input value={title} onChange={(event) => setTitle(event.target.value)} />
          </label>
        ) : null}
        <label>
          Estimate (minutes)
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_TOPIC_MINUTES}
            step={1}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </label>
        <label>
          Kind
          <select value={kind} onChange={(event) => setKind(event.target.value as TopicKind)}>
            {kinds.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        <label>
          Prerequisites
          <select
            multiple
            size={Math.min(8, Math.max(3, options.length))}
            value={[...prerequisites]}
            onChange={(event) => setPrerequisites([...event.target.selectedOptions].map((option) => option.value))}
          >
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.title}
              </option>
            ))}
          </select>
        </label>
        {error ? (
          <p role="alert" id={`${id}-error`} className="banner banner-error">
            {error}
          </p>
        ) : null}
        <div className="topic-form-actions">
          <button type="submit" className="sp-button sp-button-primary">
            {submitLabel}
          </button>
          <button type="button" className="sp-button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  )
}
