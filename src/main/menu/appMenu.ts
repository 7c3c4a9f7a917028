// The application menu: the platform's standard roles plus a Go menu with the same Alt+digit shortcuts as the app,
// its menus named in the display locale's language (Electron fills each role menu with the platform's own items).
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
    label: t('notices.menu.go'),
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
    { role: 'fileMenu', label: t('notices.menu.file') },
    { role: 'editMenu', label: t('notices.menu.edit') },
    { role: 'viewMenu', label: t('notices.menu.view') },
    go,
    { role: 'windowMenu', label: t('notices.menu.window') }
  ]
}
