// The window's frame: the brand, the screen navigation and the main area. Light on purpose: the entry draws it before
// the database and the rest of the app have loaded, and the app shell draws the same frame once they have.
import type { ReactNode } from 'react'
import { useT } from '../i18n/translations'
import { screens, type ScreenId } from './screens'

interface ShellFrameProps {
  /** The open screen, marked in the navigation; null while none is chosen yet. */
  readonly current: ScreenId | null
  /** Opens a screen; absent while the app is still loading, which leaves the navigation disabled. */
  readonly onOpen?: (screen: ScreenId) => void
  /** Shown under the brand on every screen: the study timer, once the app has loaded. */
  readonly timer?: ReactNode
  /** Shown under the brand on every screen: which plan the screens show, once the app has loaded. */
  readonly planSwitcher?: ReactNode
  readonly children: ReactNode
}

export function ShellFrame({ current, onOpen, timer, planSwitcher, children }: ShellFrameProps) {
  const t = useT()
  return (
    <div className="shell">
      <nav className="shell-nav" aria-label={t('frame.navigation')}>
        <div className="shell-brand">
          <img src="./icon-32.png" alt="" width={24} height={24} />
          <span>{t('frame.brand')}</span>
        </div>
        {planSwitcher}
        {timer}
        <ul>
          {screens.map((screen) => (
            <li key={screen.id}>
              <button
                type="button"
                className="shell-nav-item"
                aria-current={screen.id === current ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${screen.shortcut}`}
                disabled={onOpen === undefined}
                onClick={() => onOpen?.(screen.id)}
              >
                {t(`frame.screens.${screen.id}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {/* Focusable so keyboard users can scroll a long screen even where it has no focusable content. */}
      <main className="shell-main" id="main" tabIndex={0}>
        {children}
      </main>
    </div>
  )
}

/** What the window shows until the app's modules and the database are ready. */
export function OpeningMessage({ waitingFor }: { waitingFor?: string | undefined }) {
  const t = useT()
  return <p aria-live="polite">{waitingFor ?? t('frame.opening')}</p>
}
