// Every permission and device handler says no, whoever asks, including notification requests from remote pages.
import { describe, expect, it } from 'vitest'
import type { Session } from 'electron'
import { denyAllPermissions, type PermissionSession } from '../../../../src/main/security/permissions'

export const realSessionFits = (session: Session): PermissionSession => session

type Handlers = { [K in keyof PermissionSession]?: Parameters<PermissionSession[K]>[0] }

function recordingSession(): { session: PermissionSession; handlers: Handlers } {
  const handlers: Handlers = {}
  const session: PermissionSession = {
    setPermissionRequestHandler: (handler) => void (handlers.setPermissionRequestHandler = handler),
    setPermissionCheckHandler: (handler) => void (handlers.setPermissionCheckHandler = handler),
    setDevicePermissionHandler: (handler) => void (handlers.setDevicePermissionHandler = handler),
    setDisplayMediaRequestHandler: (handler) => void (handlers.setDisplayMediaRequestHandler = handler)
  }
  return { session, handlers }
}

const PERMISSIONS = [
  'notifications',
  'media',
  'geolocation',
  'clipboard-read',
  'fullscreen',
  'openExternal',
  'pointerLock',
  'hid',
  'serial',
  'usb',
  'persistent-storage',
  'unknown'
] as const

const ORIGINS = ['https://evil.example', 'app://planner', 'http://localhost:5173', 'null']

describe('denyAllPermissions', () => {
  it('installs every handler', () => {
    const { session, handlers } = recordingSession()
    denyAllPermissions(session)
    expect(new Set(Object.keys(handlers))).toEqual(
      new Set([
        'setDevicePermissionHandler',
        'setDisplayMediaRequestHandler',
        'setPermissionCheckHandler',
        'setPermissionRequestHandler'
      ])
    )
  })

  it.each(PERMISSIONS)('refuses a request for %s, exactly once', (permission) => {
    const { session, handlers } = recordingSession()
    denyAllPermissions(session)
    const answers: boolean[] = []
    const request = handlers.setPermissionRequestHandler as unknown as (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: unknown
    ) => void
    request({}, permission, (granted) => answers.push(granted), { requestingUrl: 'https://evil.example/' })
    expect(answers).toEqual([false])
  })

  it.each(PERMISSIONS)('answers no to a check for %s from every origin', (permission) => {
    const { session, handlers } = recordingSession()
    denyAllPermissions(session)
    const check = handlers.setPermissionCheckHandler as unknown as (
      webContents: unknown,
      permission: string,
      origin: string,
      details: unknown
    ) => boolean
    for (const origin of ORIGINS) {
      expect({ origin, granted: check(null, permission, origin, {}) }).toEqual({ origin, granted: false })
    }
  })

  it('refuses device access and screen capture', () => {
    const { session, handlers } = recordingSession()
    denyAllPermissions(session)
    const device = handlers.setDevicePermissionHandler as unknown as (details: unknown) => boolean
    expect(device({ deviceType: 'usb', origin: 'https://evil.example', device: {} })).toBe(false)
    const streams: unknown[] = []
    const display = handlers.setDisplayMediaRequestHandler as unknown as (
      request: unknown,
      callback: (streams: unknown) => void
    ) => void
    display({ securityOrigin: 'https://evil.example' }, (answer) => streams.push(answer))
    expect(streams).toEqual([null])
  })
})
