// Desktop settings as the user sees them: toggles that stick, refusals explained, and why notifications may be missing.
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { AppInfo, NotificationStatus } from '../../../../../src/shared/ipc/contract'
import { DesktopSettings } from '../../../../../src/renderer/src/features/settings/desktop/DesktopSettings'
import { STALE_RECHECK_MS } from '../../../../../src/renderer/src/features/settings/desktop/useDesktopStatus'
import { PlatformProvider } from '../../../../../src/renderer/src/platform/PlatformContext'
import { createFakePlatform, type FakePlatform } from '../../fakePlatform'

const info = (notifications: NotificationStatus = 'available', platform = 'linux'): AppInfo => ({
  version: '1.0.0',
  platform,
  notifications
})

function renderSettings(platform: FakePlatform, appInfo = info()) {
  return render(
    <PlatformProvider platform={platform}>
      <DesktopSettings info={appInfo} />
    </PlatformProvider>
  )
}

describe('DesktopSettings', () => {
  it('turns launch at login on through the platform', async () => {
    const platform = createFakePlatform()
    renderSettings(platform)
    const checkbox = await screen.findByRole('checkbox', { name: /when I log in/ })
    expect((checkbox as HTMLInputElement).checked).toBe(false)
    await userEvent.click(checkbox)
    expect(platform.requests).toEqual(['set {"launchAtLogin":true}'])
    expect((screen.getByRole('checkbox', { name: /when I log in/ }) as HTMLInputElement).checked).toBe(true)
  })

  it('explains a refused change and leaves the setting as it was', async () => {
    const platform = createFakePlatform()
    platform.refuseNextChange = 'autostart folder is read-only'
    renderSettings(platform)
    await userEvent.click(await screen.findByRole('checkbox', { name: /when I log in/ }))
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /could not be changed: autostart folder is read-only/
    )
    expect((screen.getByRole('checkbox', { name: /when I log in/ }) as HTMLInputElement).checked).toBe(false)
  })

  it('pauses reminders for an hour and offers to resume', async () => {
    const platform = createFakePlatform()
    renderSettings(platform)
    await userEvent.click(await screen.findByRole('button', { name: 'For 1 hour' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Resume reminders' }))
    expect(platform.requests).toEqual(['pause hour', 'pause resume'])
    expect(await screen.findByRole('button', { name: 'For 1 hour' })).toBeTruthy()
  })

  it('says nothing about notifications when they work', async () => {
    renderSettings(createFakePlatform())
    await screen.findByRole('checkbox', { name: /when I log in/ })
    expect(screen.queryByText(/Notifications:/)).toBeNull()
  })

  it('says where reminders go instead when the system cannot show notifications', async () => {
    renderSettings(createFakePlatform(), info('unsupported'))
    const banner = await screen.findByText(/^Notifications: Not available on this system\./)
    expect(banner.textContent).toMatch(
      /reminders show as a banner in the app window instead .* and in the tray tooltip/i
    )
    expect(banner.textContent).toMatch(/no notification service is running/)
  })

  it('tells the learner how to unblock notifications the browser denied', async () => {
    renderSettings(createFakePlatform({ desktop: null }), info('denied', 'browser'))
    const banner = await screen.findByText(/^Notifications: Blocked by the browser\./)
    expect(banner.textContent).toMatch(
      /Allow notifications for this site in the browser's site settings, then reload the page/
    )
    expect(banner.textContent).toMatch(/reminders cannot appear/)
  })

  it('says a browser without notifications cannot show reminders, and what to use instead', async () => {
    renderSettings(createFakePlatform({ desktop: null }), info('unsupported', 'browser'))
    const banner = await screen.findByText(/^Notifications: Not available in this browser\./)
    expect(banner.textContent).toMatch(/reminders cannot appear here\. Use a browser that can, or the desktop app/)
    // Not the desktop app's fallback: the browser build has no tray and no banner instead of a notification.
    expect(banner.textContent).not.toMatch(/tray/)
  })

  it('asks the learner to choose Allow when the browser has not asked yet', async () => {
    renderSettings(createFakePlatform({ desktop: null }), info('not-asked', 'browser'))
    expect((await screen.findByText(/^Notifications: Not allowed yet\./)).textContent).toMatch(/choose Allow/)
  })

  it('says the desktop features are not in the browser build', async () => {
    renderSettings(createFakePlatform({ desktop: null }))
    expect(await screen.findByText(/part of the desktop app/)).toBeTruthy()
    expect(screen.queryByRole('checkbox')).toBeNull()
  })

  it('names the fallback when this desktop has no tray', async () => {
    renderSettings(
      createFakePlatform({
        desktop: {
          closeToTray: true,
          launchAtLogin: false,
          trayAvailable: false,
          remindersPausedUntil: null,
          remindersSyncedAt: null,
          remindersMayBeStale: false
        }
      })
    )
    expect(await screen.findByRole('checkbox', { name: /no tray, so the window is minimized/ })).toBeTruthy()
  })
  it('says when main has had no reminders for over a day, and when it last had them', async () => {
    const syncedAt = new Date(2027, 0, 4, 9, 30).getTime()
    const stale = {
      closeToTray: true,
      launchAtLogin: false,
      trayAvailable: true,
      remindersPausedUntil: null,
      remindersSyncedAt: syncedAt,
      remindersMayBeStale: true
    }
    renderSettings(createFakePlatform({ desktop: stale }))
    const warning = await screen.findByRole('status')
    expect(warning.textContent).toContain('Reminders may be out of date')
    expect(warning.textContent).toMatch(/Jan 4|4 Jan/)
    expect(warning.textContent).toContain('09:30')
  })

  it('takes the staleness note away once main has the reminders again, without reopening Settings', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    try {
      const stale = {
        closeToTray: true,
        launchAtLogin: false,
        trayAvailable: true,
        remindersPausedUntil: null,
        remindersSyncedAt: 0,
        remindersMayBeStale: true
      }
      const platform = createFakePlatform({ desktop: stale })
      renderSettings(platform)
      await screen.findByText(/may be out of date/)
      platform.desktop = { ...stale, remindersSyncedAt: Date.now(), remindersMayBeStale: false }
      await act(async () => void vi.advanceTimersByTime(STALE_RECHECK_MS))
      await waitFor(() => expect(screen.queryByText(/may be out of date/)).toBeNull())
    } finally {
      vi.useRealTimers()
    }
  })

  it('says nothing about staleness while main’s reminders are current', async () => {
    renderSettings(createFakePlatform())
    await screen.findByRole('checkbox', { name: /when I log in/ })
    expect(screen.queryByText(/may be out of date/)).toBeNull()
  })
})
