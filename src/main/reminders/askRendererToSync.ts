// Gets a fresh reminder sync out of the renderer, whatever state its window is in: open, crashed, or not there at all.
import { sendPush, type PushTarget } from '../ipc/sendPush'

/** The part of a window this needs: its page, which can be asked, reloaded, or has crashed. */
export interface SyncingWindow {
  readonly webContents: PushTarget & { isCrashed(): boolean; reload(): void }
}

export interface AskRendererDeps {
  /** The main window, or null when there is none (closed with close-to-tray off, on macOS). */
  readonly current: () => SyncingWindow | null
  /** Creates the window hidden; its page syncs on its own once loaded, whatever screen it opens on. */
  readonly createHidden: () => Promise<unknown>
  readonly onError: (message: string, error: unknown) => void
}

/**
 * Returns a function that asks for a sync: an open page is sent the request; a crashed one is reloaded (a fresh page
 * syncs as it starts); with no window, a hidden one is created. Never shows a window.
 */
export function askRendererToSync(deps: AskRendererDeps): () => void {
  return () => {
    const window = deps.current()
    if (!window) {
      deps
        .createHidden()
        .catch((error: unknown) => deps.onError('Could not open a hidden window to sync reminders', error))
      return
    }
    const page = window.webContents
    if (page.isDestroyed()) return
    if (page.isCrashed()) page.reload()
    else sendPush(page, 'requestReminderSync', {})
  }
}
