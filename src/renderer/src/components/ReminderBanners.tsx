// Shows reminders as in-app banners where the OS cannot show notifications (main pushes them here instead).
import { useEffect, useState } from 'react'
import type { ReminderBanner } from '../platform/Platform'
import { usePlatform } from '../platform/PlatformContext'
import { useT } from '../i18n/translations'

const MAX_BANNERS = 3

export function ReminderBanners() {
  const platform = usePlatform()
  const t = useT()
  const [banners, setBanners] = useState<Array<ReminderBanner & { key: number }>>([])

  useEffect(() => {
    let counter = 0
    return platform.onReminderBanner((banner) =>
      setBanners((shown) => [...shown, { ...banner, key: ++counter }].slice(-MAX_BANNERS))
    )
  }, [platform])

  if (banners.length === 0) return null
  return (
    <div className="reminder-banners" aria-live="polite">
      {banners.map((banner) => (
        <div key={banner.key} className="banner banner-reminder">
          <strong>{banner.title}</strong>
          <span>{banner.body}</span>
          <button
            type="button"
            onClick={() => setBanners((shown) => shown.filter((other) => other.key !== banner.key))}
          >
            {t('common.reminderBanners.dismiss')}
          </button>
        </div>
      ))}
    </div>
  )
}
