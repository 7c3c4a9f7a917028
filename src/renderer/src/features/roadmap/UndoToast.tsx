// The offer to take back a deletion, at the bottom of the window where the learner is (the header's Undo can be a long
// scroll away on a 65-topic roadmap). It lasts while the deletion is the newest step of the undo history.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useT } from '../../i18n/translations'
import { stageToggleId } from './stageOpen'

/** A stored deletion: its undo label and what to say about it. */
export interface DeletedNotice {
  readonly label: string
  readonly message: string
  /** The stage to return the focus to once the undo brings the deleted thing back. */
  readonly stageId: string
}

interface UndoToastProps {
  readonly notice: DeletedNotice | null
  /** What Undo would revert next; the offer goes once another step takes the deletion's place. */
  readonly undoLabel: string | null
  onUndo(): Promise<void>
  onClose(): void
}

export function UndoToast({ notice, undoLabel, onUndo, onClose }: UndoToastProps) {
  const t = useT()
  const undoButton = useRef<HTMLButtonElement>(null)
  // The history is read live and may not list the deletion yet when the offer appears.
  const [seen, setSeen] = useState<DeletedNotice | null>(null)
  if (notice && seen !== notice && undoLabel === notice.label) setSeen(notice)
  const superseded = notice !== null && seen === notice && undoLabel !== notice.label

  useEffect(() => {
    if (superseded) onClose()
  }, [superseded, onClose])

  useEffect(() => {
    // The deleted thing's button had the focus and is gone: the focus goes to Undo rather than to the page's start.
    if (notice && (document.activeElement === null || document.activeElement === document.body))
      undoButton.current?.focus()
  }, [notice])

  const undo = async () => {
    if (!notice) return
    onClose()
    await onUndo()
    returnFocus(stageToggleId(notice.stageId))
  }

  const shown = notice !== null && !superseded
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'Escape') return
    event.stopPropagation()
    onClose()
  }
  // The <output> stays in the page while nothing is offered, so a screen reader announces the offer when it comes.
  return (
    <div className="undo-toast" data-shown={shown}>
      <output className="undo-toast-message">{shown ? notice.message : ''}</output>
      {shown ? (
        <>
          <button
            ref={undoButton}
            type="button"
            className="sp-button sp-button-primary"
            onClick={() => void undo()}
            onKeyDown={onKeyDown}
          >
            {t('roadmap.undoToast.undo')}
          </button>
          <button
            type="button"
            className="sp-button"
            aria-label={t('roadmap.undoToast.dismiss')}
            onClick={onClose}
            onKeyDown={onKeyDown}
          >
            ×
          </button>
        </>
      ) : null}
    </div>
  )
}

/** Focuses the element once the undone roadmap is on screen (a live query re-reads it a moment after the write). */
function returnFocus(id: string, tries = 60): void {
  const element = document.getElementById(id)
  if (element) return element.focus()
  if (tries > 0) setTimeout(() => returnFocus(id, tries - 1), 50)
}
