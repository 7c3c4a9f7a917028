// Reminders in a plain browser: Web Notifications fired by a 30-second wall-clock tick while the page is open.
import type { Reminder, ReminderSync } from '../../../shared/domain/reminder'

/** Re-read the wall clock this often, so sleep, clock jumps and throttled timers delay a reminder by at most a tick. */
export const WEB_TICK_MS = 30_000

export interface WebReminderDeps {
  readonly now: () => number
  /** Shows one reminder; times are written in the sync's zone and display locale (the renderer's, with its clock). */
  readonly notify: (
    reminder: Reminder,
    display: { readonly zone: string; readonly locale: string | undefined }
  ) => { onClick(listener: () => void): void } | null
  readonly openSession: (sessionId: string) => void
  readonly setInterval: (callback: () => void, ms: number) => unknown
}

/** Fires each synced reminder once, at or after its time; a reminder whose session already ended is dropped. */
export function createWebReminders(deps: WebReminderDeps) {
  let sync: ReminderSync | null = null
  const fired = new Set<string>()
  let ticking = false

  const check = () => {
    if (!sync?.announce) return
    const now = deps.now()
    for (const reminder of sync.reminders) {
      const key = `${reminder.sessionId}@${reminder.fireAt}`
      if (reminder.fireAt > now || fired.has(key)) continue
      fired.add(key)
      if (reminder.endsAt <= now) continue
      deps
        .notify(reminder, { zone: sync.zone, locale: sync.locale })
        ?.onClick(() => deps.openSession(reminder.sessionId))
    }
  }

  return {
    sync(next: ReminderSync): void {
      sync = next
      if (!ticking) {
        ticking = true
        deps.setInterval(check, WEB_TICK_MS)
      }
      check()
    },
    check
  }
}
