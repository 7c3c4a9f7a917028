// On every screen but Settings: the calendar sync has stopped for a reason only the learner can fix (a changed
// password, a deleted calendar…), or the server has not been reached for a day. Otherwise sync problems stay in
// Settings, since a retry fixes them on its own.
import type { CalendarSyncError, CalendarSyncStatus } from '../../../../../shared/ipc/calendarSync'
import { DAY_MS } from '../../../../../shared/time'
import { useNow } from '../../../components/useNow'
import { useT } from '../../../i18n/translations'
import { syncErrorText } from './syncErrorText'
import { useCalendarSyncStatus } from './useCalendarSyncStatus'

/** Errors a retry cannot fix. */
const NEEDS_THE_LEARNER: ReadonlySet<CalendarSyncError['kind']> = new Set([
  'wrong-password',
  'credentials-unreadable',
  'calendar-gone',
  'forbidden',
  'certificate-invalid',
  'not-caldav',
  'other-origin',
  'insecure-url',
  'invalid-url'
])

/** How long a passing problem (no network, a server error) may last before it is shown outside Settings. */
export const QUIET_FAILURE_MS = DAY_MS

/** The error to show outside Settings, or null. */
export function stoppedSyncError(status: CalendarSyncStatus | undefined, now: number): CalendarSyncError | null {
  if (status?.state !== 'connected' || !status.error || !status.selection) return null
  if (NEEDS_THE_LEARNER.has(status.error.kind)) return status.error
  const since = status.lastSyncAtMs
  return since !== null && now - since > QUIET_FAILURE_MS ? status.error : null
}

export function CalendarSyncAlert({ onOpenSettings }: { onOpenSettings: () => void }) {
  const [status] = useCalendarSyncStatus()
  const t = useT()
  // A minute's tick is enough: the day's quiet time is measured in hours.
  const now = useNow(60_000)
  const error = stoppedSyncError(status, now)
  if (!error) return null
  return (
    <div role="alert" className="banner banner-warning calendar-sync-alert">
      <p>{t('settings.calendarSync.alert', { problem: syncErrorText(t, error) })}</p>
      <button type="button" className="sp-button" onClick={onOpenSettings}>
        {t('settings.calendarSync.alertButton')}
      </button>
    </div>
  )
}
