// The tray's context menu, built from what the reminder service knows: the next session, snooze, pause, quit.
import type { MenuItemConstructorOptions } from 'electron'
import { SNOOZE_MINUTES, type SnoozeMinutes } from '../../shared/domain/reminder'
import type { Translate } from '../../shared/i18n/translator'

export interface TrayMenuState {
  /** The next or current session: its topic and its start as a short local time; null when none is planned. */
  readonly nextSession: { readonly topic: string; readonly time: string } | null
  /** True when a notification was shown that snoozing would repeat. */
  readonly canSnooze: boolean
  /** When reminders are paused, the pause's end as a short local time ('14:30'); null when they are not. */
  readonly pausedUntil: string | null
}

export interface TrayMenuActions {
  open(): void
  startNextSession(): void
  snooze(minutes: SnoozeMinutes): void
  pause(choice: 'hour' | 'restOfDay'): void
  resume(): void
  quit(): void
}

/** The menu's items, labelled by `t` (the display locale's language). */
export function trayMenuTemplate(
  state: TrayMenuState,
  actions: TrayMenuActions,
  t: Translate
): MenuItemConstructorOptions[] {
  const { nextSession, pausedUntil } = state
  return [
    {
      label: nextSession ? t('notices.tray.next', nextSession) : t('notices.tray.noUpcoming'),
      enabled: false
    },
    { type: 'separator' },
    { label: t('notices.tray.open'), click: () => actions.open() },
    { label: t('notices.tray.startNext'), enabled: nextSession !== null, click: () => actions.startNextSession() },
    {
      label: t('notices.tray.snooze'),
      enabled: state.canSnooze,
      submenu: SNOOZE_MINUTES.map((minutes) => ({
        label: t('notices.tray.snoozeMinutes', { minutes }),
        click: () => actions.snooze(minutes)
      }))
    },
    pausedUntil !== null
      ? { label: t('notices.tray.resume', { time: pausedUntil }), click: () => actions.resume() }
      : {
          label: t('notices.tray.pause'),
          submenu: [
            { label: t('notices.tray.pauseHour'), click: () => actions.pause('hour') },
            { label: t('notices.tray.pauseRestOfDay'), click: () => actions.pause('restOfDay') }
          ]
        },
    { type: 'separator' },
    { label: t('notices.tray.quit'), role: 'quit', click: () => actions.quit() }
  ]
}
