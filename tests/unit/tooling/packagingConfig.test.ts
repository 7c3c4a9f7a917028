// electron-builder cannot run here (it downloads Electron), so its configuration is checked against the code it must match.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_NAME, APP_USER_MODEL_ID } from '../../../src/main/security/appIdentity'

// js-yaml comes with electron-builder; it is only used to read the config in this test.
// eslint-disable-next-line typescript/no-require-imports
const { load } = require('js-yaml') as { load(text: string): unknown }

interface BuilderConfig {
  appId: string
  productName: string
  files: string[]
  linux: { target: string[] }
  mac: { target: string }
  win: { target: string }
  electronFuses: Record<string, boolean>
}

const config = load(readFileSync(resolve(__dirname, '../../../electron-builder.yml'), 'utf8')) as BuilderConfig
const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as {
  productName: string
  main: string
}

describe('electron-builder.yml', () => {
  it('uses the AppUserModelId and name the app sets at run time (notifications and userData depend on them)', () => {
    expect(config.appId).toBe(APP_USER_MODEL_ID)
    expect(config.productName).toBe(APP_NAME)
    expect(pkg.productName).toBe(APP_NAME)
  })

  it('builds AppImage and deb, dmg and nsis', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.mac.target).toBe('dmg')
    expect(config.win.target).toBe('nsis')
  })

  it('packages the built app and its icons', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'resources/**', 'package.json']))
    expect(pkg.main).toBe('./out/main/index.js')
  })

  it('turns off the fuses the app does not need', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })
})
