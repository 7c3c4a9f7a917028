// The settings screen: for now, facts about this installation.
import { DataSection } from './data/DataSection'
import { DesktopSettings } from './desktop/DesktopSettings'
import { notificationStatusText } from './notificationStatusText'
import { PlanChange, PlanSettings } from './plan/PlanSettings'
import { PlansSection } from './plans/PlansSection'
import { useAppInfo } from './useAppInfo'

export function SettingsScreen() {
  const info = useAppInfo()
  return (
    <section aria-labelledby="settings-title" className="screen">
      <h1 id="settings-title">Settings</h1>
      <PlansSection />
      <PlanChange />
      <PlanSettings />
      {info ? <DesktopSettings info={info} /> : null}
      <DataSection />
      <h2>About</h2>
      {info ? (
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Running on</dt>
          <dd>{info.platform === 'browser' ? 'Web browser' : info.platform}</dd>
          <dt>Desktop notifications</dt>
          <dd>{notificationStatusText(info).label}</dd>
        </dl>
      ) : (
        <p aria-live="polite">Loading…</p>
      )}
    </section>
  )
}
