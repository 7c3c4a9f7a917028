// Puts the tray icon up and keeps its tooltip and menu in step with the reminder service.
import type { Menu, MenuItemConstructorOptions, Tray } from 'electron'
import type { DisplayLanguage } from '../i18n/displayLanguage'
import type { ReminderService } from '../reminders/reminderService'
import { trayMenuTemplate, type TrayMenuActions } from './trayMenu'

export interface TrayDeps {
  readonly createTray: () => Pick<Tray, 'setToolTip' | 'setContextMenu' | 'on' | 'destroy'>
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => Menu
  readonly reminders: Pick<ReminderService, 'next' | 'tooltip' | 'pausedUntil' | 'onChange'>
  readonly actions: TrayMenuActions
  /** The display locale's language: the menu is written in it, and rebuilt when it changes. */
  readonly language: Pick<DisplayLanguage, 't' | 'onChange'>
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
            nextSession: next
              ? { topic: next.reminder.topicTitle, time: deps.formatTime(next.reminder.startsAt) }
              : null,
            canSnooze: deps.canSnooze(),
            pausedUntil: pausedUntil === null ? null : deps.formatTime(pausedUntil)
          },
          deps.actions,
          deps.language.t()
        )
      )
    )
  }
  const unsubscribes = [deps.reminders.onChange(refresh), deps.language.onChange(refresh)]
  tray?.on('click', () => deps.actions.open())
  refresh()
  return {
    available: tray !== null,
    refresh,
    destroy: () => {
      for (const unsubscribe of unsubscribes) unsubscribe()
      tray?.destroy()
      tray = null
    }
  }
}
