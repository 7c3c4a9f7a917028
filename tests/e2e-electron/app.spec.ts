// The real desktop app: every window is locked down, and the shell renders from the app:// origin.
import { expect, test, type ElectronApplication } from '@playwright/test'
import { findElectronBinary, NO_ELECTRON_MESSAGE } from './electronBinary'
import { isolatedEnv, launchApp } from './launch'
import { invokeContract, pushContract } from '../../src/shared/ipc/contract'

/** Exactly the contract's methods: one per request channel and an on<Name> per push channel. */
const expectedMethods = [
  ...Object.keys(invokeContract),
  ...Object.keys(pushContract).map((name) => `on${name[0]!.toUpperCase()}${name.slice(1)}`)
].sort()

const executablePath = findElectronBinary()
let app: ElectronApplication

test.skip(!executablePath, NO_ELECTRON_MESSAGE)

test.beforeEach(async () => {
  app = await launchApp(executablePath!)
})

test.afterEach(async () => {
  await app?.close()
})

test('every window runs sandboxed, isolated and without Node', async () => {
  await app.firstWindow()
  const preferences = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((window) => {
      // getLastWebPreferences is Electron's internal (untyped) view of the preferences the renderer really got.
      const contents = window.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null }
      const prefs = contents.getLastWebPreferences() ?? {}
      return {
        sandbox: prefs.sandbox,
        contextIsolation: prefs.contextIsolation,
        nodeIntegration: prefs.nodeIntegration,
        webviewTag: prefs.webviewTag,
        webSecurity: prefs.webSecurity
      }
    })
  )
  expect(preferences.length).toBeGreaterThan(0)
  for (const prefs of preferences) {
    expect(prefs).toEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true
    })
  }
})

test('the shell renders from app:// and the page has no Node', async () => {
  const window = await app.firstWindow()
  await expect(window.getByRole('heading', { level: 1 })).toHaveText('Plan your studies')
  expect(new URL(window.url()).protocol).toBe('app:')
  const globals = await window.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    plannerMethods: Object.keys((globalThis as { planner?: object }).planner ?? {}).sort(),
    // electron-log's own preload would add this; main uses its Node logger, which adds none.
    // oxlint-disable-next-line no-underscore-dangle
    electronLog: typeof (globalThis as { __electronLog?: unknown }).__electronLog
  }))
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    plannerMethods: expectedMethods,
    electronLog: 'undefined'
  })
  const sessionPreloads = await app.evaluate(({ session }) =>
    session.defaultSession.getPreloadScripts().map((script) => script.filePath)
  )
  expect(sessionPreloads).toEqual([])
})

test('on a German system the window, the application menu and its standard items speak German', async () => {
  await app.close()
  app = await launchApp(executablePath!, isolatedEnv(), ['--lang=de-DE'])
  const window = await app.firstWindow()
  await expect(window.getByRole('heading', { level: 1 })).toHaveText('Plane dein Lernen')
  await expect(
    window.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('button', { name: 'Kalender' })
  ).toBeVisible()
  const menu = await app.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((item) => ({
      label: item.label,
      items: item.submenu?.items.map((inner) => inner.label).filter(Boolean) ?? []
    }))
  )
  expect(menu.map((item) => item.label)).toEqual(
    expect.arrayContaining(['Datei', 'Bearbeiten', 'Ansicht', 'Gehe zu', 'Fenster'])
  )
  expect(menu.find((item) => item.label === 'Bearbeiten')?.items).toContain('Rückgängig')
})
