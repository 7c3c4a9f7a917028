// The settings screen: for now, facts about this installation.
import { CalendarSyncSection } from './calendarSync/CalendarSyncSection'
import { DataSection } from './data/DataSection'
import { DesktopSettings } from './desktop/DesktopSettings'
import { notificationStatusText } from './notificationStatusText'
import { PlanChange, PlanSettings } from './plan/PlanSettings'
import { PlansSection } from './plans/PlansSection'
import { useAppInfo } from './useAppInfo'
import { useT } from '../../i18n/translations'

export function SettingsScreen() {
  const info = useAppInfo()
  const t = useT()
  return (
    <section aria-labelledby="settings-title" className="screen">
      <h1 id="settings-title">{t('settings.screen.title')}</h1>
      <PlansSection />
      <PlanChange />
      <PlanSettings />
      {info ? <DesktopSettings info={info} /> : null}
      <CalendarSyncSection />
      <DataSection />
      <h2>{t('settings.screen.about.heading')}</h2>
      {info ? (
        <dl className="facts">
          <dt>{t('settings.screen.about.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('settings.screen.about.runningOn')}</dt>
          <dd>{info.platform === 'browser' ? t('settings.screen.about.browser') : info.platform}</dd>
          <dt>{t('settings.screen.about.notifications')}</dt>
          <dd>{notificationStatusText(info, t).label}</dd>
        </dl>
      ) : (
        <p aria-live="polite">{t('settings.screen.loading')}</p>
      )}
    </section>
  )
}
