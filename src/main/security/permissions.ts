// Denies every web permission and device request: the app needs none (OS notifications come from main, not the page).
import type { Session } from 'electron'

/** The parts of Electron's `session` this module sets; a real Session satisfies it. */
export type PermissionSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
>

/** Answers every permission request with "no". */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void
): void {
  callback(false)
}

/** Answers every permission check with "no", whatever the origin. */
export function denyPermissionCheck(): boolean {
  return false
}

/**
 * Installs deny-all handlers on `session`: permission requests and checks, HID/serial/USB device access and screen
 * capture. Two handlers are left unset on purpose: Bluetooth pairing, because with no handler Electron already
 * cancels it (and the method exists only on Windows and Linux), and USB protected classes, because overriding that
 * handler can only unprotect classes.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler(denyPermissionRequest)
  session.setPermissionCheckHandler(denyPermissionCheck)
  session.setDevicePermissionHandler(() => false)
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null))
}
