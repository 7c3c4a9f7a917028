// On every screen: the database opened empty but backups exist, so the learner is pointed at a restore, not a fresh start.
import { useStorageStatus } from '../db/DatabaseContext'
import { useTranslations } from '../i18n/translations'

export function RestoreOfferBanner({ onOpenSettings }: { onOpenSettings: () => void }) {
  const { restoreOffer } = useStorageStatus()
  // Outside <DatabaseReady> (the offer shows on any screen): the language's locale, not the stored clock choice.
  const { t, locale } = useTranslations()
  if (restoreOffer.length === 0) return null
  const newest = Math.max(...restoreOffer.map((backup) => backup.createdAt))
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(newest)
  return (
    <div role="alert" className="banner banner-warning restore-offer">
      <p>{t('common.restoreOffer.text', { count: restoreOffer.length, when })}</p>
      <button type="button" className="sp-button" onClick={onOpenSettings}>
        {t('common.restoreOffer.button')}
      </button>
    </div>
  )
}
