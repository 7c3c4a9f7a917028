// The application menu: the platform's standard menus plus a Go menu with the same Alt+digit shortcuts as the app, all
// in the display locale's language. Electron's role menus (fileMenu, editMenu…) fill in English items on Windows and
// Linux, so each menu lists its items here (as Electron's defaults do), with the role doing the work and our label.
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
  const mac = platform === 'darwin'
  const item = (role: MenuRole): MenuItemConstructorOptions => ({ role, label: t(`notices.menu.items.${role}`) })
  const separator: MenuItemConstructorOptions = { type: 'separator' }
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    { label: t('notices.menu.file'), submenu: [item(mac ? 'close' : 'quit')] },
    {
      label: t('notices.menu.edit'),
      submenu: [
        item('undo'),
        item('redo'),
        separator,
        item('cut'),
        item('copy'),
        item('paste'),
        ...(mac ? [item('pasteAndMatchStyle')] : []),
        item('delete'),
        separator,
        item('selectAll')
      ]
    },
    {
      label: t('notices.menu.view'),
      submenu: [
        item('reload'),
        item('forceReload'),
        item('toggleDevTools'),
        separator,
        item('resetZoom'),
        item('zoomIn'),
        item('zoomOut'),
        separator,
        item('togglefullscreen')
      ]
    },
    go,
    {
      label: t('notices.menu.window'),
      submenu: mac ? [item('minimize'), item('zoom'), separator, item('front')] : [item('minimize'), item('close')]
    }
  ]
}

/** The standard items the menus offer, each named in the catalogs (notices.menu.items). */
type MenuRole =
  | 'close'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front'
