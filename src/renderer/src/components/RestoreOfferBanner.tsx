// On every screen: the database opened empty but backups exist, so the learner is pointed at a restore, not a fresh start.
import { useStorageStatus } from '../db/DatabaseContext'

export function RestoreOfferBanner({ onOpenSettings }: { onOpenSettings: () => void }) {
  const { restoreOffer } = useStorageStatus()
  if (restoreOffer.length === 0) return null
  const newest = Math.max(...restoreOffer.map((backup) => backup.createdAt))
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(newest)
  return (
    <div role="alert" className="banner banner-warning restore-offer">
      <p>
        No study data was found on this computer, but{' '}
        {restoreOffer.length === 1 ? 'a backup exists' : `${restoreOffer.length} backups exist`} (the newest from {when}
        ). Restore it before you start a new plan.
      </p>
      <button type="button" className="sp-button" onClick={onOpenSettings}>
        Restore from a backup…
      </button>
    </div>
  )
}
