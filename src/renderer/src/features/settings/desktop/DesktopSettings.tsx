// Settings for the desktop app: launch at login, close to tray, pausing reminders, and whether notifications work here.
import { useId } from 'react'
import { useTranslations } from '../../../i18n/translations'
import type { AppInfo } from '../../../../../shared/ipc/contract'
import { notificationStatusText } from '../notificationStatusText'
import { useDesktopStatus } from './useDesktopStatus'

export function DesktopSettings({ info }: { info: AppInfo }) {
  const { status, error, update, pause } = useDesktopStatus()
  const headingId = useId()
  // The language's own locale: this section reads the desktop app's state only, never the study database.
  const { t, locale } = useTranslations()
  const notifications = notificationStatusText(info, t)
  if (status === undefined) return null
  const time = (at: number) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at)
  const dayTime = (at: number) =>
    new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit'
    }).format(at)
  return (
    <section aria-labelledby={headingId} className="settings-section">
      <h2 id={headingId}>{t('settings.desktop.heading')}</h2>
      {notifications.advice === null ? null : (
        <p className="banner banner-warning">
          {t('settings.desktop.notifications', { label: notifications.label, advice: notifications.advice })}
        </p>
      )}
      {status?.remindersMayBeStale ? (
        <output className="banner banner-warning">
          {status.remindersSyncedAt === null
            ? t('settings.desktop.staleNever')
            : t('settings.desktop.staleSince', { when: dayTime(status.remindersSyncedAt) })}
        </output>
      ) : null}
      {status === null ? (
        <p className="muted">{t('settings.desktop.browserOnly')}</p>
      ) : (
        <>
          <label className="toggle">
            <input
              type="checkbox"
              checked={status.launchAtLogin}
              onChange={(event) => void update({ launchAtLogin: event.target.checked })}
            />
            {t('settings.desktop.launchAtLogin')}
          </label>
          <label className="toggle">
            <input
              type="checkbox"
              checked={status.closeToTray}
              onChange={(event) => void update({ closeToTray: event.target.checked })}
            />
            {status.trayAvailable ? t('settings.desktop.closeToTray') : t('settings.desktop.closeWithoutTray')}
          </label>
          <fieldset className="pause-row">
            <legend>{t('settings.desktop.pause.legend')}</legend>
            {status.remindersPausedUntil === null ? (
              <>
                <button type="button" onClick={() => void pause('hour')}>
                  {t('settings.desktop.pause.hour')}
                </button>
                <button type="button" onClick={() => void pause('restOfDay')}>
                  {t('settings.desktop.pause.restOfDay')}
                </button>
              </>
            ) : (
              <>
                <span>{t('settings.desktop.pause.until', { time: time(status.remindersPausedUntil) })}</span>
                <button type="button" onClick={() => void pause('resume')}>
                  {t('settings.desktop.pause.resume')}
                </button>
              </>
            )}
          </fieldset>
        </>
      )}
      {error ? (
        <p role="alert" className="banner banner-error">
          {error}
        </p>
      ) : null}
    </section>
  )
}
