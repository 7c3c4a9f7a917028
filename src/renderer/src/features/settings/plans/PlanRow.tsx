// One plan in Settings' plan list: its name and state, and Show, Rename, Archive (or Bring back) and Delete.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { PlanRecord } from '../../../db/PlannerDB'
import { useT } from '../../../i18n/translations'

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
  const t = useT()
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
        <span className="muted">
          {archived
            ? t('settings.plans.state.archived')
            : shown
              ? t('settings.plans.state.shown')
              : t('settings.plans.state.active')}
        </span>
      </div>
      {mode === 'rename' ? (
        <form className="pause-row" onSubmit={(event) => void submitRename(event)}>
          <label htmlFor={inputId}>{t('settings.plans.newName')}</label>
          <input
            id={inputId}
            ref={focusOnMount}
            value={title}
            maxLength={500}
            onChange={(event) => setTitle(event.target.value)}
          />
          <button type="submit">{t('settings.plans.saveName')}</button>
          <button type="button" onClick={() => setMode('idle')}>
            {t('settings.plans.cancel')}
          </button>
        </form>
      ) : mode === 'confirm-delete' ? (
        <fieldset className="banner banner-warning plan-row-confirm">
          <legend className="visually-hidden">{t('settings.plans.deleteLegend', { title: plan.title })}</legend>
          <p>
            {backupWhere === 'app'
              ? t('settings.plans.deleteConfirmApp', { title: plan.title })
              : t('settings.plans.deleteConfirmDownload', { title: plan.title })}
          </p>
          <div className="pause-row">
            <button type="button" onClick={onDelete}>
              {t('settings.plans.backUpAndDelete')}
            </button>
            <button type="button" ref={focusOnMount} onClick={() => setMode('idle')}>
              {t('settings.plans.keepPlan')}
            </button>
          </div>
        </fieldset>
      ) : (
        <div className="pause-row">
          {!archived && !shown ? (
            <button type="button" onClick={onShow} aria-label={t('settings.plans.showLabel', { title: plan.title })}>
              {t('settings.plans.show')}
            </button>
          ) : null}
          <button
            type="button"
            ref={renameButton}
            aria-label={t('settings.plans.renameLabel', { title: plan.title })}
            onClick={() => {
              setTitle(plan.title)
              setMode('rename')
            }}
          >
            {t('settings.plans.rename')}
          </button>
          <button
            type="button"
            aria-label={
              archived
                ? t('settings.plans.bringBackLabel', { title: plan.title })
                : t('settings.plans.archiveLabel', { title: plan.title })
            }
            onClick={() => onArchive(!archived)}
          >
            {archived ? t('settings.plans.bringBack') : t('settings.plans.archive')}
          </button>
          <button
            type="button"
            ref={deleteButton}
            aria-label={t('settings.plans.deleteLabel', { title: plan.title })}
            onClick={() => setMode('confirm-delete')}
          >
            {t('settings.plans.delete')}
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
