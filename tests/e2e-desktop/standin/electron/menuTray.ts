// Menu, MenuItem and Tray: templates become item trees a test can read and click; the tray keeps its tooltip and menu.
import { EventEmitter } from 'node:events'
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuItemState } from '../protocol'
import { preventableEvent, requireReady, type StandinContext } from './context'

type Click = (item: StandinMenuItem, window: unknown, event: unknown) => void

export class StandinMenuItem {
  readonly label: string | null
  readonly role: string | null
  readonly type: string
  readonly enabled: boolean
  readonly submenu: StandinMenu | null
  private readonly onClick: Click | null

  constructor(options: MenuItemConstructorOptions) {
    this.label = options.label ?? null
    this.role = options.role ?? null
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal')
    this.enabled = options.enabled ?? true
    const submenu = options.submenu
    this.submenu =
      submenu === undefined
        ? null
        : submenu instanceof StandinMenu
          ? submenu
          : new StandinMenu((submenu as MenuItemConstructorOptions[]).map((item) => new StandinMenuItem(item)))
    this.onClick = (options.click as Click | undefined) ?? null
  }

  /**
   * Electron runs the role's own action when the item has one it knows (quit quits), else the click handler. A
   * disabled item cannot be clicked.
   */
  click(roles: { quit(): void }): void {
    if (!this.enabled) throw new Error(`Menu item '${this.label}' is disabled`)
    if (this.role === 'quit') roles.quit()
    else this.onClick?.(this, null, {})
  }

  state(): MenuItemState {
    return {
      label: this.label,
      role: this.role,
      type: this.type,
      enabled: this.enabled,
      submenu: this.submenu?.state() ?? null
    }
  }
}

export class StandinMenu {
  constructor(readonly items: StandinMenuItem[] = []) {}

  append(item: StandinMenuItem): void {
    this.items.push(item)
  }

  /** The item reached by `labels` from the top, e.g. ['Pause reminders', 'For 1 hour']. */
  find(labels: readonly string[]): StandinMenuItem {
    let items: readonly StandinMenuItem[] = this.items
    let found: StandinMenuItem | undefined
    for (const label of labels) {
      found = items.find((item) => item.label === label)
      if (!found)
        throw new Error(
          `No menu item '${label}' (looking for ${labels.join(' > ')}); items: ${items.map((item) => item.label).join(', ')}`
        )
      items = found.submenu?.items ?? []
    }
    if (!found) throw new Error('No labels given')
    return found
  }

  state(): MenuItemState[] {
    return this.items.map((item) => item.state())
  }
}

export function createMenuModule(context: StandinContext) {
  let applicationMenu: StandinMenu | null = null
  class Menu extends StandinMenu {
    static buildFromTemplate(template: MenuItemConstructorOptions[]): StandinMenu {
      return new StandinMenu(template.map((item) => new StandinMenuItem(item)))
    }
    static setApplicationMenu(menu: StandinMenu | null): void {
      applicationMenu = menu
      context.journal.record('Menu.setApplicationMenu', { items: menu?.items.length ?? null })
    }
    static getApplicationMenu(): StandinMenu | null {
      return applicationMenu
    }
  }
  return { Menu, MenuItem: StandinMenuItem, applicationMenu: () => applicationMenu }
}

export class StandinTray extends EventEmitter {
  tooltip: string | null = null
  menu: StandinMenu | null = null
  destroyed = false

  constructor(
    private readonly context: StandinContext,
    readonly image: string
  ) {
    super()
    requireReady(context, 'Tray')
    if (!context.config.trayAvailable)
      throw new Error('No tray on this desktop (the stand-in was launched without one)')
    context.journal.record('Tray.new', { image })
  }

  setToolTip(tooltip: string): void {
    this.tooltip = tooltip
    this.context.journal.record('Tray.setToolTip', { tooltip })
  }

  setContextMenu(menu: StandinMenu | null): void {
    this.menu = menu
    this.context.journal.record('Tray.setContextMenu', { labels: menu?.items.map((item) => item.label) ?? null })
  }

  destroy(): void {
    this.destroyed = true
    this.context.journal.record('Tray.destroy')
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  click(): void {
    this.emit('click', preventableEvent(), { x: 0, y: 0, width: 16, height: 16 }, { x: 0, y: 0 })
  }
}
