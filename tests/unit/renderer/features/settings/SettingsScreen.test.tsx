// About on the settings screen tells the truth about notifications: "Available" only when a reminder can really
// appear as one, and otherwise why not, next to the advice in "Reminders and desktop".
import { render, screen, within } from '@testing-library/react'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { DatabaseProvider, DatabaseReady } from '../../../../../src/renderer/src/db/DatabaseContext'
import { PlannerDB } from '../../../../../src/renderer/src/db/PlannerDB'
import { SettingsScreen } from '../../../../../src/renderer/src/features/settings/SettingsScreen'
import { PlatformProvider } from '../../../../../src/renderer/src/platform/PlatformContext'
import type { NotificationStatus } from '../../../../../src/shared/ipc/contract'
import { createFakePlatform } from '../../fakePlatform'

const openDbs: PlannerDB[] = []
afterEach(async () => {
  for (const db of openDbs.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

async function openSettings(options: { notifications: NotificationStatus; browser: boolean }) {
  const db = new PlannerDB(`settings-${Math.random()}`)
  openDbs.push(db)
  const platform = createFakePlatform({
    notifications: options.notifications,
    ...(options.browser ? { desktop: null } : {})
  })
  if (options.browser)
    platform.getAppInfo = async () => ({ version: '9.9.9', platform: 'browser', notifications: options.notifications })
  render(
    <PlatformProvider platform={platform}>
      <DatabaseProvider db={db}>
        <DatabaseReady>
          <SettingsScreen />
        </DatabaseReady>
      </DatabaseProvider>
    </PlatformProvider>
  )
  const term = await screen.findByText('Desktop notifications', { selector: 'dt' })
  const about = term.nextElementSibling as HTMLElement
  const section = within(await screen.findByRole('region', { name: 'Reminders and desktop' }))
  return { about: about.textContent, section }
}

describe('SettingsScreen: notifications', () => {
  it('says Available in About, and nothing more in Settings, when notifications work', async () => {
    const { about, section } = await openSettings({ notifications: 'available', browser: false })
    expect(about).toBe('Available')
    expect(section.queryByText(/^Notifications:/)).toBeNull()
  })

  it.each([
    ['browser', 'denied', 'Blocked by the browser', /allow notifications for this site/i],
    ['browser', 'unsupported', 'Not available in this browser', /Use a browser that can, or the desktop app/],
    ['browser', 'not-asked', 'Not allowed yet', /choose Allow/],
    ['desktop', 'unsupported', 'Not available on this system', /reminders show as a banner in the app window instead/i]
  ] as const)(
    'in the %s with notifications %s, About says "%s" and Settings says what to do',
    async (where, notifications, label, advice) => {
      const { about, section } = await openSettings({ notifications, browser: where === 'browser' })
      expect(about).toBe(label)
      expect(about).not.toMatch(/Available/)
      expect(section.getByText(/^Notifications:/).textContent).toMatch(advice)
    }
  )
})
