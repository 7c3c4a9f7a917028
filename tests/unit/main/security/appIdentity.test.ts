// The app's name, userData folder and AppUserModelID, applied to a fake `app` that records each call.
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { App } from 'electron'
import {
  APP_NAME,
  APP_USER_MODEL_ID,
  applyAppIdentity,
  type IdentityApp
} from '../../../../src/main/security/appIdentity'
import { claimSingleInstance, type SingleInstanceApp } from '../../../../src/main/security/singleInstance'

export const realAppFitsIdentity = (app: App): IdentityApp => app
export const realAppFitsSingleInstance = (app: App): SingleInstanceApp => app

function fakeIdentityApp() {
  const calls: string[] = []
  const paths = new Map<string, string>([['appData', '/home/ada/.config']])
  const app: IdentityApp = {
    setName: (name) => void calls.push(`setName ${name}`),
    setPath: (name, path) => void (calls.push(`setPath ${name}`), paths.set(name, path)),
    getPath: (name) => paths.get(name) ?? '',
    setAppUserModelId: (id) => void calls.push(`setAppUserModelId ${id}`)
  }
  return { app, calls, paths }
}

describe('applyAppIdentity', () => {
  it('uses the fixed name and a reverse-DNS model id', () => {
    expect(APP_NAME).toBe('Study Planner')
    expect(APP_USER_MODEL_ID).toBe('app.studyplanner.desktop')
  })

  it('pins userData under appData by the fixed name, whatever the app was called before', () => {
    const { app, paths } = fakeIdentityApp()
    applyAppIdentity(app, 'linux')
    expect(paths.get('userData')).toBe(join('/home/ada/.config', 'Study Planner'))
  })

  it('sets the AppUserModelID on Windows', () => {
    const { app, calls } = fakeIdentityApp()
    applyAppIdentity(app, 'win32')
    expect(calls).toContain('setAppUserModelId app.studyplanner.desktop')
  })

  it.each(['linux', 'darwin'] as const)('does not call the Windows-only method on %s', (platform) => {
    const { app, calls } = fakeIdentityApp()
    applyAppIdentity(app, platform)
    expect(calls).toEqual(['setName Study Planner', 'setPath userData'])
  })
})

function fakeApp(lockFree: boolean) {
  const state = { quit: false, secondInstance: undefined as (() => void) | undefined }
  const app: SingleInstanceApp = {
    requestSingleInstanceLock: () => lockFree,
    quit: () => void (state.quit = true),
    on: (_event, listener) => void (state.secondInstance = listener)
  }
  return { app, state }
}

describe('claimSingleInstance', () => {
  it('keeps running and focuses on a later launch when it holds the lock', () => {
    const { app, state } = fakeApp(true)
    let focused = 0
    expect(claimSingleInstance(app, () => focused++)).toBe(true)
    state.secondInstance?.()
    expect({ quit: state.quit, focused }).toEqual({ quit: false, focused: 1 })
  })

  it('quits when another instance holds the lock', () => {
    const { app, state } = fakeApp(false)
    expect(claimSingleInstance(app, () => {})).toBe(false)
    expect(state.quit).toBe(true)
    expect(state.secondInstance).toBeUndefined()
  })
})
