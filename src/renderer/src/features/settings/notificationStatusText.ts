// What Settings says about notifications: whether reminders can appear as notifications here, and if not, what the
// learner can do about it. The same words serve the "Reminders and desktop" section and About.
import type { Translate } from '../../../../shared/i18n/translator'
import type { AppInfo } from '../../../../shared/ipc/contract'

export interface NotificationStatusText {
  /** A few words for About: "Available", "Blocked by the browser", … */
  readonly label: string
  /** What happens to reminders instead and what the learner can do; null when notifications work. */
  readonly advice: string | null
}

export function notificationStatusText(
  info: Pick<AppInfo, 'platform' | 'notifications'>,
  t: Translate
): NotificationStatusText {
  const browser = info.platform === 'browser'
  switch (info.notifications) {
    case 'available':
      return { label: t('settings.notificationStatus.available'), advice: null }
    case 'denied':
      return browser
        ? {
            label: t('settings.notificationStatus.deniedBrowser'),
            advice: t('settings.notificationStatus.deniedBrowserAdvice')
          }
        : {
            label: t('settings.notificationStatus.deniedDesktop'),
            advice: t('settings.notificationStatus.deniedDesktopAdvice')
          }
    case 'not-asked':
      return {
        label: t('settings.notificationStatus.notAsked'),
        advice: t('settings.notificationStatus.notAskedAdvice')
      }
    case 'unsupported':
      return browser
        ? {
            label: t('settings.notificationStatus.unsupportedBrowser'),
            advice: t('settings.notificationStatus.unsupportedBrowserAdvice')
          }
        : {
            label: t('settings.notificationStatus.unsupportedDesktop'),
            advice: t('settings.notificationStatus.unsupportedDesktopAdvice')
          }
  }
}
