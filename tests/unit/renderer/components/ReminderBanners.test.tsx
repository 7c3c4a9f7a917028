// Reminders main could not show as notifications appear inside the app and can be dismissed.
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ReminderBanners } from '../../../../src/renderer/src/components/ReminderBanners'
import { PlatformProvider } from '../../../../src/renderer/src/platform/PlatformContext'
import { createFakePlatform } from '../fakePlatform'

describe('ReminderBanners', () => {
  it('shows a pushed reminder and removes it when dismissed', async () => {
    const platform = createFakePlatform()
    render(
      <PlatformProvider platform={platform}>
        <ReminderBanners />
      </PlatformProvider>
    )
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull()
    act(() =>
      platform.pushBanner({
        title: 'Linear algebra in 10 minutes',
        body: '18:00–19:00 · Foundations',
        sessionId: 's-1'
      })
    )
    expect(screen.getByText('Linear algebra in 10 minutes')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText('Linear algebra in 10 minutes')).toBeNull()
  })
})
