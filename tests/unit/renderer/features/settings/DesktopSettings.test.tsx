// Desktop settings as the user sees them: toggles that stick, refusals explained, and why notifications may be missing.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DesktopSettings } from '../../../../../src/renderer/src/features/settings/desktop/DesktopSettings'
import { PlatformProvider } from '../../../../../src/renderer/src/platform/PlatformContext'
import { createFakePlatform, type FakePlatform } from '../../fakePlatform'

const info = (notificationsSupported: boolean) => ({ version: '1.0.0', platform: 'linux', notificationsSupported })

function renderSettings(platform: FakePlatform, notificationsSupported = true) {
  return render(
    <PlatformProvider platform={platform}>
      <DesktopSettings info={info(notificationsSupported)} />
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
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be changed: autostart folder is read-only/)
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

  it('says why when the system cannot show notifications', async () => {
    renderSettings(createFakePlatform(), false)
    expect(await screen.findByText(/cannot show desktop notifications/)).toBeTruthy()
  })

  it('says the desktop features are not in the browser build', async () => {
    renderSettings(createFakePlatform({ desktop: null }))
    expect(await screen.findByText(/part of the desktop app/)).toBeTruthy()
    expect(screen.queryByRole('checkbox')).toBeNull()
  })

  it('names the fallback when this desktop has no tray', async () => {
    renderSettings(createFakePlatform({ desktop: { closeToTray: true, launchAtLogin: false, trayAvailable: false, remindersPausedUntil: null, remindersSyncedAt: null, remindersMayBeStale: false } }))
    expect(await screen.findByRole('checkbox', { name: /no tray, so the window is minimized/ })).toBeTruthy()
  })
})
