// The application menu keeps the standard roles and offers each screen with the renderer's own shortcut.
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { mainTranslator } from '../../../../src/main/i18n/mainTranslator'
import { appMenuTemplate } from '../../../../src/main/menu/appMenu'

const english = mainTranslator('en-US')

const roles = (platform: NodeJS.Platform) =>
  appMenuTemplate(platform, { showScreen: () => {} }, english).map((item) => item.role ?? item.label)

describe('appMenuTemplate', () => {
  it('has the standard roles, with the app menu only on macOS', () => {
    expect(roles('linux')).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'Go', 'windowMenu'])
    expect(roles('darwin')).toEqual(['appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'Go', 'windowMenu'])
  })

  it('opens each screen with its Alt+digit shortcut', () => {
    const shown: string[] = []
    const go = appMenuTemplate('win32', { showScreen: (screen) => shown.push(screen) }, english).find(
      (item) => item.label === 'Go'
    )
    const items = go?.submenu as MenuItemConstructorOptions[]
    expect(items.map((item) => [item.label, item.accelerator])).toEqual([
      ['Calendar', 'Alt+1'],
      ['Roadmap', 'Alt+2'],
      ['Progress', 'Alt+3'],
      ['Settings', 'Alt+4']
    ])
    for (const item of items) (item.click as () => void)()
    expect(shown).toEqual(['calendar', 'roadmap', 'progress', 'settings'])
  })
})

describe('appMenuTemplate in German', () => {
  it('names the menus and the Go menu’s screens in German, keeping the roles', () => {
    const menu = appMenuTemplate('linux', { showScreen: () => {} }, mainTranslator('de-DE'))
    expect(menu.map((item) => [item.role, item.label])).toEqual([
      ['fileMenu', 'Datei'],
      ['editMenu', 'Bearbeiten'],
      ['viewMenu', 'Ansicht'],
      [undefined, 'Gehe zu'],
      ['windowMenu', 'Fenster']
    ])
    const go = menu.find((item) => item.label === 'Gehe zu')?.submenu as MenuItemConstructorOptions[]
    expect(go.map((item) => [item.label, item.accelerator])).toEqual([
      ['Kalender', 'Alt+1'],
      ['Lernpfad', 'Alt+2'],
      ['Fortschritt', 'Alt+3'],
      ['Einstellungen', 'Alt+4']
    ])
  })

  it('names them in English for English and for a language without a catalog', () => {
    for (const locale of ['en-US', 'ja-JP'])
      expect(
        appMenuTemplate('darwin', { showScreen: () => {} }, mainTranslator(locale)).map((item) => item.label)
      ).toEqual([undefined, 'File', 'Edit', 'View', 'Go', 'Window'])
  })
})
