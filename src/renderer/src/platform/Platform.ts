// The renderer's one door to the operating system: an Electron implementation and a browser one behind the same interface.
import type { AppInfo } from '../../../shared/ipc/contract'
import type { ScreenId } from '../../../shared/screens'

export interface Platform {
  /** 'electron' inside the desktop app, 'browser' in the web build used by E2E tests and `npm run start:web`. */
  readonly kind: 'electron' | 'browser'
  getAppInfo(): Promise<AppInfo>
  /** Opens an https link outside the app; resolves false when the link was refused. */
  openExternal(url: string): Promise<boolean>
  /** Called when a notification or the tray asks to show a session. Returns an unsubscribe function. */
  onOpenSession(listener: (sessionId: string) => void): () => void
  /** Called when the application menu asks for a screen. Returns an unsubscribe function. */
  onShowScreen(listener: (screen: ScreenId) => void): () => void
}
