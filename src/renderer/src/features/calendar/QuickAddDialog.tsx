// "Add session": a roadmap topic or free text at a chosen date and time in the plan's zone, kept pinned once added.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { IanaZone } from '../../../../shared/domain/time'
import {
  MAX_QUICK_ADD_MINUTES,
  MAX_QUICK_ADD_TITLE_LENGTH,
  type QuickAddDraft
} from '../../../../shared/scheduling/quickAdd'
import { useFocusReturn } from '../../components/useFocusReturn'
import '../../components/common.css'
import './panels.css'
import { draftOf, topicNamed, type QuickAddFormValues, type TopicChoice } from './quickAddForm'
import { useEscape } from '../../components/useEscape'
import { useT, useTranslations } from '../../i18n/translations'
import { zoneNameOf } from '../../components/zonePicker/zoneOptions'

export interface QuickAddDialogProps {
  /** The plan's roadmap topics, offered by title. */
  readonly topics: readonly TopicChoice[]
  readonly timeZone: IanaZone
  /** The fields' first values (e.g. the slot selected in the grid). */
  readonly initial: QuickAddFormValues
  /** Adds the session; resolves null once added, or the reason it was refused (the dialog stays open to fix it). */
  readonly onAdd: (draft: QuickAddDraft) => Promise<string | null>
  readonly onCancel: () => void
}

export function QuickAddDialog({ topics, timeZone, initial, onAdd, onCancel }: QuickAddDialogProps) {
  const t = useT()
  // Zone names need the language only, not the clock style (the dialog can open before settings are read).
  const { locale } = useTranslations()
  // The zone is named as the learner knows it ('Madrid (Europa)'), as of when the dialog opened.
  const [openedAt] = useState(() => Date.now())
  const ids = {
    title: useId(),
    what: useId(),
    list: useId(),
    hint: useId(),
    date: useId(),
    time: useId(),
    minutes: useId(),
    zone: useId()
  }
  const [values, setValues] = useState(initial)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const whatInput = useRef<HTMLInputElement>(null)
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => whatInput.current?.focus(), [])
  useFocusReturn(dialog)
  useEscape(onCancel)
  const set = (field: keyof QuickAddFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }))
  const topic = topicNamed(values.what, topics)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    const checked = draftOf(values, topics, timeZone, t)
    if (!checked.ok) return setProblem(checked.message)
    setBusy(true)
    const refusal = await onAdd(checked.draft)
    setBusy(false)
    setProblem(refusal)
  }

  return (
    <dialog open ref={dialog} className="sp-prompt sp-quick-add" aria-labelledby={ids.title}>
      <form className="sp-quick-add-form" noValidate onSubmit={(event) => void submit(event)}>
        <h2 id={ids.title}>{t('calendar.quickAdd.title')}</h2>
        <label htmlFor={ids.what}>{t('calendar.quickAdd.what')}</label>
        <input
          id={ids.what}
          ref={whatInput}
          list={ids.list}
          value={values.what}
          maxLength={MAX_QUICK_ADD_TITLE_LENGTH}
          placeholder={t('calendar.quickAdd.whatPlaceholder')}
          aria-describedby={ids.hint}
          onChange={set('what')}
        />
        <datalist id={ids.list}>
          {topics.map((choice) => (
            <option key={choice.id} value={choice.title} aria-label={choice.title} />
          ))}
        </datalist>
        <p id={ids.hint} className="sp-muted sp-quick-add-hint">
          {topic
            ? t('calendar.quickAdd.hintTopic')
            : values.what.trim()
              ? t('calendar.quickAdd.hintOwn')
              : t('calendar.quickAdd.hintEmpty')}
        </p>
        <div className="sp-quick-add-when">
          <span>
            <label htmlFor={ids.date}>{t('calendar.quickAdd.date')}</label>
            <input id={ids.date} type="date" value={values.date} required onChange={set('date')} />
          </span>
          <span>
            <label htmlFor={ids.time}>{t('calendar.quickAdd.start')}</label>
            <input
              id={ids.time}
              type="time"
              value={values.time}
              required
              aria-describedby={ids.zone}
              onChange={set('time')}
            />
          </span>
          <span>
            <label htmlFor={ids.minutes}>{t('calendar.quickAdd.minutes')}</label>
            <input
              id={ids.minutes}
              type="number"
              min={1}
              max={MAX_QUICK_ADD_MINUTES}
              step={1}
              value={values.minutes}
              required
              onChange={set('minutes')}
            />
          </span>
        </div>
        <p id={ids.zone} className="sp-muted sp-quick-add-hint">
          {t('calendar.quickAdd.zone', { zone: zoneNameOf(timeZone, openedAt, locale, t) })}
        </p>
        {problem ? (
          <p role="alert" className="banner banner-error">
            {problem}
          </p>
        ) : null}
        <div className="sp-panel-actions">
          <button type="submit" className="sp-button sp-button-primary" disabled={busy}>
            {t('calendar.quickAdd.add')}
          </button>
          <button type="button" className="sp-button" onClick={onCancel}>
            {t('calendar.quickAdd.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
