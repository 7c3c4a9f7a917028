// The `?` overlay: every keyboard shortcut in a modal dialog that traps focus and closes with Escape.
import { useEffect, useId, useLayoutEffect, useRef } from 'react'
import { useT } from '../../i18n/translations'
import { useFocusReturn } from '../useFocusReturn'
import '../common.css'
import { CALENDAR_SHORTCUTS, OTHER_SHORTCUTS, UNDO_SHORTCUTS, type Shortcut } from './shortcutList'
import './shortcuts.css'

export interface ShortcutsOverlayProps {
  readonly open: boolean
  readonly onClose: () => void
}

export function ShortcutsOverlay({ open, onClose }: ShortcutsOverlayProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const t = useT()
  // A modal dialog leaves the rest of the page inert until it closes: it closes before it leaves the page, so that
  // focus can then go back to the button (or the place `?` was pressed) that opened it.
  useLayoutEffect(() => {
    const element = dialog.current
    return () => {
      if (element?.open && typeof element.close === 'function') element.close()
    }
  }, [])
  useFocusReturn(dialog)
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    // showModal gives the dialog focus trapping and Escape handling; happy-dom and old engines fall back to `open`.
    if (open && !element.open) {
      if (typeof element.showModal === 'function') element.showModal()
      else element.setAttribute('open', '')
    }
    if (!open && element.open) {
      if (typeof element.close === 'function') element.close()
      else element.removeAttribute('open')
    }
  }, [open])

  return (
    <dialog
      ref={dialog}
      className="sp-shortcuts"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onClose()
        }
      }}
    >
      <h2 id={titleId}>{t('common.shortcuts.title')}</h2>
      <ShortcutTable caption={t('common.shortcuts.calendar')} shortcuts={CALENDAR_SHORTCUTS} />
      <ShortcutTable caption={t('common.shortcuts.calendarAndRoadmap')} shortcuts={UNDO_SHORTCUTS} />
      <ShortcutTable caption={t('common.shortcuts.everywhere')} shortcuts={OTHER_SHORTCUTS} />
      <button type="button" className="sp-button" onClick={onClose} autoFocus>
        {t('common.shortcuts.close')}
      </button>
    </dialog>
  )
}

function ShortcutTable({ caption, shortcuts }: { caption: string; shortcuts: readonly Shortcut[] }) {
  const t = useT()
  return (
    <table className="sp-shortcuts-table">
      <caption>{caption}</caption>
      <tbody>
        {shortcuts.map((shortcut) => (
          <tr key={shortcut.description}>
            <th scope="row">
              {shortcut.keys.map((key, index) => {
                const shown = typeof key === 'string' ? key : t(`common.shortcuts.keys.${key.named}`)
                return (
                  <span key={shown}>
                    {index > 0 ? ' + ' : null}
                    <kbd>{shown}</kbd>
                  </span>
                )
              })}
            </th>
            <td>{t(`common.shortcuts.actions.${shortcut.description}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
