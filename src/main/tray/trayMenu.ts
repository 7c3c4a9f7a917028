// The tray's context menu, built from what the reminder service knows: the next session, snooze, pause, quit.
import type { MenuItemConstructorOptions } from 'electron'
import { SNOOZE_MINUTES, type SnoozeMinutes } from '../../shared/domain/reminder'

export interface TrayMenuState {
  /** A line describing the next or current session, or null when none is planned. */
  readonly nextSessionLabel: string | null
  /** True when "Start next session" has a session to open. */
  readonly hasNextSession: boolean
  /** True when a notification was shown that snoozing would repeat. */
  readonly canSnooze: boolean
  /** When reminders are paused, a label such as "until 14:30"; null when they are not. */
  readonly pausedLabel: string | null
}

export interface TrayMenuActions {
  open(): void
  startNextSession(): void
  snooze(minutes: SnoozeMinutes): void
  pause(choice: 'hour' | 'restOfDay'): void
  resume(): void
  quit(): void
}

export function trayMenuTemplate(state: TrayMenuState, actions: TrayMenuActions): MenuItemConstructorOptions[] {
  return [
    { label: state.nextSessionLabel ?? 'No upcoming session', enabled: false },
    { type: 'separator' },
    { label: 'Open Study Planner', click: () => actions.open() },
    { label: 'Start next session', enabled: state.hasNextSession, click: () => actions.startNextSession() },
    {
      label: 'Snooze',
      enabled: state.canSnooze,
      submenu: SNOOZE_MINUTES.map((minutes) => ({ label: `${minutes} minutes`, click: () => actions.snooze(minutes) }))
    },
    state.pausedLabel
      ? { label: `Resume reminders (paused ${state.pausedLabel})`, click: () => actions.resume() }
      : {
          label: 'Pause reminders',
          submenu: [
            { label: 'For 1 hour', click: () => actions.pause('hour') },
            { label: 'For the rest of the day', click: () => actions.pause('restOfDay') }
          ]
        },
    { type: 'separator' },
    { label: 'Quit Study Planner', role: 'quit', click: () => actions.quit() }
  ]
}
