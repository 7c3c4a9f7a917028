// The application menu keeps the standard roles and offers each screen with the renderer's own shortcut.
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { mainTranslator } from '../../../../src/main/i18n/mainTranslator'
import { appMenuTemplate } from '../../../../src/main/menu/appMenu'

const english = mainTranslator('en-US')

/** Each menu's items as role (or label) names, in order; a separator as '-'. */
const layout = (platform: NodeJS.Platform) =>
  appMenuTemplate(platform, { showScreen: () => {} }, english).map((menu) => [
    menu.role ?? menu.label,
    ...((menu.submenu as MenuItemConstructorOptions[] | undefined) ?? []).map((item) =>
      item.type === 'separator' ? '-' : (item.role ?? item.label)
    )
  ])

describe('appMenuTemplate', () => {
  it('has the platform’s standard items, with the app menu and its window items only on macOS', () => {
    const go = ['Go', 'Calendar', 'Roadmap', 'Progress', 'Settings']
    const edit = ['undo', 'redo', '-', 'cut', 'copy', 'paste']
    const view = [
      'View',
      'reload',
      'forceReload',
      'toggleDevTools',
      '-',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      '-',
      'togglefullscreen'
    ]
    expect(layout('linux')).toEqual([
      ['File', 'quit'],
      ['Edit', ...edit, 'delete', '-', 'selectAll'],
      view,
      go,
      ['Window', 'minimize', 'close']
    ])
    expect(layout('darwin')).toEqual([
      ['appMenu'],
      ['File', 'close'],
      ['Edit', ...edit, 'pasteAndMatchStyle', 'delete', '-', 'selectAll'],
      view,
      go,
      ['Window', 'minimize', 'zoom', '-', 'front']
    ])
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
  it('names the menus, their standard items and the Go menu’s screens in German, keeping the items’ roles', () => {
    const menu = appMenuTemplate('linux', { showScreen: () => {} }, mainTranslator('de-DE'))
    expect(menu.map((item) => item.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Gehe zu', 'Fenster'])
    const edit = menu[1]?.submenu as MenuItemConstructorOptions[]
    expect(edit.filter((item) => item.role).map((item) => [item.role, item.label])).toEqual([
      ['undo', 'Rückgängig'],
      ['redo', 'Wiederholen'],
      ['cut', 'Ausschneiden'],
      ['copy', 'Kopieren'],
      ['paste', 'Einfügen'],
      ['delete', 'Löschen'],
      ['selectAll', 'Alles auswählen']
    ])
    const file = menu[0]?.submenu as MenuItemConstructorOptions[]
    expect(file[0]).toEqual({ role: 'quit', label: 'Beenden' })
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
