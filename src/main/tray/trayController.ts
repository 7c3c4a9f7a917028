// Puts the tray icon up and keeps its tooltip and menu in step with the reminder service.
import type { Menu, MenuItemConstructorOptions, Tray } from 'electron'
import type { ReminderService } from '../reminders/reminderService'
import { trayMenuTemplate, type TrayMenuActions } from './trayMenu'

export interface TrayDeps {
  readonly createTray: () => Pick<Tray, 'setToolTip' | 'setContextMenu' | 'on' | 'destroy'>
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => Menu
  readonly reminders: Pick<ReminderService, 'next' | 'tooltip' | 'pausedUntil' | 'onChange'>
  readonly actions: TrayMenuActions
  /** Formats an instant as a short local time for menu labels. */
  readonly formatTime: (instant: number) => string
  readonly canSnooze: () => boolean
  readonly onError: (error: unknown) => void
}

export interface TrayController {
  /** False where the desktop has no tray: closing the window then minimizes instead of hiding. */
  readonly available: boolean
  refresh(): void
  destroy(): void
}

export function createTrayController(deps: TrayDeps): TrayController {
  let tray: ReturnType<TrayDeps['createTray']> | null = null
  try {
    tray = deps.createTray()
  } catch (error) {
    deps.onError(error)
  }
  const refresh = () => {
    if (!tray) return
    const next = deps.reminders.next()
    const pausedUntil = deps.reminders.pausedUntil()
    tray.setToolTip(deps.reminders.tooltip())
    tray.setContextMenu(
      deps.buildMenu(
        trayMenuTemplate(
          {
            nextSessionLabel: next
              ? `Next: ${next.reminder.topicTitle}, ${deps.formatTime(next.reminder.startsAt)}`
              : null,
            hasNextSession: next !== null,
            canSnooze: deps.canSnooze(),
            pausedLabel: pausedUntil === null ? null : `until ${deps.formatTime(pausedUntil)}`
          },
          deps.actions
        )
      )
    )
  }
  const unsubscribe = deps.reminders.onChange(refresh)
  tray?.on('click', () => deps.actions.open())
  refresh()
  return {
    available: tray !== null,
    refresh,
    destroy: () => {
      unsubscribe()
      tray?.destroy()
      tray = null
    }
  }
}
