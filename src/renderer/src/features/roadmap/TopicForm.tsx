// The fields of a topic the learner can set: title, estimate (in hours), kind and prerequisites.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { TopicKind } from '../../../../shared/domain/roadmap'
import { useT } from '../../i18n/translations'
import { exampleHours, hoursFieldText, parseEstimateHours } from './estimateHours'
import { PrerequisitePicker, type TopicOption } from './PrerequisitePicker'

export type { TopicOption } from './PrerequisitePicker'

/** What the form hands back when submitted. */
export interface TopicFormValue {
  readonly title: string
  readonly estimatedMinutes: number
  readonly kind: TopicKind
  readonly prerequisites: readonly string[]
}

const kinds: readonly TopicKind[] = ['learn', 'practice', 'project', 'milestone']

interface TopicFormProps {
  readonly legend: string
  readonly initial: TopicFormValue
  /** Topics that can be chosen as prerequisites: the plan's stages and chosen tracks, without this topic. */
  readonly options: readonly TopicOption[]
  /** Every topic's title by id. */
  readonly titles: ReadonlyMap<string, string>
  readonly locale: string
  readonly submitLabel: string
  /** Saves the value; resolves null when saved, else the reason it was refused (shown in the form). */
  onSubmit(value: TopicFormValue): Promise<string | null>
  onCancel(): void
}

export function TopicForm({
  legend,
  initial,
  options,
  titles,
  locale,
  submitLabel,
  onSubmit,
  onCancel
}: TopicFormProps) {
  const t = useT()
  const id = useId()
  const [title, setTitle] = useState(initial.title)
  const [hours, setHours] = useState(() => hoursFieldText(initial.estimatedMinutes, locale))
  const [kind, setKind] = useState<TopicKind>(initial.kind)
  const [prerequisites, setPrerequisites] = useState<readonly string[]>(initial.prerequisites)
  const [titleError, setTitleError] = useState<string | null>(null)
  const [estimateError, setEstimateError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const firstField = useRef<HTMLFieldSetElement>(null)
  // The form opens on a click: focus moves into it so keyboard users continue where they are.
  useEffect(() => firstField.current?.querySelector('input')?.focus(), [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const estimate = parseEstimateHours(hours, locale, t)
    const titleProblem = title.trim() === '' ? t('roadmap.topicForm.needsTitle') : null
    setTitleError(titleProblem)
    setEstimateError(estimate.ok ? null : estimate.message)
    setError(null)
    // The first wrong field takes the focus, its message beside it.
    if (titleProblem) return document.getElementById(`${id}-title`)?.focus()
    if (!estimate.ok) return document.getElementById(`${id}-estimate`)?.focus()
    void onSubmit({ title: title.trim(), estimatedMinutes: estimate.minutes, kind, prerequisites }).then(setError)
  }

  return (
    <form className="topic-form" onSubmit={submit} noValidate>
      <fieldset ref={firstField}>
        <legend>{legend}</legend>
        <div className="topic-form-field">
          <label htmlFor={`${id}-title`}>{t('roadmap.topicForm.title')}</label>
          <input
            id={`${id}-title`}
            type="text"
            value={title}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? `${id}-title-error` : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
          {titleError ? (
            <p id={`${id}-title-error`} className="field-error">
              {titleError}
            </p>
          ) : null}
        </div>
        <div className="topic-form-field">
          <label htmlFor={`${id}-estimate`}>{t('roadmap.topicForm.estimate')}</label>
          <input
            id={`${id}-estimate`}
            className="topic-estimate"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={hours}
            aria-invalid={estimateError ? true : undefined}
            aria-describedby={estimateError ? `${id}-estimate-error` : `${id}-estimate-hint`}
            onChange={(event) => setHours(event.target.value)}
          />
          {estimateError ? (
            <p id={`${id}-estimate-error`} className="field-error">
              {estimateError}
            </p>
          ) : (
            <p id={`${id}-estimate-hint`} className="sp-muted field-hint">
              {t('roadmap.topicForm.estimateHint', { example: exampleHours(locale) })}
            </p>
          )}
        </div>
        <div className="topic-form-field">
          <label htmlFor={`${id}-kind`}>{t('roadmap.topicForm.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as TopicKind)}>
            {kinds.map((option) => (
              <option key={option} value={option}>
                {t('roadmap.topic.kindName', { kind: option })}
              </option>
            ))}
          </select>
        </div>
        <PrerequisitePicker options={options} selected={prerequisites} titles={titles} onChange={setPrerequisites} />
        {error ? (
          <p role="alert" className="banner banner-error">
            {error}
          </p>
        ) : null}
        <div className="topic-form-actions">
          <button type="submit" className="sp-button sp-button-primary">
            {submitLabel}
          </button>
          <button type="button" className="sp-button" onClick={onCancel}>
            {t('roadmap.topicForm.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  )
}
