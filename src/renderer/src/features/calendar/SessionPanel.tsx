// One session up close: topic, stage, summary, outcome, resources and notes, with Start (a timer) / Done (actual minutes) / Skip.
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { RecallRating } from '../../../../shared/domain/plan'
import type { Stage, Topic } from '../../../../shared/domain/roadmap'
import type { Session } from '../../../../shared/domain/session'
import type { IanaZone } from '../../../../shared/domain/time'
import type { Translate } from '../../../../shared/i18n/translator'
import { isMissed } from '../../../../shared/scheduling/replan'
import { earlyStartText, elapsedStudyMinutes, type StudyTimer } from '../../components/studyTimer'
import { useFocusReturn } from '../../components/useFocusReturn'
import { usePlatform } from '../../platform/PlatformContext'
import '../../components/common.css'
import { formatDayLabel, formatTime } from '../../../../shared/format'
import { formatTimeRange } from '../../../../shared/format'
import './panels.css'
import { useEscape } from '../../components/useEscape'
import { useT } from '../../i18n/translations'

export interface SessionPanelProps {
  readonly session: Session
  /** The session's roadmap topic and its stage; null for a free-text session (its title says what it is about). */
  readonly topic: Topic | null
  readonly stage: Pick<Stage, 'id' | 'title'> | null
  readonly timeZone: IanaZone
  readonly locale?: string
  /**
   * The learner's notes on this topic, once loaded (the field shows when they are); editable when onNotesChange is
   * given, which is called a moment after typing stops, when the field loses focus and when the panel closes.
   */
  readonly notes?: string
  readonly onNotesChange?: (notes: string) => void
  /** Longest notes the field accepts. */
  readonly notesMaxLength?: number
  /** This session's study timer if the learner pressed Start on it, else null; with `now`, it shows the minutes so far. */
  readonly timer: StudyTimer | null
  readonly now: number
  /**
   * Minutes measured by a study timer just stopped (the shell's Stop): the Done form opens with them. Cancel then calls
   * onStoppedCancel.
   */
  readonly stoppedMinutes?: number | null
  readonly onStoppedCancel?: () => void
  /** Starts the study timer for this session. */
  readonly onStart: () => void
  /**
   * The topic's last planned study session, in a plan with spaced review: Done asks how well the learner knows the
   * topic now, and that first rating is what plans its first review.
   */
  readonly finishesTopic?: boolean
  /**
   * The session is done, with the minutes actually spent and, for a review or a topic's last study session, how well
   * the topic was recalled.
   */
  readonly onDone: (actualMinutes: number, rating?: RecallRating) => void
  readonly onSkip: () => void
  /** Deletes a session the learner added (quick add); the button shows only for those, while not done. */
  readonly onDelete?: () => void
  readonly onClose: () => void
}

/** The recall ratings in the order the Done form offers them. */
const RATINGS: readonly RecallRating[] = ['again', 'hard', 'good', 'easy']

export function SessionPanel(props: SessionPanelProps) {
  const {
    session,
    topic,
    stage,
    timeZone,
    locale,
    notes,
    onNotesChange,
    notesMaxLength,
    timer,
    now,
    stoppedMinutes = null,
    onStoppedCancel,
    onStart,
    onDone,
    onSkip,
    onDelete,
    onClose
  } = props
  const t = useT()
  const titleId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const missed = isMissed(session, now)
  // When Done… was pressed: the instant the timer's minutes are read at (the display's `now` ticks only twice a minute).
  const [finishingAt, setFinishingAt] = useState<number | null>(null)
  const finishing = finishingAt !== null || stoppedMinutes !== null
  // Focus moves to the heading when the panel opens or shows another session, not on every re-render.
  const focusedFor = useRef<string | null>(null)
  useEffect(() => {
    if (focusedFor.current === session.id) return
    focusedFor.current = session.id
    heading.current?.focus()
  })
  useEscape(onClose)
  const panel = useRef<HTMLDialogElement>(null)
  useFocusReturn(panel)
  const review = session.kind === 'review'

  return (
    <dialog open ref={panel} className="sp-panel" aria-labelledby={titleId}>
      <header className="sp-panel-header">
        <div>
          <p className="sp-muted sp-panel-kicker">
            {[
              stage?.title ?? t('calendar.session.ownSession'),
              t('calendar.session.kind', { kind: session.kind }),
              session.pinned ? t('calendar.session.pinned') : null,
              session.adHoc ? t('calendar.session.addedByYou') : null
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <h2 id={titleId} ref={heading} tabIndex={-1}>
            {session.title ?? topic?.title ?? session.topicId}
          </h2>
          <p className="sp-muted">
            {t('calendar.session.when', {
              // The day alone: the range beside it says the time ('Wed 6 Jan (19:00–20:00, 60 min)').
              day: formatDayLabel(session.startMs, timeZone, locale),
              range: formatTimeRange(session.startMs, session.endMs, timeZone, locale),
              minutes: String(session.minutes)
            })}
          </p>
        </div>
        <button type="button" className="sp-button" aria-label={t('calendar.session.close')} onClick={onClose}>
          ✕
        </button>
      </header>
      {topic ? (
        <>
          <p>{topic.summary}</p>
          <h3>{t('calendar.session.outcome')}</h3>
          <p>{topic.outcome}</p>
          {topic.resources.length > 0 ? <Resources resources={topic.resources} /> : null}
        </>
      ) : null}
      {notes !== undefined && (onNotesChange || notes) ? (
        <Notes key={session.id} notes={notes} onNotesChange={onNotesChange} maxLength={notesMaxLength} />
      ) : null}
      {session.status === 'planned' ? (
        finishing ? (
          <DoneForm
            key={stoppedMinutes ?? 'done'}
            suggestedMinutes={
              stoppedMinutes ?? (timer === null ? session.minutes : elapsedStudyMinutes(timer, finishingAt ?? now))
            }
            recall={review ? 'review' : props.finishesTopic ? 'firstRating' : null}
            onCancel={() => {
              setFinishingAt(null)
              onStoppedCancel?.()
            }}
            onSubmit={(minutes, rating) => {
              // One click, one action: the rating travels with Done (one re-plan, one Undo).
              if (rating) onDone(minutes, rating)
              else onDone(minutes)
              setFinishingAt(null)
            }}
          />
        ) : (
          <div className="sp-panel-actions">
            {missed ? (
              <output className="sp-panel-status">{t('calendar.session.missed')}</output>
            ) : timer === null ? (
              <button type="button" className="sp-button" onClick={onStart}>
                {t('calendar.session.start')}
              </button>
            ) : (
              <output className="sp-timer">
                {t('calendar.session.timer', {
                  time: formatTime(timer.startedAtMs, timeZone, locale),
                  minutes: String(elapsedStudyMinutes(timer, now)),
                  paused: timer.pausedAtMs === null ? 'no' : 'yes'
                })}
                {earlyText(t, timer)}
              </output>
            )}
            <button
              type="button"
              className="sp-button sp-button-primary"
              onClick={() => setFinishingAt(Math.max(now, Date.now()))}
            >
              {missed ? t('calendar.session.logDone') : t('calendar.session.done')}
            </button>
            {missed ? null : (
              <button type="button" className="sp-button" onClick={onSkip}>
                {t('calendar.session.skip')}
              </button>
            )}
            {session.adHoc && onDelete ? (
              <button type="button" className="sp-button" onClick={onDelete}>
                {t('calendar.session.delete')}
              </button>
            ) : null}
          </div>
        )
      ) : (
        <output className="sp-panel-status">
          {session.status === 'done'
            ? t('calendar.session.doneStatus', { minutes: String(session.minutes) })
            : t('calendar.session.skippedStatus')}
        </output>
      )}
    </dialog>
  )
}

function earlyText(t: Translate, timer: StudyTimer): string {
  const early = earlyStartText(t, timer)
  return early ? ` · ${early}` : ''
}

function Resources({ resources }: { resources: Topic['resources'] }) {
  const t = useT()
  const platform = usePlatform()
  return (
    <>
      <h3>{t('calendar.session.resources')}</h3>
      <ul className="sp-resources">
        {resources.map((resource) => (
          // A book's or course's name stays as its authors wrote it, in any language.
          <li key={resource.url} translate="no">
            <a
              href={resource.url}
              onClick={(event) => {
                // Links leave the app only through the Platform, which opens the system browser for https.
                event.preventDefault()
                void platform.openExternal(resource.url)
              }}
            >
              {resource.title}
            </a>
            <span className="sp-muted"> ({new URL(resource.url).hostname})</span>
          </li>
        ))}
      </ul>
    </>
  )
}

/** Notes are saved this long after the last keystroke. */
export const NOTES_SAVE_DELAY_MS = 800

function Notes({
  notes,
  onNotesChange,
  maxLength
}: {
  notes: string
  onNotesChange: ((notes: string) => void) | undefined
  maxLength: number | undefined
}) {
  const t = useT()
  const id = useId()
  // Keyed by session, so a different session starts from its own notes.
  const [text, setText] = useState(notes)
  const typed = useRef(notes)
  const saved = useRef(notes)
  const report = useRef(onNotesChange)
  useEffect(() => {
    report.current = onNotesChange
  })
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const save = useCallback(() => {
    clearTimeout(pending.current)
    if (typed.current === saved.current) return
    saved.current = typed.current
    report.current?.(typed.current)
  }, [])
  // Saves a moment after typing stops, on blur, and when the panel closes (Escape, another session): nothing typed is lost.
  useEffect(() => save, [save])
  return (
    <>
      <h3>
        <label htmlFor={id}>{t('calendar.session.notes')}</label>
      </h3>
      <textarea
        id={id}
        className="sp-notes"
        rows={3}
        value={text}
        readOnly={!onNotesChange}
        {...(maxLength === undefined ? {} : { maxLength })}
        onChange={(event) => {
          typed.current = event.target.value
          setText(event.target.value)
          clearTimeout(pending.current)
          pending.current = setTimeout(save, NOTES_SAVE_DELAY_MS)
        }}
        onBlur={save}
      />
    </>
  )
}

interface DoneFormProps {
  /** The minutes the form starts with: those the timer measured, else the session's length. */
  readonly suggestedMinutes: number
  /** Whether Done asks for a recall rating (required then): after a review, or after a topic's last study session. */
  readonly recall: 'review' | 'firstRating' | null
  readonly onSubmit: (minutes: number, rating: RecallRating | null) => void
  readonly onCancel: () => void
}

function DoneForm({ suggestedMinutes, recall, onSubmit, onCancel }: DoneFormProps) {
  const t = useT()
  const minutesId = useId()
  const [minutes, setMinutes] = useState(String(suggestedMinutes))
  const [rating, setRating] = useState<RecallRating | null>(null)
  const minutesInput = useRef<HTMLInputElement>(null)
  const actions = useRef<HTMLDivElement>(null)
  useEffect(() => {
    minutesInput.current?.select()
    // The form opens at the panel's foot: bring its buttons into view, or on a small window "Done…" would seem to do
    // nothing (the form and Mark done were below the panel's fold).
    actions.current?.scrollIntoView({ block: 'nearest' })
  }, [])
  const value = Number(minutes)
  const minutesValid = minutes.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= 1440
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (minutesValid && (!recall || rating)) onSubmit(value, rating)
  }
  return (
    <form className="sp-done-form" onSubmit={submit}>
      <label htmlFor={minutesId}>{t('calendar.session.doneForm.minutes')}</label>
      <input
        id={minutesId}
        type="number"
        min={0}
        max={1440}
        step={1}
        ref={minutesInput}
        value={minutes}
        aria-invalid={!minutesValid}
        onChange={(event) => setMinutes(event.target.value)}
      />
      {recall ? (
        <fieldset className="sp-ratings">
          <legend>
            {recall === 'review'
              ? t('calendar.session.doneForm.recallReview')
              : t('calendar.session.doneForm.recallFirst')}
          </legend>
          {RATINGS.map((option) => (
            <label key={option} className="sp-rating">
              <input
                type="radio"
                name="recall"
                value={option}
                checked={rating === option}
                onChange={() => setRating(option)}
              />
              <strong>{t(`calendar.session.ratings.${option}`)}</strong>
              <span className="sp-muted">{t(`calendar.session.ratings.${option}Hint`)}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="sp-panel-actions" ref={actions}>
        <button
          type="submit"
          className="sp-button sp-button-primary"
          disabled={!minutesValid || (recall !== null && !rating)}
        >
          {t('calendar.session.doneForm.markDone')}
        </button>
        <button type="button" className="sp-button" onClick={onCancel}>
          {t('calendar.session.doneForm.cancel')}
        </button>
      </div>
    </form>
  )
}
