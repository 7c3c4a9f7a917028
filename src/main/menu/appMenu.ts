// The application menu: the platform's standard roles plus a Go menu with the same Alt+digit shortcuts as the app.
import type { MenuItemConstructorOptions } from 'electron'
import type { Translate } from '../../shared/i18n/translator'
import { SCREENS, type ScreenId } from '../../shared/screens'

export interface AppMenuActions {
  showScreen(screen: ScreenId): void
}

export function appMenuTemplate(
  platform: NodeJS.Platform,
  actions: AppMenuActions,
  t: Translate
): MenuItemConstructorOptions[] {
  const go: MenuItemConstructorOptions = {
    label: 'Go',
    submenu: SCREENS.map((screen) => ({
      label: t(`frame.screens.${screen.id}`),
      accelerator: `Alt+${screen.shortcut}`,
      // The renderer handles the keys itself (also in the browser build); the menu shows them and handles clicks.
      registerAccelerator: false,
      click: () => actions.showScreen(screen.id)
    }))
  }
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    go,
    { role: 'windowMenu' }
  ]
}
