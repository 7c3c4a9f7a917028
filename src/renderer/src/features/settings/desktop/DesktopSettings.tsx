// Settings for the desktop app: launch at login, close to tray, pausing reminders, and whether notifications work here.
import { useId } from 'react'
import type { AppInfo } from '../../../../../shared/ipc/contract'
import { notificationStatusText } from '../notificationStatusText'
import { useDesktopStatus } from './useDesktopStatus'

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' })
const dayTimeFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit'
})

export function DesktopSettings({ info }: { info: AppInfo }) {
  const { status, error, update, pause } = useDesktopStatus()
  const headingId = useId()
  const notifications = notificationStatusText(info)
  if (status === undefined) return null
  return (
    <section aria-labelledby={headingId} className="settings-section">
      <h2 id={headingId}>Reminders and desktop</h2>
      {notifications.advice === null ? null : (
        <p className="banner banner-warning">
          Notifications: {notifications.label}. {notifications.advice}
        </p>
      )}
      {status?.remindersMayBeStale ? (
        <output className="banner banner-warning">
          Reminders may be out of date:{' '}
          {status.remindersSyncedAt === null
            ? 'they have not been updated yet.'
            : `they were last updated ${dayTimeFormat.format(status.remindersSyncedAt)}.`}{' '}
          Study Planner is asking for them again; if this note stays for more than a minute, restart Study Planner.
        </output>
      ) : null}
      {status === null ? (
        <p className="muted">Launch at login, the tray and pausing reminders are part of the desktop app.</p>
      ) : (
        <>
          <label className="toggle">
            <input
              type="checkbox"
              checked={status.launchAtLogin}
              onChange={(event) => void update({ launchAtLogin: event.target.checked })}
            />
            Start Study Planner when I log in (in the tray, so reminders arrive)
          </label>
          <label className="toggle">
            <input
              type="checkbox"
              checked={status.closeToTray}
              onChange={(event) => void update({ closeToTray: event.target.checked })}
            />
            {status.trayAvailable
              ? 'Keep running in the tray when the window is closed'
              : 'Keep running when the window is closed (this desktop has no tray, so the window is minimized)'}
          </label>
          <fieldset className="pause-row">
            <legend>Pause reminders</legend>
            {status.remindersPausedUntil === null ? (
              <>
                <button type="button" onClick={() => void pause('hour')}>
                  For 1 hour
                </button>
                <button type="button" onClick={() => void pause('restOfDay')}>
                  For the rest of the day
                </button>
              </>
            ) : (
              <>
                <span>Reminders paused until {timeFormat.format(status.remindersPausedUntil)}.</span>
                <button type="button" onClick={() => void pause('resume')}>
                  Resume reminders
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
