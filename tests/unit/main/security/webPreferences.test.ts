// The window options builder: every security-relevant preference has its one safe value.
import { describe, expect, it } from 'vitest'
import {
  REQUIRED_WEB_PREFERENCES,
  findInsecureWebPreferences,
  secureWebPreferences
} from '../../../../src/main/security/webPreferences'

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.js')

  it('turns on every isolation and turns off every Node or legacy escape hatch', () => {
    expect(prefs).toEqual({
      preload: '/app/out/preload/index.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true
    })
  })

  it('leaves enableBlinkFeatures unset', () => {
    expect('enableBlinkFeatures' in prefs).toBe(false)
  })

  it('returns a fresh object each time, so one window cannot change another’s options', () => {
    const first = secureWebPreferences('a')
    first.sandbox = false
    expect(secureWebPreferences('a').sandbox).toBe(true)
    expect(REQUIRED_WEB_PREFERENCES.sandbox).toBe(true)
  })
})

describe('findInsecureWebPreferences', () => {
  it('finds nothing wrong with the built preferences', () => {
    expect(findInsecureWebPreferences(secureWebPreferences('p'))).toEqual([])
  })

  it('names each preference that was weakened or left to its default', () => {
    const weakened = { ...secureWebPreferences('p'), sandbox: false, nodeIntegration: true, enableBlinkFeatures: 'X' }
    delete (weakened as Record<string, unknown>)['contextIsolation']
    expect(new Set(findInsecureWebPreferences(weakened))).toEqual(
      new Set(['contextIsolation', 'enableBlinkFeatures', 'nodeIntegration', 'sandbox'])
    )
  })
})
