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
