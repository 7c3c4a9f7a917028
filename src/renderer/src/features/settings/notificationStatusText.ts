// What Settings says about notifications: whether reminders can appear as notifications here, and if not, what the
// learner can do about it. The same words serve the "Reminders and desktop" section and About.
import type { AppInfo } from '../../../../shared/ipc/contract'

export interface NotificationStatusText {
  /** A few words for About: "Available", "Blocked by the browser", … */
  readonly label: string
  /** What happens to reminders instead and what the learner can do; null when notifications work. */
  readonly advice: string | null
}

export function notificationStatusText(info: Pick<AppInfo, 'platform' | 'notifications'>): NotificationStatusText {
  const browser = info.platform === 'browser'
  switch (info.notifications) {
    case 'available':
      return { label: 'Available', advice: null }
    case 'denied':
      return browser
        ? {
            label: 'Blocked by the browser',
            advice:
              "Allow notifications for this site in the browser's site settings, then reload the page. Until then, reminders cannot appear."
          }
        : {
            label: 'Turned off for Study Planner',
            advice: "Allow notifications for Study Planner in the system's notification settings."
          }
    case 'not-asked':
      return {
        label: 'Not allowed yet',
        advice:
          "When the browser asks whether this site may show notifications, choose Allow. If it does not ask, allow notifications for this site in the browser's site settings. Until then, reminders cannot appear."
      }
    case 'unsupported':
      return browser
        ? {
            label: 'Not available in this browser',
            advice:
              'This browser cannot show notifications, so reminders cannot appear here. Use a browser that can, or the desktop app.'
          }
        : {
            label: 'Not available on this system',
            advice:
              'Reminders show as a banner in the app window instead (it opens to show one) and in the tray tooltip. On Linux this usually means no notification service is running.'
          }
  }
}
