// Shows reminder notices as OS notifications; keeps each one referenced until it is closed so its click still works.
import type { Notifier, ReminderNotice } from '../reminders/ports'

/** The part of an Electron Notification the notifier uses. */
export interface NotificationLike {
  on(event: 'click' | 'close' | 'failed', listener: () => void): unknown
  show(): void
}

export interface NotificationFactory {
  isSupported(): boolean
  create(options: { title: string; body: string; silent: boolean }): NotificationLike
}

export interface NotifierOptions {
  readonly notifications: NotificationFactory
  /** Focus the window and open the session (or just focus it when the notice names none). */
  readonly openSession: (sessionId: string | null) => void
  /** Where a notice goes when the OS cannot show notifications: the tray tooltip and an in-app banner. */
  readonly fallback: (notice: ReminderNotice) => void
}

export interface ElectronNotifier extends Notifier {
  /** Notifications shown and not yet closed (held so the garbage collector cannot drop their click handlers). */
  readonly liveCount: () => number
}

export function createElectronNotifier({ notifications, openSession, fallback }: NotifierOptions): ElectronNotifier {
  const live = new Set<NotificationLike>()
  return {
    liveCount: () => live.size,
    show(notice) {
      if (!notifications.isSupported()) {
        fallback(notice)
        return
      }
      const notification = notifications.create({ title: notice.title, body: notice.body, silent: false })
      live.add(notification)
      const release = () => void live.delete(notification)
      notification.on('click', () => {
        release()
        openSession(notice.sessionId)
      })
      notification.on('close', release)
      notification.on('failed', () => {
        release()
        fallback(notice)
      })
      notification.show()
    }
  }
}
