// A calendar sync error in the learner's words, with what to do about it.
import type { Translate } from '../../../../../shared/i18n/translator'
import type { CalendarSyncError } from '../../../../../shared/ipc/calendarSync'

export function syncErrorText(t: Translate, error: CalendarSyncError): string {
  switch (error.kind) {
    case 'unreachable':
    case 'certificate-invalid':
    case 'bad-response':
      return t(`settings.calendarSync.errors.${error.kind}`, { detail: error.detail.slice(0, 200) })
    case 'other-origin':
      return t('settings.calendarSync.errors.other-origin', { url: error.url.slice(0, 200) })
    case 'response-too-large':
      return t('settings.calendarSync.errors.response-too-large', {
        limit: String(Math.round(error.limitBytes / 1_000_000))
      })
    case 'server-error':
      return t('settings.calendarSync.errors.server-error', { status: String(error.status) })
    default:
      return t(`settings.calendarSync.errors.${error.kind}`)
  }
}
