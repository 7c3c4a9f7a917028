// What closing the main window does: with close-to-tray on, the app keeps running so reminders still arrive.

export type CloseAction = 'close' | 'hide' | 'minimize'

export interface CloseContext {
  /** The user chose Quit (menu, tray, Cmd+Q): the window really closes. */
  readonly quitting: boolean
  /** The "close to tray" setting (on by default). */
  readonly closeToTray: boolean
  /** Whether a tray icon exists; without one a hidden window could not be found again. */
  readonly trayAvailable: boolean
}

/** Hide to the tray when it exists, minimize when it does not, close only when quitting or the setting is off. */
export function closeAction({ quitting, closeToTray, trayAvailable }: CloseContext): CloseAction {
  if (quitting || !closeToTray) return 'close'
  return trayAvailable ? 'hide' : 'minimize'
}
