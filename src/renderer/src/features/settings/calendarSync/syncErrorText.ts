// A calendar sync error in the learner's words, with what to do about it.
import type { Translate } from '../../../../../shared/i18n/translator'
import type { CalendarSyncError } from '../../../../../shared/ipc/calendarSync'

export function syncErrorText(
  t: Translate,
  error: CalendarSyncError,
  when: 'syncing' | 'connecting' = 'syncing'
): string {
  switch (error.kind) {
    case 'unreachable':
      // While connecting there is nothing waiting to be sent yet: the address or the network is what to check.
      return when === 'connecting'
        ? t('settings.calendarSync.unreachableConnect', { detail: unreachableDetail(t, error.detail) })
        : t('settings.calendarSync.errors.unreachable', { detail: unreachableDetail(t, error.detail) })
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

/** Node's network error codes in words; anything else as it came (it still tells a helper what happened). */
function unreachableDetail(t: Translate, detail: string): string {
  if (detail === 'ECONNREFUSED') return t('settings.calendarSync.unreachableDetail.refused')
  if (detail === 'ENOTFOUND' || detail === 'EAI_AGAIN') return t('settings.calendarSync.unreachableDetail.notFound')
  if (detail === 'ECONNRESET' || detail === 'EPIPE') return t('settings.calendarSync.unreachableDetail.reset')
  if (detail === 'ENETUNREACH' || detail === 'EHOSTUNREACH' || detail === 'ENETDOWN')
    return t('settings.calendarSync.unreachableDetail.offline')
  if (detail.startsWith('no answer within') || detail === 'ETIMEDOUT')
    return t('settings.calendarSync.unreachableDetail.timeout')
  return detail.slice(0, 200)
}
