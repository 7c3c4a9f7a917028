// One plan in Settings' plan list: its name and state, and Show, Rename, Archive (or Bring back) and Delete.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { PlanRecord } from '../../../db/PlannerDB'

interface PlanRowProps {
  readonly plan: PlanRecord
  /** True for the plan the screens show. */
  readonly shown: boolean
  /** Where the backup before a delete goes, for the confirmation: the app's backups, or a downloaded file. */
  readonly backupWhere: 'app' | 'download'
  readonly onShow: () => void
  readonly onRename: (title: string) => Promise<boolean>
  readonly onArchive: (archived: boolean) => void
  readonly onDelete: () => void
}

export function PlanRow({ plan, shown, backupWhere, onShow, onRename, onArchive, onDelete }: PlanRowProps) {
  const inputId = useId()
  const [mode, setMode] = useState<'idle' | 'rename' | 'confirm-delete'>('idle')
  const [title, setTitle] = useState(plan.title)
  const archived = plan.archivedAtMs !== undefined
  // Leaving the name field or the confirmation puts focus back on the button that opened it, for keyboard users.
  const renameButton = useRef<HTMLButtonElement>(null)
  const deleteButton = useRef<HTMLButtonElement>(null)
  const previousMode = useRef(mode)
  useEffect(() => {
    if (mode === 'idle' && previousMode.current !== 'idle')
      (previousMode.current === 'rename' ? renameButton : deleteButton).current?.focus()
    previousMode.current = mode
  }, [mode])

  const submitRename = async (event: FormEvent) => {
    event.preventDefault()
    if (await onRename(title)) setMode('idle')
  }

  return (
    <li className="plan-row" aria-label={plan.title}>
      <div className="plan-row-head">
        <strong>{plan.title}</strong>
        <span className="muted">{archived ? 'Archived' : shown ? 'Shown now' : 'Active'}</span>
      </div>
      {mode === 'rename' ? (
        <form className="pause-row" onSubmit={(event) => void submitRename(event)}>
          <label htmlFor={inputId}>New name</label>
          <input
            id={inputId}
            ref={focusOnMount}
            value={title}
            maxLength={500}
            onChange={(event) => setTitle(event.target.value)}
          />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </form>
      ) : mode === 'confirm-delete' ? (
        <fieldset className="banner banner-warning plan-row-confirm">
          <legend className="visually-hidden">Delete {plan.title}?</legend>
          <p>
            Delete “{plan.title}” with its sessions, study log, ratings and notes? First a backup of all your data is
            kept
            {backupWhere === 'app'
              ? ': it is listed under “Backups kept by the app” in Your data below, from where you can restore it.'
              : ': it is downloaded as a file, which you can restore with “Restore from file” in Your data below.'}
          </p>
          <div className="pause-row">
            <button type="button" onClick={onDelete}>
              Back up and delete
            </button>
            <button type="button" ref={focusOnMount} onClick={() => setMode('idle')}>
              Keep the plan
            </button>
          </div>
        </fieldset>
      ) : (
        <div className="pause-row">
          {!archived && !shown ? (
            <button type="button" onClick={onShow} aria-label={`Show ${plan.title}`}>
              Show
            </button>
          ) : null}
          <button
            type="button"
            ref={renameButton}
            aria-label={`Rename ${plan.title}`}
            onClick={() => {
              setTitle(plan.title)
              setMode('rename')
            }}
          >
            Rename
          </button>
          <button
            type="button"
            aria-label={`${archived ? 'Bring back' : 'Archive'} ${plan.title}`}
            onClick={() => onArchive(!archived)}
          >
            {archived ? 'Bring back' : 'Archive'}
          </button>
          <button
            type="button"
            ref={deleteButton}
            aria-label={`Delete ${plan.title}`}
            onClick={() => setMode('confirm-delete')}
          >
            Delete…
          </button>
        </div>
      )}
    </li>
  )
}

/** Moves keyboard focus to a control as it appears (the name field, or the safe choice of a delete confirmation). */
function focusOnMount(element: HTMLElement | null): void {
  element?.focus()
}
